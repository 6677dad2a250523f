// Comparison of one indicator or family across regions, the region × indicator matrix, the scale
// toggle and the population/GDP reference table, on a keyed dataset made in code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { describeFilters } from '../../src/app/describe-filters';
import { translator } from '../../src/app/i18n';
import { indicatorCompareOption, labelAlign, markValueText, scaledQuantity } from '../../src/charts/indicator-compare-option';
import { MATRIX_LAYOUT, matrixCellIndex, matrixCellWidth, matrixOption } from '../../src/charts/matrix-option';
import { compareIndicator, indicatorChoices, regionIndicatorMatrix, type CompareOptions } from '../../src/data/compare';
import { NO_FILTERS, parseFilters, writeFilters } from '../../src/data/filters';
import { provinceOf } from '../../src/data/provinces';
import { applyFilters, indexRows } from '../../src/data/selectors';
import { ProvinceReferenceSchema, figuresFor, scaleModesFor, scaleValue } from '../../src/domain/province-reference';
import { DatasetSchema } from '../../src/domain/schema';
import { tableToCsv } from '../../src/export/table-csv';
import { KEYED_SPECS, makeKeyedDataset } from '../support/fixtures';

const t = translator('zh');
const dataset = makeKeyedDataset();
const rows = indexRows(dataset, '2026-11-22', provinceOf);
const reference = ProvinceReferenceSchema.parse(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'data', 'province-reference.json'), 'utf8')));
const baseUnits = new Map(dataset.indicators.map((i) => [i.key, i.baseUnit]));
const options = (over: Partial<CompareOptions> = {}): CompareOptions => ({
  regions: [], mode: 'none', reference, sort: 'value', baseUnitOf: (key) => baseUnits.get(key), ...over,
});
const only = (key: string) => applyFilters(rows, { ...NO_FILTERS, indicator: key });
/** What the fixture says a region holds for a key: its records' years, as the expectation. */
const specYears = (key: string, region: string) => [...new Set(KEYED_SPECS.filter((s) => s.key === key && s.region.name === region).map((s) => s.year))].sort();

describe('the keyed fixture', () => {
  it('is a valid dataset', () => {
    expect(DatasetSchema.safeParse(dataset).success).toBe(true);
  });
});

describe('indicator and family filters', () => {
  it('round-trip through the URL and select records by key or by family', () => {
    const params = writeFilters({ ...NO_FILTERS, family: 'data-economy' });
    expect(params.get('family')).toBe('data-economy');
    expect(parseFilters(params).family).toBe('data-economy');
    const family = applyFilters(rows, parseFilters(params));
    expect(new Set(family.map((r) => r.target.indicatorKey))).toEqual(new Set(['data-industry-scale', 'data-market-scale']));
    expect(only('srdi-enterprises').map((r) => r.target.region.name).sort()).toEqual(['北京市', '杭州市']);
  });
});

describe('the filter line of exports', () => {
  it('names the indicator or family in words, never by key', () => {
    const text = describeFilters({ ...NO_FILTERS, indicator: 'data-industry-scale', family: 'data-economy' }, t, 'zh', (n) => n,
      (k) => dataset.indicators.find((i) => i.key === k)!.zh, (k) => (k === 'data-economy' ? '数据经济' : k));
    expect(text).toContain('指标：数据产业规模');
    expect(text).toContain('指标族：数据经济');
    expect(text).not.toMatch(/data-/);
  });
});

describe('indicator choices', () => {
  const choices = indicatorChoices(rows, dataset.indicators, (key) => (key === 'data-economy' ? { zh: '数据经济', en: 'Data economy' } : undefined));
  it('counts named regions per indicator and family, most widely held first', () => {
    const industry = choices.find((c) => c.kind === 'indicator' && c.key === 'data-industry-scale')!;
    const expected = new Set(KEYED_SPECS.filter((s) => s.key === 'data-industry-scale' && s.region.level !== 'unresolved').map((s) => s.region.name));
    expect(industry.regions).toBe(expected.size);
    expect(choices[0].regions).toBeGreaterThanOrEqual(industry.regions);
    const family = choices.find((c) => c.kind === 'family')!;
    expect(family).toMatchObject({ key: 'data-economy', zh: '数据经济' });
  });
  it('leaves out families of a single member and unkeyed records', () => {
    expect(choices.some((c) => c.kind === 'family' && c.key === 'enterprises')).toBe(false);
    expect(choices.some((c) => c.key === '')).toBe(false);
  });
});

