// The filtered records and reported figures as CSV (UTF-8 with a BOM so spreadsheet programs show
// Chinese correctly, formula-like text defused: see csv.ts) and as JSON (the dataset's own shape, so
// it can be read back).
import { toCsv } from './csv';
import type { Dataset, Observation, Target } from '../domain/schema';

export const CSV_COLUMNS = [
  'id', 'kind', 'region', 'level', 'regionCode', 'indicator', 'topic', 'value', 'valueMax', 'unit', 'normalizedValue', 'normalizedValueMax',
  'normalizedUnit', 'comparator', 'deadlineYear', 'deadlineDate', 'document', 'file', 'line', 'quote',
] as const;

export function recordsToCsv(targets: readonly Target[], titles: ReadonlyMap<string, string>): string {
  const rows = targets.map((t) => [
    t.id, t.kind, t.region.name, t.region.level, t.region.code, t.indicator, t.topic, t.value, t.valueMax ?? '', t.unit,
    t.normalized.value, t.normalized.valueMax ?? '', t.normalized.unit, t.comparator, t.deadline?.year ?? '', t.deadline?.date ?? '',
    titles.get(t.documentId) ?? '', t.source.file, t.source.line, t.source.quote,
  ]);
  return toCsv(CSV_COLUMNS, rows);
}

export function recordsToJson(dataset: Dataset, targets: readonly Target[]): string {
  const ids = new Set(targets.map((t) => t.documentId));
  // the reported figures of the documents kept travel with them, so the file validates on its own
  const observations = dataset.observations.filter((o) => ids.has(o.documentId));
  return `${JSON.stringify({ ...dataset, documents: dataset.documents.filter((d) => ids.has(d.id)), targets, observations }, null, 2)}\n`;
}

export const OBSERVATION_CSV_COLUMNS = [
  'id', 'measure', 'region', 'level', 'regionCode', 'indicator', 'indicatorKey', 'value', 'unit', 'normalizedValue', 'normalizedUnit',
  'periodKind', 'periodStart', 'periodEnd', 'cumulative', 'growth', 'growthBasis', 'document', 'file', 'line', 'quote',
] as const;

/** Reported figures as CSV, in the same shape and encoding as the records' CSV. */
export function observationsToCsv(observations: readonly Observation[], titles: ReadonlyMap<string, string>): string {
  const rows = observations.map((o) => {
    const [start, end] = o.period.kind === 'year' ? [String(o.period.year), String(o.period.year)] : o.period.kind === 'months' ? [o.period.start, o.period.end] : ['', o.period.date];
    return [
      o.id, o.measure, o.region.name, o.region.level, o.region.code, o.indicator, o.indicatorKey ?? '', o.value, o.unit, o.normalized.value, o.normalized.unit,
      o.period.kind, start, end, String(o.cumulative), o.growth?.value ?? '', o.growth?.basis ?? '', titles.get(o.documentId) ?? '', o.source.file, o.source.line, o.source.quote,
    ];
  });
  return toCsv(OBSERVATION_CSV_COLUMNS, rows);
}
