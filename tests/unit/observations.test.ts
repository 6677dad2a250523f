// Reported figures: period phrases, indicator phrases, the schema and its upgrade, the chart
// builders of compare and detail, the CSV export and the audit report.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nameSubject } from '../../extract/find-observations';
import { observationsReport } from '../../extract/observations-report';
import { findPeriods } from '../../extract/resolve-period';
import { runPipeline } from '../../extract/run-pipeline';
import { translator } from '../../src/app/i18n';
import { baselineOption, baselineRows, rateText } from '../../src/charts/baseline-option';
import { observationsOption, progressPoints } from '../../src/charts/observations-option';
import { linkBaselines } from '../../src/domain/baselines';
import { periodEnd, periodLabel } from '../../src/domain/periods';
import { DatasetSchema, migrateDataset, type Dataset } from '../../src/domain/schema';
import { observationsToCsv, recordsToJson } from '../../src/export/records';

const t = translator('zh');
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'observations');

function fixtureDataset(): Dataset {
  const files = readdirSync(FIXTURES).filter((n) => n.endsWith('.txt')).sort().map((name) => ({ name, bytes: readFileSync(join(FIXTURES, name)) }));
  const result = runPipeline(files);
  if (!result.built.ok) throw new Error(result.built.problem);
  return result.built.dataset;
}

describe('periods of reported figures', () => {
  const periods = (text: string, year: number | null = 2023) => findPeriods(text, year).map((p) => p.period);
  it('reads a year, a month run, a part of a year and an as-of day', () => {
    expect(periods('2022年，全省…')).toEqual([{ kind: 'year', year: 2022 }]);
    expect(periods('2023年1—5月份，收入…')).toEqual([{ kind: 'months', start: '2023-01', end: '2023-05' }]);
    expect(periods('1-5月，收入…')).toEqual([{ kind: 'months', start: '2023-01', end: '2023-05' }]);
    expect(periods('上半年，…', 2024)).toEqual([{ kind: 'months', start: '2024-01', end: '2024-06' }]);
    expect(periods('一季度，…')).toEqual([{ kind: 'months', start: '2023-01', end: '2023-03' }]);
    expect(periods('6月份，…')).toEqual([{ kind: 'months', start: '2023-06', end: '2023-06' }]);
    expect(periods('截至2022年底，…')).toEqual([{ kind: 'asOf', date: '2022-12-31' }]);
    expect(periods('截至5月底，…')).toEqual([{ kind: 'asOf', date: '2023-05-31' }]);
  });
  it('a deadline, a span of years or a date is no period of a figure', () => {
    expect(periods('到2025年，…')).toEqual([]);
    expect(periods('2025年底前完成')).toEqual([]);
    expect(periods('2012—2022年间维持在7%')).toEqual([]);
    expect(periods('6月28日发布')).toEqual([]);
  });
  it('a month run without its year needs the report\'s year', () => {
    expect(periods('1—5月份，…', null)).toEqual([]);
  });
  it('ends and labels', () => {
    expect(periodEnd({ kind: 'months', start: '2024-01', end: '2024-02' })).toBe('2024-02-29');
    expect(periodLabel({ kind: 'asOf', date: '2022-12-31' }, 'en')).toBe('as of 2022-12-31');
  });
});

describe('indicator phrases of reported figures', () => {
  it('keeps the object of 完成/实现 and drops scope words, periods and notes', () => {
    expect(nameSubject('我国规模以上互联网和相关服务企业1（以下简称互联网企业）完成互联网业务收入')).toBe('互联网业务收入');
    expect(nameSubject('截至2022年底，全市已建成5G基站')).toBe('5G基站');
    expect(nameSubject('其中智能手机产量')).toBe('智能手机产量');
    expect(nameSubject('全省数字经济核心产业增加值达到')).toBe('数字经济核心产业增加值');
  });
  it('nothing when no noun is left', () => {
    expect(nameSubject('同比')).toBeNull();
    expect(nameSubject('，')).toBeNull();
  });
});

