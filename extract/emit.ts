// Turns findings into the dataset: stable ids (a hash of what the record says, not where it
// sits, so users' notes survive unrelated edits), a stable order, a content version, and a
// final validation against the shared schema.
import { createHash } from 'node:crypto';
import { DatasetSchema, SCHEMA_VERSION, describeIssues, type Dataset, type PolicyDocument, type Target } from '../src/domain/schema';
import { indicatorByKey, keyIndicator, toIndicatorEntry } from '../src/domain/indicators';
import { topicOf } from '../src/domain/topics';
import type { Finding } from './finding';

export function hash(...parts: readonly (string | number | null)[]): string {
  return createHash('sha1').update(parts.map((p) => String(p)).join('\u0000')).digest('hex').slice(0, 12);
}

export function toTargets(findings: readonly Finding[], documentIds: ReadonlyMap<string, string>): Target[] {
  const occurrences = new Map<string, number>();
  return findings.map((f) => {
    const documentId = documentIds.get(f.documentKey) ?? f.documentKey;
    const key = hash(documentId, f.kind, f.indicator, f.value, f.valueMax, f.unit);
    const n = occurrences.get(key) ?? 0;
    occurrences.set(key, n + 1);
    return {
      id: n === 0 ? key : hash(key, n),
      kind: f.kind,
      indicator: f.indicator,
      indicatorKey: keyIndicator(f.indicator, f.baseUnit, { quote: f.quote, kind: f.kind }),
      topic: topicOf(`${f.indicator} ${f.quote}`),
      value: f.value,
      valueMax: f.valueMax,
      unit: f.unit,
      normalized: { value: f.baseValue, valueMax: f.baseValueMax, unit: f.baseUnit },
      comparator: f.comparator,
      deadline: f.deadline,
      region: f.region,
      documentId,
      strength: f.strength,
      baselineYear: f.baselineYear,
      cumulative: f.cumulative,
      annual: f.annual,
      source: { file: f.file, line: f.line, quote: f.quote, context: f.context, alsoLines: f.alsoLines },
    };
  });
}

export type Built = { ok: true; dataset: Dataset } | { ok: false; problem: string };

/** Code-point order, the same on every machine whatever its locale. */
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function buildDataset(documents: readonly PolicyDocument[], targets: readonly Target[]): Built {
  const sortedDocuments = [...documents].sort((a, b) => byText(a.file, b.file) || a.line - b.line);
  const sortedTargets = [...targets].sort((a, b) => byText(a.source.file, b.source.file) || a.source.line - b.source.line);
  const keys = [...new Set(sortedTargets.flatMap((t) => (t.indicatorKey ? [t.indicatorKey] : [])))].sort(byText);
  const indicators = keys.flatMap((key) => { const found = indicatorByKey(key); return found ? [toIndicatorEntry(found)] : []; });
  const version = hash(JSON.stringify(sortedDocuments), JSON.stringify(indicators), JSON.stringify(sortedTargets));
  const parsed = DatasetSchema.safeParse({ schemaVersion: SCHEMA_VERSION, version, documents: sortedDocuments, indicators, targets: sortedTargets });
  if (!parsed.success) return { ok: false, problem: `the extracted dataset does not match its schema:\n${describeIssues(parsed.error)}` };
  return { ok: true, dataset: parsed.data };
}

export function serialize(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}
