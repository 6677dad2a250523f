// npm run indicators:report [dataset.json]: every indicator key with the records it holds (region,
// value, deadline, wording, quote), then how much of the dataset is keyed and which keys two or more
// regions share — the list to read, record by record, when auditing the catalogue's precision.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { familyByKey, indicatorByKey } from '../src/domain/indicators';
import { DatasetSchema, describeIssues, type Dataset, type Target } from '../src/domain/schema';

const percent = (part: number, whole: number): string => (whole ? `${((100 * part) / whole).toFixed(1)}%` : '—');

function recordLine(target: Target): string {
  const value = target.valueMax === null ? `${target.value}` : `${target.value}–${target.valueMax}`;
  const deadline = target.deadline?.year ?? '—';
  return `  ${target.region.name} | ${target.comparator} ${value}${target.unit} | ${deadline} | ${target.kind} | ${target.indicator} | ${target.source.quote} [${target.source.file}:${target.source.line}]`;
}

export interface ReportFigures {
  targets: number;
  keyedTargets: number;
  records: number;
  keyedRecords: number;
  sharedKeys: readonly string[];
}

export function reportFigures(dataset: Dataset): ReportFigures {
  const targets = dataset.targets.filter((t) => t.kind === 'target');
  const regionsByKey = new Map<string, Set<string>>();
  for (const t of dataset.targets) {
    if (!t.indicatorKey) continue;
    const regions = regionsByKey.get(t.indicatorKey) ?? new Set<string>();
    regions.add(t.region.name);
    regionsByKey.set(t.indicatorKey, regions);
  }
  return {
    targets: targets.length,
    keyedTargets: targets.filter((t) => t.indicatorKey).length,
    records: dataset.targets.length,
    keyedRecords: dataset.targets.filter((t) => t.indicatorKey).length,
    sharedKeys: [...regionsByKey].filter(([, regions]) => regions.size >= 2).map(([key]) => key).sort(),
  };
}

export function indicatorReport(dataset: Dataset): string {
  const byKey = new Map<string, Target[]>();
  for (const t of dataset.targets) if (t.indicatorKey) byKey.set(t.indicatorKey, [...(byKey.get(t.indicatorKey) ?? []), t]);
  const lines: string[] = [];
  for (const key of [...byKey.keys()].sort()) {
    const members = byKey.get(key) ?? [];
    const entry = indicatorByKey(key) ?? dataset.indicators.find((i) => i.key === key);
    const family = entry ? familyByKey(entry.family)?.zh ?? entry.family : '?';
    const regions = new Set(members.map((t) => t.region.name));
    lines.push(`${key} · ${entry?.zh ?? '?'} · ${family} · ${entry?.baseUnit ?? '?'} — ${members.length} record(s), ${regions.size} region(s)`);
    for (const t of members) lines.push(recordLine(t));
    lines.push('');
  }
  const figures = reportFigures(dataset);
  lines.push(`Targets with a key: ${figures.keyedTargets} of ${figures.targets} (${percent(figures.keyedTargets, figures.targets)})`);
  lines.push(`Records with a key: ${figures.keyedRecords} of ${figures.records} (${percent(figures.keyedRecords, figures.records)})`);
  lines.push(`Keys held by two or more regions: ${figures.sharedKeys.length}${figures.sharedKeys.length ? ` (${figures.sharedKeys.join(', ')})` : ''}`);
  return `${lines.join('\n')}\n`;
}

function main(argv: readonly string[]): number {
  const path = argv[0] ?? join(import.meta.dirname, '..', 'data', 'targets.json');
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    process.stderr.write(`${path}: cannot be read as JSON (${error instanceof Error ? error.message : String(error)})\n`);
    return 1;
  }
  const parsed = DatasetSchema.safeParse(json);
  if (!parsed.success) {
    process.stderr.write(`${path}: not a dataset of this schema:\n${describeIssues(parsed.error)}\n`);
    return 1;
  }
  process.stdout.write(indicatorReport(parsed.data));
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.slice(2));
