// React access to the notes store: one database per page, live queries that re-run when this or
// another tab writes, and the storage state the app shows to the user.
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';
import { NotesDatabase, requestPersistence } from './notes-db';

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

export type Persistence = 'persisted' | 'best-effort' | 'unsupported' | 'unknown';

export function usePersistence(): Persistence {
  const [state, setState] = useState<Persistence>('unknown');
  useEffect(() => {
    requestPersistence().then(setState);
  }, []);
  return state;
}