describe('compare one indicator', () => {
  const comparison = compareIndicator(only('data-industry-scale'), options());
  it('draws one mark per region and deadline year, provinces apart from cities', () => {
    expect(comparison.panels.map((p) => p.level)).toEqual(['province', 'city']);
    for (const panel of comparison.panels) {
      for (const region of panel.regions) {
        expect(panel.marks.filter((m) => m.region === region).map((m) => m.year).sort()).toEqual(specYears('data-industry-scale', region));
      }
    }
    expect(comparison.available).not.toContain('未识别');
  });
  it('keeps every record of a region and year: the largest drawn, the others counted', () => {
    const beijing2025 = comparison.panels[0].marks.find((m) => m.region === '北京市' && m.year === 2025)!;
    expect(beijing2025.value).toBe(2000e8);
    expect(beijing2025.others).toHaveLength(1);
  });
  it('sorts regions by value or by deadline', () => {
    const byValue = comparison.panels[0].regions;
    expect(byValue[0]).not.toBe('浙江省');
    const byDeadline = compareIndicator(only('data-industry-scale'), options({ sort: 'deadline' })).panels[0].regions;
    expect(byDeadline[byDeadline.length - 1]).toBe('浙江省');
  });
  it('shows only the chosen regions, and all when none of the chosen hold it', () => {
    const chosen = compareIndicator(only('data-industry-scale'), options({ regions: ['上海市', '杭州市'] }));
    expect(chosen.panels.flatMap((p) => p.regions).sort()).toEqual(['上海市', '杭州市'].sort());
    const stale = compareIndicator(only('data-industry-scale'), options({ regions: ['广东省'] }));
    expect(stale.panels.flatMap((p) => p.regions).length).toBe(comparison.available.length);
  });
  it('draws each unit of a family on the asked scale where it applies, as stated where not', () => {
    const mixed = applyFilters(rows, { ...NO_FILTERS, family: 'data-economy' }).concat(only('srdi-enterprises'));
    const panels = compareIndicator(mixed, options({ mode: 'gdpShare' })).panels.filter((p) => p.level === 'province');
    expect(panels.map((p) => [p.baseUnit, p.mode])).toEqual([['CNY', 'gdpShare'], ['count', 'none']]);
    const beijingCount = panels[1].marks.find((m) => m.region === '北京市')!;
    expect(beijingCount.value).toBe(1000);
  });
  it('draws per-year amounts in a panel of their own, never beside end-state targets', () => {
    // one province's record made a per-year amount (每年新增…): the rest stay end states
    const withAnnual = structuredClone(dataset);
    const annualTarget = withAnnual.targets.find((t) => t.indicatorKey === 'data-industry-scale' && t.region.level === 'province')!;
    annualTarget.annual = true;
    const annualRows = applyFilters(indexRows(withAnnual, '2026-11-22', provinceOf), { ...NO_FILTERS, indicator: 'data-industry-scale' });
    const panels = compareIndicator(annualRows, options()).panels.filter((p) => p.level === 'province');
    expect(panels.map((p) => p.annual)).toEqual([false, true]);
    expect(panels[1].marks.map((m) => m.row.target.id)).toEqual([annualTarget.id]);
    expect(panels[0].marks.map((m) => m.row.target.id)).not.toContain(annualTarget.id);
    expect(panels[0].marks.every((m) => !m.row.target.annual && m.others.every((o) => !o.target.annual))).toBe(true);
  });
  it('puts per-capita values on provinces only, leaving cities out by name', () => {
    const perCapita = compareIndicator(only('data-industry-scale'), options({ mode: 'perCapita' }));
    expect(perCapita.panels.map((p) => p.level)).toEqual(['province']);
    expect(perCapita.unscaled.sort()).toEqual(['杭州市', '贵阳市'].sort());
    const shanghai = perCapita.panels[0].marks.find((m) => m.region === '上海市')!;
    const people = figuresFor(reference, '310000')!.population.value;
    expect(shanghai.value).toBeCloseTo(5000e8 / people, 6);
  });
});

