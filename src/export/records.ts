// The filtered records as CSV (UTF-8 with a BOM so spreadsheet programs show Chinese correctly,
// formula-like text defused: see csv.ts) and as JSON (the dataset's own shape, so it can be read back).
import { toCsv } from './csv';
import type { Dataset, Target } from '../domain/schema';

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
  return `${JSON.stringify({ ...dataset, documents: dataset.documents.filter((d) => ids.has(d.id)), targets }, null, 2)}\n`;
}
