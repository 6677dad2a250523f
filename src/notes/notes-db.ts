// The one module that owns the browser's IndexedDB: a typed Dexie database for the user's
// tracking, notes and progress. Every schema change is a new version with an upgrade step;
// old versions are never edited. Everything read back is validated, never trusted.
import Dexie, { type Table } from 'dexie';
import type { Note, Progress, Tracking } from '../domain/tracking';

/** A dataset the user opened (made with npm run extract on their own texts), kept as sent. */
export interface StoredDataset { id: 'user'; name: string; loadedAt: string; dataset: unknown }

export const DATABASE_NAME = 'policy-targets';

export class NotesDatabase extends Dexie {
  tracking!: Table<Tracking, string>;
  notes!: Table<Note, string>;
  progress!: Table<Progress, string>;
  datasets!: Table<StoredDataset, string>;

  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    // version 1: notes carried a single `date`; tracking had no snapshot of the record
    this.version(1).stores({
      tracking: 'targetId, status, *tags',
      notes: 'id, targetId, date',
      progress: 'id, targetId, asOf',
    });
    // version 2: notes are dated when written and when edited; tracking remembers what the
    // record said, so a regenerated dataset that changes or drops it is noticed
    this.version(2).stores({
      tracking: 'targetId, status, *tags, updatedAt',
      notes: 'id, targetId, createdAt',
      progress: 'id, targetId, asOf',
    }).upgrade(async (tx) => {
      const now = new Date().toISOString();
      await tx.table('notes').toCollection().modify((note: Record<string, unknown>) => {
        const date = typeof note.date === 'string' ? note.date : now;
        note.createdAt = date;
        note.updatedAt = date;
        delete note.date;
      });
      await tx.table('tracking').toCollection().modify((tracking: Record<string, unknown>) => {
        tracking.snapshot ??= null;
        tracking.updatedAt ??= now;
        tracking.tags ??= [];
      });
    });
    // version 3: a dataset of the user's own beside the bundled one; a new table, nothing to move
    this.version(3).stores({
      tracking: 'targetId, status, *tags, updatedAt',
      notes: 'id, targetId, createdAt',
      progress: 'id, targetId, asOf',
      datasets: 'id',
    });
  }
}

export type StorageProblem = 'quota' | 'unavailable' | 'unknown';

/** A failed write, with a message the user can act on; what they typed stays on screen. */
export class StorageError extends Error {
  constructor(readonly problem: StorageProblem, message: string, readonly cause?: unknown) {
    super(message);
  }
}

export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = (error as { name?: string; inner?: { name?: string } } | null)?.inner?.name ?? (error as { name?: string } | null)?.name ?? '';
  if (name === 'QuotaExceededError') {
    return new StorageError('quota', 'The browser’s storage for this site is full: nothing was saved. Export your notes, free some space, then try again.', error);
  }
  if (['MissingAPIError', 'InvalidStateError', 'DatabaseClosedError', 'OpenFailedError', 'SecurityError', 'UnknownError'].includes(name)) {
    return new StorageError('unavailable', 'This browser is not letting the site store data (private mode or storage switched off): nothing was saved.', error);
  }
  return new StorageError('unknown', `Saving failed: ${(error as Error)?.message ?? String(error)}`, error);
}

/** Asks the browser to keep this site's storage through clean-ups; says whether it will. */
export async function requestPersistence(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<'persisted' | 'best-effort' | 'unsupported'> {
  if (!storage?.persist) return 'unsupported';
  try {
    if (await storage.persisted()) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'best-effort';
  } catch {
    return 'unsupported';
  }
}
