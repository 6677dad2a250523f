// Export and import of the user's tracking: JSON (lossless, versioned) and CSV (PapaParse, one
// row per status, note or progress entry). Import validates every row with the shared schema,
// previews what it will do with errors by row, merges without duplicating, and writes in one
// transaction — a file with nothing valid, or a failed write, changes nothing.
import { z } from 'zod';
import { parseCsv, toCsv } from '../export/csv';
import {
  NOTES_EXPORT_FORMAT, NOTES_EXPORT_VERSION, NoteSchema, ProgressSchema, TrackingSchema,
  type Note, type NotesExport, type Progress, type Tracking,
} from '../domain/tracking';
import { IsoDateSchema } from '../domain/schema';
import { toStorageError, type NotesDatabase } from './notes-db';
import { readAll } from './repository';

export const CSV_FIELDS = ['record_type', 'target_id', 'id', 'text', 'value', 'as_of', 'source', 'status', 'tags', 'created_at', 'updated_at'] as const;

export async function exportJson(db: NotesDatabase, datasetVersion: string | null): Promise<string> {
  const all = await readAll(db);
  const payload: NotesExport = { format: NOTES_EXPORT_FORMAT, version: NOTES_EXPORT_VERSION, exportedAt: new Date().toISOString(), datasetVersion, ...all };
  return `${JSON.stringify(payload, null, 2)}\n`;
}

export async function exportCsv(db: NotesDatabase): Promise<string> {
  const { tracking, notes, progress } = await readAll(db);
  const rows = [
    ...tracking.map((t) => ['status', t.targetId, '', '', '', '', '', t.status, t.tags.join(';'), '', t.updatedAt]),
    ...notes.map((n) => ['note', n.targetId, n.id, n.text, '', '', '', '', '', n.createdAt, n.updatedAt]),
    ...progress.map((p) => ['progress', p.targetId, p.id, '', p.value, p.asOf, p.source, '', '', p.createdAt, '']),
  ];
  return toCsv(CSV_FIELDS, rows);
}

export interface RowError { row: number; message: string }

export interface ImportPlan {
  /** A problem with the whole file (not JSON, wrong columns): nothing can be imported. */
  fatal: string | null;
  errors: RowError[];
  tracking: Tracking[];
  notes: Note[];
  progress: Progress[];
  rows: number;
}

export interface ImportPreview extends ImportPlan {
  added: { tracking: number; notes: number; progress: number };
  updated: { tracking: number; notes: number };
  duplicates: number;
}

const describe = (error: z.ZodError): string => error.issues.map((i) => `${i.path.join('.') || 'row'}: ${i.message}`).join('; ');
const empty = (fatal: string): ImportPlan => ({ fatal, errors: [], tracking: [], notes: [], progress: [], rows: 0 });

/** Reads a JSON export: the envelope must be ours; then every entry is checked on its own. */
export function parseJsonImport(text: string, knownIds: ReadonlySet<string>): ImportPlan {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return empty(`the file is not valid JSON (${(error as Error).message})`);
  }
  const envelope = z.object({ format: z.literal(NOTES_EXPORT_FORMAT), version: z.number() }).passthrough().safeParse(json);
  if (!envelope.success) return empty(`the file is not a notes export (expected "format": "${NOTES_EXPORT_FORMAT}")`);
  if (envelope.data.version > NOTES_EXPORT_VERSION) return empty(`the file is from a newer version (${envelope.data.version}) of the app`);
  const body: Record<string, unknown> = envelope.data;
  const plan: ImportPlan = { fatal: null, errors: [], tracking: [], notes: [], progress: [], rows: 0 };
  const lists: [keyof NotesExport, z.ZodTypeAny, unknown[]][] = [
    ['tracking', TrackingSchema, plan.tracking], ['notes', NoteSchema, plan.notes], ['progress', ProgressSchema, plan.progress],
  ];
  // a lossless export may carry notes of records no longer in the dataset, with their snapshot
  const orphansWithSnapshot = new Set(Array.isArray(body.tracking) ? body.tracking.flatMap((t) => (t && typeof t === 'object' && 'snapshot' in t && t.snapshot ? [String((t as { targetId: unknown }).targetId)] : [])) : []);
  for (const [key, schema, into] of lists) {
    const entries = body[key];
    if (!Array.isArray(entries)) { plan.errors.push({ row: 0, message: `"${key}" is missing or not a list` }); continue; }
    entries.forEach((entry, index) => {
      plan.rows++;
      const parsed = schema.safeParse(entry);
      const row = plan.rows;
      if (!parsed.success) { plan.errors.push({ row, message: `${key}[${index}]: ${describe(parsed.error)}` }); return; }
      const targetId = (parsed.data as { targetId: string }).targetId;
      if (!knownIds.has(targetId) && !orphansWithSnapshot.has(targetId)) { plan.errors.push({ row, message: `${key}[${index}]: unknown record id ${targetId}` }); return; }
      into.push(parsed.data);
    });
  }
  return plan;
}

