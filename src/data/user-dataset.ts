// A dataset of the user's own, opened from a file: validated with the shared schema before it
// replaces anything, kept in IndexedDB, and compared with the bundled one.
import { DatasetSchema, migrateDataset, type Dataset, type Target } from '../domain/schema';
import { type NotesDatabase, toStorageError } from '../notes/notes-db';
import { parseDataset } from './load-dataset';

export type DataSource = 'bundled' | 'mine' | 'both';

export interface UserDataset { name: string; loadedAt: string; dataset: Dataset }

/** Validates a file's text; on success stores it in place of the previous one, else changes nothing. */
export async function openUserDataset(db: NotesDatabase, name: string, text: string): Promise<{ ok: true; stored: UserDataset } | { ok: false; title: string; detail: string }> {
  const parsed = parseDataset(text, name);
  if (!parsed.ok) return parsed;
  const stored: UserDataset = { name, loadedAt: new Date().toISOString(), dataset: parsed.dataset };
  try {
    await db.datasets.put({ id: 'user', ...stored });
  } catch (error) {
    return { ok: false, title: `${name} could not be kept`, detail: toStorageError(error).message };
  }
  return { ok: true, stored };
}

/** The stored dataset, validated again on every read; null when there is none or it no longer parses. */
export async function loadUserDataset(db: NotesDatabase): Promise<UserDataset | null> {
  const row = await db.datasets.get('user');
  if (!row) return null;
  const parsed = DatasetSchema.safeParse(migrateDataset(row.dataset));
  return parsed.success ? { name: row.name, loadedAt: row.loadedAt, dataset: parsed.data } : null;
}

export async function removeUserDataset(db: NotesDatabase): Promise<void> {
  await db.datasets.delete('user');
}

export interface DatasetDiff {
  added: Target[];
  removed: Target[];
  changed: { before: Target; after: Target; fields: string[] }[];
  unchanged: number;
}

const COMPARED: [string, (t: Target) => unknown][] = [
  ['kind', (t) => t.kind], ['indicator', (t) => t.indicator], ['value', (t) => `${t.value}/${t.valueMax}`], ['unit', (t) => t.unit],
  ['comparator', (t) => t.comparator], ['deadline', (t) => JSON.stringify(t.deadline)], ['region', (t) => t.region.name], ['quote', (t) => t.source.quote],
];

/** Records added, removed and changed from `base` to `next`, matched by their stable ids. */
export function diffDatasets(base: Dataset, next: Dataset): DatasetDiff {
  const before = new Map(base.targets.map((t) => [t.id, t]));
  const after = new Map(next.targets.map((t) => [t.id, t]));
  const diff: DatasetDiff = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const target of next.targets) {
    const old = before.get(target.id);
    if (!old) { diff.added.push(target); continue; }
    const fields = COMPARED.filter(([, read]) => read(old) !== read(target)).map(([name]) => name);
    if (fields.length) diff.changed.push({ before: old, after: target, fields });
    else diff.unchanged++;
  }
  for (const target of base.targets) if (!after.has(target.id)) diff.removed.push(target);
  return diff;
}

/** Both datasets at once: the user's records beside the bundled ones, the user's winning on the same id. */
export function mergeDatasets(bundled: Dataset, mine: Dataset): Dataset {
  const documents = new Map(bundled.documents.map((d) => [d.id, d]));
  for (const d of mine.documents) documents.set(d.id, d);
  const targets = new Map(bundled.targets.map((t) => [t.id, t]));
  for (const t of mine.targets) targets.set(t.id, t);
  const indicators = new Map(bundled.indicators.map((i) => [i.key, i]));
  for (const i of mine.indicators) indicators.set(i.key, i);
  const observations = new Map(bundled.observations.map((o) => [o.id, o]));
  for (const o of mine.observations) observations.set(o.id, o);
  return {
    schemaVersion: bundled.schemaVersion, version: `${bundled.version.slice(0, 6)}${mine.version.slice(0, 6)}`,
    documents: [...documents.values()], indicators: [...indicators.values()], targets: [...targets.values()],
    observations: [...observations.values()],
  };
}
