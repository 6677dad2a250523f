// Operations on the user's tracking data. Each write is one transaction; failures surface as
// StorageError. Reads validate every row with the shared schema and set aside what does not parse.
import type { Target } from '../domain/schema';
import {
  NoteSchema, ProgressSchema, TrackingSchema, snapshotOf,
  type Note, type Progress, type Tracking, type TrackingStatus,
} from '../domain/tracking';
import { type NotesDatabase, toStorageError } from './notes-db';

export interface TargetTracking { tracking: Tracking | null; notes: Note[]; progress: Progress[] }

const newId = (): string => globalThis.crypto.randomUUID();
const now = (): string => new Date().toISOString();

async function write<T>(db: NotesDatabase, work: () => Promise<T>): Promise<T> {
  try {
    return await db.transaction('rw', db.tracking, db.notes, db.progress, work);
  } catch (error) {
    throw toStorageError(error);
  }
}

function valid<T>(rows: readonly unknown[], parse: (row: unknown) => { success: boolean; data?: T }): T[] {
  return rows.flatMap((row) => {
    const parsed = parse(row);
    return parsed.success && parsed.data !== undefined ? [parsed.data] : [];
  });
}

/** Starts tracking a record, remembering what it says now (no-op when already tracked). */
async function ensureTracking(db: NotesDatabase, target: Target): Promise<Tracking> {
  const existing = await db.tracking.get(target.id);
  if (existing) return existing;
  const tracking: Tracking = { targetId: target.id, status: 'not-started', tags: [], snapshot: snapshotOf(target), updatedAt: now() };
  await db.tracking.put(tracking);
  return tracking;
}

export function track(db: NotesDatabase, target: Target): Promise<Tracking> {
  return write(db, () => ensureTracking(db, target));
}

export function setStatus(db: NotesDatabase, target: Target, status: TrackingStatus): Promise<void> {
  return write(db, async () => {
    const tracking = await ensureTracking(db, target);
    await db.tracking.put({ ...tracking, status, updatedAt: now() });
  });
}

export function setTags(db: NotesDatabase, target: Target, tags: readonly string[]): Promise<void> {
  const clean = [...new Set(tags.map((t) => t.trim()).filter(Boolean))].slice(0, 30);
  return write(db, async () => {
    const tracking = await ensureTracking(db, target);
    await db.tracking.put({ ...tracking, tags: clean, updatedAt: now() });
  });
}

export function addNote(db: NotesDatabase, target: Target, text: string): Promise<Note> {
  const note = NoteSchema.parse({ id: newId(), targetId: target.id, text: text.trim(), createdAt: now(), updatedAt: now() });
  return write(db, async () => {
    await ensureTracking(db, target);
    await db.notes.add(note);
    return note;
  });
}

export function updateNote(db: NotesDatabase, id: string, text: string): Promise<void> {
  return write(db, async () => {
    const note = await db.notes.get(id);
    if (note) await db.notes.put(NoteSchema.parse({ ...note, text: text.trim(), updatedAt: now() }));
  });
}

export function deleteNote(db: NotesDatabase, id: string): Promise<void> {
  return write(db, () => db.notes.delete(id));
}

export function addProgress(db: NotesDatabase, target: Target, entry: { value: number; asOf: string; source: string }): Promise<Progress> {
  const progress = ProgressSchema.parse({ id: newId(), targetId: target.id, ...entry, createdAt: now() });
  return write(db, async () => {
    await ensureTracking(db, target);
    await db.progress.add(progress);
    return progress;
  });
}

export function deleteProgress(db: NotesDatabase, id: string): Promise<void> {
  return write(db, () => db.progress.delete(id));
}

/** Forgets a record's tracking, notes and progress. */
export function untrack(db: NotesDatabase, targetId: string): Promise<void> {
  return write(db, async () => {
    await db.tracking.delete(targetId);
    await db.notes.where('targetId').equals(targetId).delete();
    await db.progress.where('targetId').equals(targetId).delete();
  });
}

/** Moves notes, progress and status from a record that disappeared to the one that replaced it. */
export function reattach(db: NotesDatabase, fromId: string, to: Target): Promise<void> {
  return write(db, async () => {
    const old = await db.tracking.get(fromId);
    const current = await db.tracking.get(to.id);
    await db.tracking.put({
      targetId: to.id, status: current?.status ?? old?.status ?? 'not-started',
      tags: [...new Set([...(current?.tags ?? []), ...(old?.tags ?? [])])], snapshot: snapshotOf(to), updatedAt: now(),
    });
    await db.tracking.delete(fromId);
    await db.notes.where('targetId').equals(fromId).modify({ targetId: to.id });
    await db.progress.where('targetId').equals(fromId).modify({ targetId: to.id });
  });
}

/** Accepts the current wording of a changed record as the new reference. */
export function acknowledgeChange(db: NotesDatabase, target: Target): Promise<void> {
  return write(db, async () => {
    const tracking = await ensureTracking(db, target);
    await db.tracking.put({ ...tracking, snapshot: snapshotOf(target), updatedAt: now() });
  });
}

export async function trackingFor(db: NotesDatabase, targetId: string): Promise<TargetTracking> {
  const [tracking, notes, progress] = await Promise.all([
    db.tracking.get(targetId), db.notes.where('targetId').equals(targetId).toArray(), db.progress.where('targetId').equals(targetId).toArray(),
  ]);
  const parsedTracking = TrackingSchema.safeParse(tracking);
  return {
    tracking: parsedTracking.success ? parsedTracking.data : null,
    notes: valid(notes, (r) => NoteSchema.safeParse(r)).sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1)),
    progress: valid(progress, (r) => ProgressSchema.safeParse(r)).sort((a, b) => (a.asOf < b.asOf ? -1 : 1)),
  };
}

export interface Everything { tracking: Tracking[]; notes: Note[]; progress: Progress[] }

export async function readAll(db: NotesDatabase): Promise<Everything> {
  const [tracking, notes, progress] = await Promise.all([db.tracking.toArray(), db.notes.toArray(), db.progress.toArray()]);
  return {
    tracking: valid(tracking, (r) => TrackingSchema.safeParse(r)).sort((a, b) => (a.targetId < b.targetId ? -1 : 1)),
    notes: valid(notes, (r) => NoteSchema.safeParse(r)).sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1)),
    progress: valid(progress, (r) => ProgressSchema.safeParse(r)).sort((a, b) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : a.id < b.id ? -1 : 1)),
  };
}

export function clearAll(db: NotesDatabase): Promise<void> {
  return write(db, async () => {
    await db.tracking.clear();
    await db.notes.clear();
    await db.progress.clear();
  });
}
