// npm run observations:report [dataset.json]: the reported figures of a dataset per indicator key,
// each with its period, quote and the targets it links to (marking the ones it is the baseline of,
// with the annual change they require), so the extraction can be read and audited record by record.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { linkBaselines, type BaselineLink, type Rate } from '../src/domain/baselines';
import { periodLabel } from '../src/domain/periods';
import { DatasetSchema, describeIssues, migrateDataset, type Dataset, type Observation, type Target } from '../src/domain/schema';

const rateText = (rate: Rate): string => (rate.kind === 'growth' ? `${rate.value.toFixed(1)}%/yr (compound growth)` : `${rate.value.toFixed(2)} points/yr`);

function figureLine(o: Observation): string {
  const growth = o.growth && o.measure === 'level' ? ` (${o.growth.basis === 'year-on-year' ? '同比' : '环比'} ${o.growth.value > 0 ? '+' : ''}${o.growth.value}%)` : '';
  const what = o.measure === 'growth' ? `${o.growth?.basis === 'month-on-month' ? '环比' : '同比'} ${o.value > 0 ? '+' : ''}${o.value}%` : `${o.value}${o.unit}${growth}`;
  return `  ${periodLabel(o.period)} · ${o.region.name} · ${o.indicator} ${what}${o.cumulative ? ' · 累计' : ''} — ${o.source.file}:${o.source.line}\n    「${o.source.quote}」`;
}

function targetLine(target: Target, link: BaselineLink, observation: Observation): string {
  const isBaseline = link.baseline?.id === observation.id;
  const deadline = target.deadline ? `by ${target.deadline.year}` : 'no deadline';
  const rates = isBaseline && link.required ? `: baseline, requires ${rateText(link.required)}${link.observed ? `, observed ${rateText(link.observed)}` : ''}` : isBaseline ? ': baseline' : '';
  return `    → target ${target.id} ${target.region.name} ${target.indicator} ${target.value}${target.unit} ${deadline}${rates}`;
}

/** The report as text: a summary line, then one block per indicator key (figures without a key last, by phrase). */
export function observationsReport(dataset: Dataset): string {
  const links = linkBaselines(dataset.targets, dataset.observations);
  const linkedTargets = new Map<string, { target: Target; link: BaselineLink }[]>();
  for (const target of dataset.targets) {
    const link = links.get(target.id);
    for (const o of link?.observations ?? []) {
      const list = linkedTargets.get(o.id) ?? [];
      list.push({ target, link: link! });
      linkedTargets.set(o.id, list);
    }
  }
  const groups = new Map<string, Observation[]>();
  for (const o of dataset.observations) {
    const group = o.indicatorKey ?? `(no key) ${o.indicator}`;
    groups.set(group, [...(groups.get(group) ?? []), o]);
  }
  const names = new Map(dataset.indicators.map((i) => [i.key, i.zh]));
  const ordered = [...groups.keys()].sort((a, b) => Number(a.startsWith('(')) - Number(b.startsWith('(')) || (a < b ? -1 : a > b ? 1 : 0));
  const withBaseline = [...links.values()].filter((l) => l.baseline).length;
  const keyed = dataset.observations.filter((o) => o.indicatorKey).length;
  const levels = dataset.observations.filter((o) => o.measure === 'level').length;
  const out = [
    `Reported figures: ${dataset.observations.length} (levels ${levels}, growth rates ${dataset.observations.length - levels}; with an indicator key ${keyed})`,
    `Targets linked to figures: ${links.size}; with a baseline: ${withBaseline} of ${dataset.targets.length} records`,
  ];
  for (const group of ordered) {
    const figures = groups.get(group) ?? [];
    out.push('', `## ${group}${names.has(group) ? ` ${names.get(group)}` : ''} (${figures.length})`);
    for (const o of figures) {
      out.push(figureLine(o));
      for (const { target, link } of linkedTargets.get(o.id) ?? []) out.push(targetLine(target, link, o));
    }
  }
  return `${out.join('\n')}\n`;
}

function main(path: string): number {
  const parsed = DatasetSchema.safeParse(migrateDataset(JSON.parse(readFileSync(path, 'utf8'))));
  if (!parsed.success) {
    process.stderr.write(`${path} does not match the dataset schema:\n${describeIssues(parsed.error)}\n`);
    return 1;
  }
  process.stdout.write(observationsReport(parsed.data));
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv[2] ?? 'data/targets.json');