describe('the compare chart', () => {
  const panel = compareIndicator(only('data-industry-scale'), options()).panels[0];
  const spec = indicatorCompareOption({ panel, title: '数据产业规模 · 省级', colourBy: 'year', indicatorName: (k) => k, mode: 'none', language: 'zh', t });
  type S = { name: string; data: { value: [number, string, number] }[]; label: { formatter: (p: { value: [number, string, number] }) => string }; markLine: { data: unknown[] } };
  const series = spec.option.series as S[];
  it('colours by deadline year with a legend and writes value, comparator and year on each mark', () => {
    expect(series.map((s) => s.name)).toEqual(['2025', '2027', '2030']);
    expect(series.reduce((n, s) => n + s.data.length, 0)).toBe(panel.marks.length);
    const labels = series.flatMap((s) => s.data.map((d) => s.label.formatter(d)));
    expect(labels).toContain('≥5000亿元 · 2030');
    expect(labels).toContain('300亿元–500亿元 · 2027');
  });
  it('puts the labels of a row’s marks above and below in turn, so close values stay legible', () => {
    type P = { value: [number, string, number]; label: { position: string } };
    const beijing = (spec.option.series as { data: P[] }[]).flatMap((s) => s.data).filter((d) => d.value[1] === '北京市')
      .sort((a, b) => a.value[0] - b.value[0]);
    expect(beijing.map((d) => d.label.position)).toEqual(['top', 'bottom']);
  });
  it('runs labels near the axis start rightwards and near its end leftwards', () => {
    expect(labelAlign(0, 100)).toBe('left');
    expect(labelAlign(50, 100)).toBe('center');
    expect(labelAlign(100, 100)).toBe('right');
  });
  it('joins a region’s 2025 and 2030 marks and draws a range as a bar', () => {
    const lines = series.flatMap((s) => s.markLine.data) as { coord: [number, string] }[][];
    expect(lines).toContainEqual([expect.objectContaining({ coord: [2000e8, '北京市'] }), { coord: [5000e8, '北京市'] }]);
    expect(lines).toContainEqual([expect.objectContaining({ coord: [300e8, '浙江省'] }), { coord: [500e8, '浙江省'] }]);
  });
  it('carries the exact wording and quote in the tooltip and the table, escaped', () => {
    const formatter = (spec.option.tooltip as { formatter: (p: object) => string }).formatter;
    const first = series[0].data[0];
    const mark = panel.marks[first.value[2]];
    const html = formatter({ componentType: 'series', value: first.value });
    expect(html).toContain(mark.row.target.source.quote);
    expect(html).toContain(mark.row.target.indicator);
    expect(spec.table.rows).toHaveLength(panel.marks.length);
    const csv = Papa.parse<string[]>(tableToCsv(spec.table).slice(1), { skipEmptyLines: true });
    expect(csv.errors).toEqual([]);
    expect(csv.data.slice(1).map((r) => r[0])).toEqual(spec.table.rows.map((r) => r[0]));
  });
  it('names regions in the interface language while the axis keeps the data’s names', () => {
    const english = indicatorCompareOption({ panel, title: 't', colourBy: 'year', indicatorName: (k) => k, mode: 'none', language: 'en', t: translator('en'), regionName: (n) => `EN:${n}` });
    expect(english.table.rows.map((r) => r[0])).toEqual(spec.table.rows.map((r) => `EN:${r[0]}`));
    const axis = english.option.yAxis as { data: string[]; axisLabel: { formatter: (v: string) => string } };
    expect(axis.data).toEqual(panel.regions);
    expect(axis.axisLabel.formatter('北京市')).toBe('EN:北京市');
    expect(english.table.rows.flat().join(' ')).toContain('200 billion yuan');
  });
  it('tells family members apart by colour and legend', () => {
    const family = compareIndicator(applyFilters(rows, { ...NO_FILTERS, family: 'data-economy' }), options()).panels[0];
    const names = { 'data-industry-scale': '数据产业规模', 'data-market-scale': '数据要素市场规模' } as Record<string, string>;
    const familySpec = indicatorCompareOption({ panel: family, title: 'f', colourBy: 'indicator', indicatorName: (k) => names[k], mode: 'none', language: 'zh', t });
    expect((familySpec.option.series as S[]).map((s) => s.name).sort()).toEqual(Object.values(names).sort());
    expect((familySpec.option.legend as { show: boolean }).show).toBe(true);
  });
});

describe('values in words on each scale', () => {
  it('writes Chinese and English amounts, derived ones labelled', () => {
    expect(scaledQuantity(5e11, 'CNY', 'none', 'zh')).toBe('5000亿元');
    expect(scaledQuantity(30000, 'count', 'none', 'zh', '件')).toBe('3万件');
    expect(scaledQuantity(5e11 / 2487.45, 'CNY', 'perCapita', 'zh')).toBe('2.01亿元/万人');
    expect(scaledQuantity(10.5894, 'CNY', 'gdpShare', 'en')).toBe('10.6% of GDP');
    const mark = compareIndicator(only('data-industry-scale'), options()).panels[1].marks.find((m) => m.region === '贵阳市')!;
    expect(markValueText(mark, 'CNY', 'none', 'zh')).toBe('≈200亿元');
  });
});

