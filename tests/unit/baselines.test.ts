// Linking targets to reported figures: which figure is the baseline, and the required and
// observed average annual change computed with the formula on the records' own values.
import { describe, expect, it } from 'vitest';
import { annualRate, linkBaseline, linkBaselines, indexObservations, observationsAsProgress } from '../../src/domain/baselines';
import type { Observation, Period, Target } from '../../src/domain/schema';
import { ObservationSchema, TargetSchema } from '../../src/domain/schema';

const ZHEJIANG = { name: '浙江省', level: 'province', code: '330000' } as const;
const NATIONAL = { name: '全国', level: 'national', code: '000000' } as const;

function target(over: Partial<Target> & { value: number; unit: string; base: string; factor: number; year: number }): Target {
  const { value, unit, base, factor, year, ...rest } = over;
  return TargetSchema.parse({
    id: 'aaaaaaaaaaaa', kind: 'target', indicator: '数字经济核心产业增加值', indicatorKey: 'core-value', topic: 'digital-economy',
    value, valueMax: null, unit, normalized: { value: value * factor, valueMax: null, unit: base }, comparator: '>=',
    deadline: { year, date: null }, region: ZHEJIANG, documentId: 'doc', strength: null, baselineYear: null, cumulative: false, annual: false,
    source: { file: 'a.txt', line: 1, quote: 'q', context: 'q', alsoLines: [] }, ...rest,
  });
}

let n = 0;
function observation(value: number, unit: string, base: string, factor: number, period: Period, over: Partial<Observation> = {}): Observation {
  n++;
  return ObservationSchema.parse({
    id: n.toString(16).padStart(12, '0'), measure: 'level', indicator: '数字经济核心产业增加值', indicatorKey: 'core-value',
    value, unit, normalized: { value: value * factor, unit: base }, period, cumulative: false, growth: null,
    region: ZHEJIANG, documentId: 'doc', source: { file: 'a.txt', line: 2, quote: `${value}${unit}`, context: 'c' }, ...over,
  });
}

const year = (y: number): Period => ({ kind: 'year', year: y });

describe('annual rates', () => {
  it('compound growth for levels: 100 → 121 over two years is 10% a year', () => {
    const rate = annualRate('CNY', 100, 2020, 121, 2022);
    expect(rate?.kind).toBe('growth');
    expect(rate?.value).toBeCloseTo(10, 10);
  });
  it('points a year for shares: 7.8% in 2020 → 10% in 2025 is 0.44 points a year', () => {
    expect(annualRate('percent', 7.8, 2020, 10, 2025)).toEqual({ kind: 'points', value: (10 - 7.8) / 5, fromYear: 2020, toYear: 2025 });
  });
  it('no rate when the years do not advance or a level is not positive', () => {
    expect(annualRate('CNY', 100, 2025, 121, 2025)).toBeNull();
    expect(annualRate('count', 0, 2020, 5, 2025)).toBeNull();
  });
});

describe('linking a target to its baseline', () => {
  const goal = target({ value: 8000, unit: '亿元', base: 'CNY', factor: 1e8, year: 2025 });

  it('takes the latest whole-year figure before the deadline and applies the formula to it', () => {
    const old = observation(4000, '亿元', 'CNY', 1e8, year(2020));
    const latest = observation(5100, '亿元', 'CNY', 1e8, year(2022));
    const partial = observation(2600, '亿元', 'CNY', 1e8, { kind: 'months', start: '2023-01', end: '2023-06' });
    const after = observation(9000, '亿元', 'CNY', 1e8, year(2026));
    const link = linkBaseline(goal, indexObservations([latest, partial, after, old]));
    expect(link.observations.map((o) => o.value)).toEqual([4000, 5100, 2600, 9000]);
    expect(link.baseline?.value).toBe(5100);
    expect(link.required?.value).toBeCloseTo(((8000e8 / 5100e8) ** (1 / (2025 - 2022)) - 1) * 100, 10);
    expect(link.observed?.value).toBeCloseTo(((5100 / 4000) ** (1 / 2) - 1) * 100, 10);
  });

  it('an as-of figure counts for the year it falls in', () => {
    const asOf = observation(5, '万个', 'count', 1e4, { kind: 'asOf', date: '2022-12-31' });
    const bases = target({ value: 8, unit: '万个', base: 'count', factor: 1e4, year: 2025 });
    const link = linkBaseline(bases, indexObservations([asOf]));
    expect(link.required).toEqual({ kind: 'growth', value: ((8 / 5) ** (1 / 3) - 1) * 100, fromYear: 2022, toYear: 2025 });
  });

  it('links only the same region, key and unit; a national target takes the national figure', () => {
    const elsewhere = observation(5100, '亿元', 'CNY', 1e8, year(2022), { region: NATIONAL });
    const otherKey = observation(5100, '亿元', 'CNY', 1e8, year(2022), { indicatorKey: 'other' });
    const otherUnit = observation(7.8, '%', 'percent', 1, year(2022));
    const links = linkBaselines([goal, { ...goal, id: 'bbbbbbbbbbbb', region: NATIONAL }], [elsewhere, otherKey, otherUnit]);
    expect(links.has(goal.id)).toBe(false);
    expect(links.get('bbbbbbbbbbbb')?.baseline?.id).toBe(elsewhere.id);
  });

  it('a share target gets its required change in points', () => {
    const share = target({ value: 10, unit: '%', base: 'percent', factor: 1, year: 2025 });
    const link = linkBaseline(share, indexObservations([observation(7.8, '%', 'percent', 1, year(2020))]));
    expect(link.required?.kind).toBe('points');
    expect(link.required?.value).toBeCloseTo(0.44, 10);
  });

  it('a figure is never the baseline of a record holding the same number where it reads or quotes it', () => {
    const figure = observation(5100, '亿元', 'CNY', 1e8, year(2022), { source: { file: 'a.txt', line: 1, quote: 'q', context: 'q' } });
    const same = target({ value: 5100, unit: '亿元', base: 'CNY', factor: 1e8, year: 2025 });
    expect(linkBaseline(same, indexObservations([figure])).observations).toEqual([]);
    expect(linkBaseline(goal, indexObservations([figure])).baseline?.id).toBe(figure.id);
    const quoted = target({ value: 5100, unit: '亿元', base: 'CNY', factor: 1e8, year: 2025, source: { file: 'a.txt', line: 9, quote: '从2020年的q提高到', context: 'c', alsoLines: [] } });
    expect(linkBaseline(quoted, indexObservations([figure])).observations).toEqual([]);
  });

  it('no baseline without a deadline or for an incentive', () => {
    const index = indexObservations([observation(5100, '亿元', 'CNY', 1e8, year(2022))]);
    expect(linkBaseline({ ...goal, deadline: null }, index).baseline).toBeNull();
    expect(linkBaseline({ ...goal, kind: 'incentive' }, index).baseline).toBeNull();
  });
});

describe('figures as progress entries', () => {
  it('are in the target\'s own unit and dated at the end of their period', () => {
    const goal = target({ value: 8000, unit: '亿元', base: 'CNY', factor: 1e8, year: 2025 });
    const [entry] = observationsAsProgress(goal, [observation(0.51, '万亿元', 'CNY', 1e12, year(2022))]);
    expect(entry).toMatchObject({ targetId: goal.id, value: 5100, asOf: '2022-12-31' });
    expect(entry.id.startsWith('observation:')).toBe(true);
  });
});