describe('observations in the dataset schema', () => {
  const dataset = fixtureDataset();
  it('the extracted dataset validates and carries its figures', () => {
    expect(DatasetSchema.safeParse(dataset).success).toBe(true);
    expect(dataset.observations.length).toBeGreaterThan(0);
  });
  it('a v1 dataset and an early v2 one without figures are upgraded to an empty list', () => {
    const rest = { schemaVersion: 2, version: dataset.version, documents: dataset.documents, targets: dataset.targets };
    const v1 = { ...rest, schemaVersion: 1, targets: dataset.targets.map((target) => Object.fromEntries(Object.entries(target).filter(([k]) => k !== 'indicatorKey'))) };
    const upgraded = DatasetSchema.safeParse(migrateDataset(v1));
    expect(upgraded.success && upgraded.data.observations).toEqual([]);
    const early = DatasetSchema.safeParse(migrateDataset({ ...rest, indicators: dataset.indicators }));
    expect(early.success && early.data.observations).toEqual([]);
  });
  it('refuses a figure of an unknown document or a repeated id, naming where', () => {
    const [first] = dataset.observations;
    const bad = { ...dataset, observations: [{ ...first, documentId: 'missing' }, first, first] };
    const paths = DatasetSchema.safeParse(bad).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(paths).toEqual(['observations.0.documentId: unknown document missing', `observations.1.id: duplicate id ${first.id}`, `observations.2.id: duplicate id ${first.id}`]);
  });
});

describe('charts of baselines and figures', () => {
  const dataset = fixtureDataset();
  const links = linkBaselines(dataset.targets, dataset.observations);
  const key = dataset.targets.find((target) => links.get(target.id)?.required)?.indicatorKey ?? '';

  it('compare: one arrow per region from baseline to target, most demanding first, labelled with the required rate', () => {
    const rows = baselineRows(dataset.targets, links, key);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows.map((r) => r.link.required.value)).toEqual([...rows.map((r) => r.link.required.value)].sort((a, b) => b - a));
    const spec = baselineOption(rows, 'CNY', 'yi', 'title', t);
    const series = (spec.option as { series: { markLine?: { data: unknown[] } }[] }).series;
    expect(series[0].markLine?.data).toHaveLength(rows.length);
    expect(spec.table.rows.map((r) => r[6])).toEqual(rows.map((r) => rateText(r.link.required, t)));
    expect(rateText({ kind: 'points', value: 0.44, fromYear: 2020, toYear: 2025 }, t)).toBe('+0.44 个百分点/年');
  });

  it('detail: reported figures and the user\'s entries in separate series, and a straight line from the baseline to the target', () => {
    const target = dataset.targets.find((x) => (links.get(x.id)?.observations.length ?? 0) >= 2)!;
    const link = links.get(target.id)!;
    const mine = [{ id: 'p1', targetId: target.id, value: 1600, asOf: '2024-06-30', source: '统计公报', createdAt: '2024-07-01T00:00:00.000Z' }];
    const points = progressPoints(target, link.observations, mine, 'zh');
    const spec = observationsOption(target, points, link.baseline, 'title', t);
    const series = (spec.option as { series: { data: unknown[]; markLine?: { data: unknown[][] } }[] }).series;
    expect(series[0].data).toHaveLength(link.observations.length);
    expect(series[1].data).toEqual([['2024-06-30', 1600]]);
    expect(series[0].markLine?.data[0]).toEqual([{ coord: [periodEnd(link.baseline!.period), link.baseline!.value] }, { coord: [`${target.deadline!.year}-12-31`, target.value] }]);
  });
});

describe('exports and the audit report', () => {
  const dataset = fixtureDataset();
  it('CSV of figures: BOM, header, one row per figure with its quote', () => {
    const csv = observationsToCsv(dataset.observations, new Map(dataset.documents.map((d) => [d.id, d.title])));
    const lines = csv.split('\r\n');
    expect(lines[0].startsWith('\uFEFFid,measure,region')).toBe(true);
    expect(lines).toHaveLength(dataset.observations.length + 1);
    for (const o of dataset.observations) expect(csv).toContain(o.source.quote);
  });
  it('the JSON export of some records keeps the figures of their documents and validates', () => {
    const [kept] = dataset.targets;
    const json: unknown = JSON.parse(recordsToJson(dataset, [kept]));
    const parsed = DatasetSchema.safeParse(json);
    expect(parsed.success).toBe(true);
    expect(parsed.data?.observations.map((o) => o.id)).toEqual(dataset.observations.filter((o) => o.documentId === kept.documentId).map((o) => o.id));
  });
  it('the report lists each figure with its quote and the targets it is the baseline of', () => {
    const report = observationsReport(dataset);
    const links = linkBaselines(dataset.targets, dataset.observations);
    for (const o of dataset.observations) expect(report).toContain(`「${o.source.quote}」`);
    for (const [id, link] of links) if (link.required) expect(report).toContain(`target ${id}`);
    expect(report).toMatch(/with a baseline: \d+ of \d+ records/);
  });
});