describe('the scale reference', () => {
  it('covers the 31 provinces once each, every figure cited, with totals near the national ones', () => {
    expect(reference.provinces).toHaveLength(31);
    expect(reference.provinces.every((p) => p.population.source.includes('统计公报') && p.gdp.source.includes('统计公报'))).toBe(true);
    const people = reference.provinces.reduce((n, p) => n + p.population.value, 0);
    const gdp = reference.provinces.reduce((n, p) => n + p.gdp.value, 0);
    // national 2023: 140967万 residents (incl. the armed forces), GDP about 126万亿元
    expect(people).toBeGreaterThan(139000);
    expect(people).toBeLessThan(141000);
    expect(gdp).toBeGreaterThan(1.2e6);
    expect(gdp).toBeLessThan(1.3e6);
  });
  it('says of every figure whether it was checked, and against which page', () => {
    const figures = reference.provinces.flatMap((p) => [p.population, p.gdp]);
    const unmarked = figures.filter((f) => !/ \(checked, see docs\/province-reference-check\.md(, derived from .+)?\)$| \(not verified against a source\)$/.test(f.source));
    expect(unmarked.map((f) => f.source)).toEqual([]);
  });
  it('refuses a table with a missing province or a figure without a source', () => {
    const broken = { ...reference, provinces: reference.provinces.slice(1) };
    expect(ProvinceReferenceSchema.safeParse(broken).success).toBe(false);
    const unsourced = { ...reference, provinces: reference.provinces.map((p, i) => (i ? p : { ...p, gdp: { value: p.gdp.value, source: '' } })) };
    const result = ProvinceReferenceSchema.safeParse(unsourced);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(['provinces', 0, 'gdp', 'source']);
  });
  it('derives per 10,000 residents and share of GDP, and only where it means something', () => {
    const beijing = figuresFor(reference, '110000')!;
    expect(scaleValue(beijing.population.value * 3, 'count', 'perCapita', beijing)).toBeCloseTo(3, 9);
    expect(scaleValue(beijing.gdp.value * 1e8 / 10, 'CNY', 'gdpShare', beijing)).toBeCloseTo(10, 9);
    expect(scaleValue(5, 'count', 'gdpShare', beijing)).toBeNull();
    expect(scaleValue(5, 'CNY', 'perCapita', undefined)).toBeNull();
    expect(scaleModesFor('percent')).toEqual(['none']);
    expect(figuresFor(reference, '330100')).toBeUndefined();
  });
});

describe('the region × indicator matrix', () => {
  const matrix = regionIndicatorMatrix(rows);
  it('has the indicators two or more regions target as columns, and cells equal to the records', () => {
    const holders = new Map<string, Set<string>>();
    for (const s of KEYED_SPECS) if (s.key && s.region.level !== 'unresolved') holders.set(s.key, (holders.get(s.key) ?? new Set()).add(s.region.name));
    expect(new Set(matrix.columns)).toEqual(new Set([...holders].filter(([, r]) => r.size >= 2).map(([k]) => k)));
    for (const cell of matrix.cells) {
      const records = rows.filter((r) => r.target.region.name === cell.region && r.target.indicatorKey === cell.indicatorKey);
      expect(cell.rows.map((r) => r.target.id).sort()).toEqual(records.map((r) => r.target.id).sort());
      expect(cell.shown.target.deadline?.year).toBe(Math.max(...records.map((r) => r.target.deadline?.year ?? 0)));
    }
  });
  it('draws every cell once with its status colour and maps a click back to the cell', () => {
    const spec = matrixOption({ matrix, title: '矩阵', indicatorName: (k) => k, language: 'zh', t });
    type S = { name: string; data: { name: string; value: [number, number] }[] };
    const series = spec.option.series as S[];
    const drawn = series.flatMap((s) => s.data).filter((d) => matrixCellIndex(d.name) !== null);
    expect(drawn).toHaveLength(matrix.cells.length);
    const empty = series.flatMap((s) => s.data).filter((d) => d.name === 'empty:');
    expect(drawn.length + empty.length).toBe(matrix.regions.length * matrix.columns.length);
    for (const d of drawn) {
      const cell = matrix.cells[matrixCellIndex(d.name)!];
      expect(d.value).toEqual([matrix.columns.indexOf(cell.indicatorKey), matrix.regions.indexOf(cell.region)]);
    }
    expect(spec.table.rows.map((r) => r[0])).toEqual(matrix.regions);
    const grid = spec.option.grid as { left: number; top: number; width: number };
    expect(grid).toMatchObject({ left: MATRIX_LAYOUT.left, top: MATRIX_LAYOUT.top, width: matrixCellWidth(matrix.columns.length) * matrix.columns.length });
  });
});