const CsvRowSchema = z.object({
  record_type: z.enum(['status', 'note', 'progress']),
  target_id: z.string(),
});

/** Reads a CSV export: the header must carry our columns; each row is checked on its own and
 * every row ends up either in the plan or among the errors with its reason. */
export function parseCsvImport(text: string, knownIds: ReadonlySet<string>): ImportPlan {
  const parsed = parseCsv(text);
  const missing = CSV_FIELDS.filter((f) => !parsed.fields.includes(f));
  if (missing.length) return empty(`the CSV lacks the column(s) ${missing.join(', ')}; expected ${CSV_FIELDS.join(',')}`);
  const plan: ImportPlan = { fatal: null, errors: [], tracking: [], notes: [], progress: [], rows: parsed.rows.length };
  for (const { row, cells: raw, error } of parsed.rows) {
    if (!raw) { plan.errors.push({ row, message: error ?? 'the row cannot be read' }); continue; }
    const head = CsvRowSchema.safeParse(raw);
    if (!head.success) { plan.errors.push({ row, message: describe(head.error) }); continue; }
    if (!knownIds.has(raw.target_id)) { plan.errors.push({ row, message: `unknown record id ${raw.target_id || '(empty)'}` }); continue; }
    const result = toEntry(raw);
    if (!result.success) { plan.errors.push({ row, message: describe(result.error) }); continue; }
    if (raw.record_type === 'status') plan.tracking.push(result.data as Tracking);
    else if (raw.record_type === 'note') plan.notes.push(result.data as Note);
    else plan.progress.push(result.data as Progress);
  }
  return plan;
}

function toEntry(raw: Record<string, string>): { success: true; data: Tracking | Note | Progress } | { success: false; error: z.ZodError } {
  const stamp = raw.updated_at || raw.created_at || new Date().toISOString();
  switch (raw.record_type) {
    case 'status':
      return TrackingSchema.safeParse({ targetId: raw.target_id, status: raw.status, tags: raw.tags ? raw.tags.split(';').map((t) => t.trim()).filter(Boolean) : [], snapshot: null, updatedAt: stamp });
    case 'note':
      return NoteSchema.safeParse({ id: raw.id || stableId('note', raw.target_id, raw.created_at, raw.text), targetId: raw.target_id, text: raw.text, createdAt: raw.created_at || stamp, updatedAt: stamp });
    default: {
      const asOf = IsoDateSchema.safeParse(raw.as_of);
      const value = raw.value.trim() === '' ? Number.NaN : Number(raw.value);
      return ProgressSchema.safeParse({ id: raw.id || stableId('progress', raw.target_id, raw.as_of, raw.value, raw.source), targetId: raw.target_id, value, asOf: asOf.success ? raw.as_of : `bad date ${raw.as_of}`, source: raw.source ?? '', createdAt: raw.created_at || stamp });
    }
  }
}

/** Rows without an id get one from their content, so importing the same file twice adds nothing. */
function stableId(...parts: string[]): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (const ch of parts.join('\u0000')) {
    const c = ch.codePointAt(0)!;
    h1 = Math.imul(h1 ^ c, 16777619) >>> 0;
    h2 = Math.imul(h2 ^ c, 2246822507) >>> 0;
  }
  return `${parts[0]}-${h1.toString(16).padStart(8, '0')}${h2.toString(16).padStart(8, '0')}`;
}

