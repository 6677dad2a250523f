// React access to the notes store: one database per page, live queries that re-run when this or
// another tab writes, and the storage state the app shows to the user.
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';
import { NotesDatabase, StorageError, requestPersistence } from './notes-db';
import { probeStorage, type StorageState } from './storage-probe';

let database: NotesDatabase | null = null;

export function notesDb(): NotesDatabase {
  database ??= new NotesDatabase();
  return database;
}

/** Re-runs `query` whenever the tables it read change, in this tab or another. */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): { value: T | undefined; error: unknown } {
  const [state, setState] = useState<{ value: T | undefined; error: unknown }>({ value: undefined, error: null });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ value, error: null }),
      error: (error: unknown) => setState((s) => ({ value: s.value, error })),
    });
    return () => subscription.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return state;
}

let storageCheck: Promise<StorageState> | null = null;

/** Whether IndexedDB can be opened at all (private modes and policies switch it off); asked once per page. */
export function checkStorage(): Promise<StorageState> {
  storageCheck ??= probeStorage();
  return storageCheck;
}

/** 'unavailable' as soon as the check fails: the app then says so and offers no way to save. */
export function useStorage(): StorageState {
  const [state, setState] = useState<StorageState>('checking');
  useEffect(() => {
    let live = true;
    void checkStorage().then((next) => { if (live) setState(next); });
    return () => { live = false; };
  }, []);
  return state;
}

/** A failed save in the interface's language: the kind of failure picks the message. */
export function storageMessage(error: unknown, t: (key: 'storage-quota' | 'storage-unavailable' | 'storage-unknown') => string): string {
  if (!(error instanceof StorageError)) return `${t('storage-unknown')}: ${error instanceof Error ? error.message : String(error)}`;
  return error.problem === 'unknown' ? `${t('storage-unknown')}: ${error.cause instanceof Error ? error.cause.message : error.message}` : t(`storage-${error.problem}`);
}

export type Persistence = 'persisted' | 'best-effort' | 'unsupported' | 'unknown';

export function usePersistence(): Persistence {
  const [state, setState] = useState<Persistence>('unknown');
  useEffect(() => {
    requestPersistence().then(setState);
  }, []);
  return state;
}
