// The user's own tracking of commitments: status, tags, dated notes and progress entries, keyed
// by the record's stable id. Schemas validate what is read back from IndexedDB and what is imported.
import { z } from 'zod';
import { IsoDateSchema, type Target } from './schema';

export const TRACKING_STATUSES = ['not-started', 'on-track', 'at-risk', 'achieved', 'dropped'] as const;
export const TrackingStatusSchema = z.enum(TRACKING_STATUSES);
export type TrackingStatus = z.infer<typeof TrackingStatusSchema>;

const Id = z.string().min(1).max(64);
const TargetId = z.string().regex(/^[0-9a-f]{12}$/, 'not a record id (12 hex characters)');
const Timestamp = z.string().datetime({ offset: true });

/** What the record said when the user started tracking it, to notice later changes. */
export const SnapshotSchema = z.object({
  indicator: z.string(),
  value: z.number(),
  unit: z.string(),
  deadline: z.string().nullable(),
  region: z.string(),
  quote: z.string(),
});
export type Snapshot = z.infer<typeof SnapshotSchema>;

export const TrackingSchema = z.object({
  targetId: TargetId,
  status: TrackingStatusSchema,
  tags: z.array(z.string().min(1).max(40)).max(30),
  snapshot: SnapshotSchema.nullable(),
  updatedAt: Timestamp,
});
export type Tracking = z.infer<typeof TrackingSchema>;

export const NoteSchema = z.object({
  id: Id,
  targetId: TargetId,
  text: z.string().min(1).max(20_000),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Note = z.infer<typeof NoteSchema>;

export const ProgressSchema = z.object({
  id: Id,
  targetId: TargetId,
  /** The actual figure, in the record's own unit (亿元 for a target in 亿元). */
  value: z.number().finite(),
  asOf: IsoDateSchema,
  source: z.string().max(500),
  createdAt: Timestamp,
});
export type Progress = z.infer<typeof ProgressSchema>;

export const NOTES_EXPORT_FORMAT = 'policy-targets-notes';
export const NOTES_EXPORT_VERSION = 1;

export const NotesExportSchema = z.object({
  format: z.literal(NOTES_EXPORT_FORMAT),
  version: z.literal(NOTES_EXPORT_VERSION),
  exportedAt: Timestamp,
  datasetVersion: z.string().nullable(),
  tracking: z.array(TrackingSchema),
  notes: z.array(NoteSchema),
  progress: z.array(ProgressSchema),
});
export type NotesExport = z.infer<typeof NotesExportSchema>;

export function snapshotOf(target: Target): Snapshot {
  return {
    indicator: target.indicator, value: target.value, unit: target.unit,
    deadline: target.deadline ? (target.deadline.date ?? String(target.deadline.year)) : null,
    region: target.region.name, quote: target.source.quote,
  };
}

/** Which fields of a record changed since the snapshot: 'deadline', 'quote'… */
export function changedFields(snapshot: Snapshot, target: Target): (keyof Snapshot)[] {
  const now = snapshotOf(target);
  return (Object.keys(now) as (keyof Snapshot)[]).filter((key) => now[key] !== snapshot[key]);
}