const newer = (a: string, b: string): boolean => a > b;

/** What importing would do, against what is stored now. */
export async function previewImport(db: NotesDatabase, plan: ImportPlan): Promise<ImportPreview> {
  const preview: ImportPreview = { ...plan, added: { tracking: 0, notes: 0, progress: 0 }, updated: { tracking: 0, notes: 0 }, duplicates: 0 };
  if (plan.fatal) return preview;
  const [tracking, notes, progress] = await Promise.all([
    db.tracking.bulkGet(plan.tracking.map((t) => t.targetId)),
    db.notes.bulkGet(plan.notes.map((n) => n.id)),
    db.progress.bulkGet(plan.progress.map((p) => p.id)),
  ]);
  const seenNotes = new Set<string>();
  plan.tracking.forEach((t, i) => {
    const current = tracking[i];
    if (!current) preview.added.tracking++;
    else if (newer(t.updatedAt, current.updatedAt) || t.tags.some((tag) => !current.tags.includes(tag))) preview.updated.tracking++;
    else preview.duplicates++;
  });
  plan.notes.forEach((n, i) => {
    const current = notes[i];
    if (seenNotes.has(n.id)) { preview.duplicates++; return; }
    seenNotes.add(n.id);
    if (!current) preview.added.notes++;
    else if (newer(n.updatedAt, current.updatedAt) && n.text !== current.text) preview.updated.notes++;
    else preview.duplicates++;
  });
  const seenProgress = new Set<string>();
  plan.progress.forEach((p, i) => {
    if (progress[i] || seenProgress.has(p.id)) preview.duplicates++;
    else preview.added.progress++;
    seenProgress.add(p.id);
  });
  // notes and progress of records not yet tracked start tracking them
  const planned = new Set(plan.tracking.map((t) => t.targetId));
  const others = [...new Set([...plan.notes, ...plan.progress].map((e) => e.targetId))].filter((id) => !planned.has(id));
  preview.added.tracking += (await db.tracking.bulkGet(others)).filter((t) => !t).length;
  return preview;
}

/** Merges the valid entries of a plan in one transaction; returns what it did. */
export async function applyImport(db: NotesDatabase, plan: ImportPlan): Promise<ImportPreview> {
  if (plan.fatal) throw new Error(plan.fatal);
  try {
    return await db.transaction('rw', db.tracking, db.notes, db.progress, async () => {
      const preview = await previewImport(db, plan);
      const trackingNow = await db.tracking.bulkGet(plan.tracking.map((t) => t.targetId));
      const merged = plan.tracking.map((incoming, i) => {
        const current = trackingNow[i];
        if (!current) return incoming;
        const base = newer(incoming.updatedAt, current.updatedAt) ? incoming : current;
        return { ...base, snapshot: current.snapshot ?? incoming.snapshot, tags: [...new Set([...current.tags, ...incoming.tags])] };
      });
      await db.tracking.bulkPut(merged);
      // every note and progress entry needs a tracking row, so the tracked view lists it
      const targetIds = [...new Set([...plan.notes, ...plan.progress].map((e) => e.targetId))];
      const missing = (await db.tracking.bulkGet(targetIds)).flatMap((t, i) => (t ? [] : [targetIds[i]]));
      const stamp = new Date().toISOString();
      await db.tracking.bulkPut(missing.map((targetId) => ({ targetId, status: 'not-started' as const, tags: [], snapshot: null, updatedAt: stamp })));
      const notesNow = await db.notes.bulkGet(plan.notes.map((n) => n.id));
      await db.notes.bulkPut(plan.notes.filter((n, i) => !notesNow[i] || (newer(n.updatedAt, notesNow[i]!.updatedAt) && n.text !== notesNow[i]!.text)));
      const progressNow = await db.progress.bulkGet(plan.progress.map((p) => p.id));
      await db.progress.bulkPut(plan.progress.filter((_, i) => !progressNow[i]));
      return preview;
    });
  } catch (error) {
    throw toStorageError(error);
  }
}
