import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/app/i18n';
import { countsOption } from '../../src/charts/counts-option';
import { decorateForExport, exportSize, sourceLine } from '../../src/charts/export-decoration';
import { tableToCsv } from '../../src/export/table-csv';
import { tileMapOption } from '../../src/charts/tile-map-option';
import { lanePositions, lanesOption, timelineLanes, timelineOption } from '../../src/charts/timeline-option';
import { PROVINCE_TILES, provinceOf } from '../../src/data/provinces';
import { applyFilters, indexRows, timelineItems } from '../../src/data/selectors';
import { NO_FILTERS } from '../../src/data/filters';
import { CSV_COLUMNS, recordsToCsv } from '../../src/export/records';
import { makeDataset } from '../support/fixtures';
import { timelineMarks } from '../support/timeline-marks';

const t = translator('zh');
const dataset = makeDataset(60);
const rows = indexRows(dataset, '2026-11-22', provinceOf);
type Series = { type: string; data: unknown[]; markLine?: { data: { xAxis: string }[] }; markArea?: { data: unknown[] } };

describe('timeline option', () => {
  const items = timelineItems(rows, 'region');
  const spec = timelineOption(items, { title: '时间线', groupLabel: '地区', asOf: '2026-11-22', t, language: 'zh', groupName: (g) => g });
  const series = spec.option.series as Series[];
  const drawn = timelineMarks(spec);
  it('puts a line at the as-of date and bands for plan periods', () => {
    expect(series[0].markLine?.data[0].xAxis).toBe(Date.parse('2026-11-22T00:00:00Z'));
    expect(series[0].markArea?.data.length).toBeGreaterThanOrEqual(2);
  });
  it('draws every dated target as its own row, once', () => {
    expect(drawn).toHaveLength(items.length);
    expect(new Set(drawn.map((d) => d.value[3])).size).toBe(items.length);
    expect(new Set(drawn.map((d) => d.id))).toEqual(new Set(items.map((i) => i.row.target.id)));
    // a mark's row is its record's row
    for (const mark of drawn) expect(items[mark.value[3]].row.target.id).toBe(mark.id);
    expect(spec.table.rows).toHaveLength(items.length);
    expect(spec.records).toHaveLength(items.length);
  });
  it('steps through the rows top to bottom by keyboard', () => {
    const order = spec.marks!.order();
    expect(order).toHaveLength(items.length);
    expect(order.map(({ seriesIndex, dataIndex }) => spec.marks!.id(seriesIndex, dataIndex))).toEqual(items.map((i) => i.row.target.id));
  });
  it('draws a year-only deadline as that whole year and names it as a year', () => {
    const index = items.findIndex((i) => i.deadline.date === null);
    const year = items[index].deadline.year;
    const mark = drawn.find((d) => d.value[3] === index)!;
    expect(mark.value.slice(1, 3)).toEqual([Date.parse(`${year}-01-01T00:00:00Z`), Date.parse(`${year + 1}-01-01T00:00:00Z`)]);
    expect(spec.table.rows[index]).toContain(`${year}年`);
    expect(spec.table.rows.flat().join(' ')).not.toContain(`${year}-12-31`);
    const tooltip = (spec.option.tooltip as { formatter: (p: { seriesIndex: number; dataIndex: number }) => string }).formatter(mark);
    expect(tooltip).toContain(`截止 ${year}年`);
    expect(tooltip).toContain(items[index].row.target.indicator);
  });
  it('draws the lanes a filter keeps exactly as a chart of the filtered items', () => {
    const lanes = timelineLanes(items);
    expect(lanePositions(lanes, rows.length, rows)).toBeNull();
    for (const filters of [{ region: '浙江省' }, { q: '专精特新' }, { q: '没有这个词' }]) {
      const filtered = applyFilters(rows, { ...NO_FILTERS, ...filters });
      const picked = lanesOption(lanes, lanePositions(lanes, rows.length, filtered), { title: '时间线', groupLabel: '地区', asOf: '2026-11-22', t, language: 'zh', groupName: (g) => `«${g}»` });
      const direct = timelineOption(timelineItems(filtered, 'region'), { title: '时间线', groupLabel: '地区', asOf: '2026-11-22', t, language: 'zh', groupName: (g) => `«${g}»` });
      expect(timelineMarks(picked)).toEqual(timelineMarks(direct));
      expect(picked.records).toEqual(direct.records);
      expect(picked.table.rows).toEqual(direct.table.rows);
      const labels = (spec: typeof picked) => (spec.option.yAxis as { axisLabel: { formatter: (v: number) => string } }).axisLabel.formatter;
      for (let row = 0; row < direct.records!.length; row++) expect(labels(picked)(row)).toBe(labels(direct)(row));
    }
  });
  it('keeps the screen light past a few hundred rows with a scroll window, and exports its first window', () => {
    const many = timelineItems(indexRows(makeDataset(5000), '2026-11-22', provinceOf), 'region');
    const big = timelineOption(many, { title: 'x', groupLabel: 'x', asOf: '2026-11-22', t, language: 'en', groupName: (g) => g });
    expect(big.option.dataZoom).toBeDefined();
    expect(big.height).toBeLessThan(1200);
    expect(timelineMarks(big)).toHaveLength(many.length);
    expect(big.exportOption!.height).toBe(big.height);
    const exported = timelineMarks(big, big.exportOption!.option).map((m) => m.value[3]).sort((a, b) => a - b);
    expect(exported).toEqual(Array.from({ length: 40 }, (_, row) => row));
  });
});

describe('counts and tile map options', () => {
  it('counts by region stacked by kind', () => {
    const spec = countsOption(rows, '各地区', t);
    const series = spec.option.series as Series[];
    const total = series.flatMap((s) => s.data as number[]).reduce((a, b) => a + b, 0);
    expect(total).toBe(rows.length);
  });
  it('colours one tile per province by its count', () => {
    const counts = new Map([['浙江省', 12], ['北京市', 3]]);
    const spec = tileMapOption(PROVINCE_TILES, counts, '地区', t);
    const data = (spec.option.series as Series[])[0].data as { name: string; value: number[] }[];
    expect(data).toHaveLength(34);
    expect(data.find((d) => d.name === '浙江省')?.value[2]).toBe(12);
    expect(new Set(PROVINCE_TILES.map((p) => `${p.row},${p.column}`)).size).toBe(34);
  });
});

describe('exports', () => {
  it('draws title, filters, count, version and source into an exported chart', () => {
    const spec = countsOption(rows, '各地区', t);
    const meta = { title: '各地区', filters: '筛选：地区：浙江省', count: '图中绘制：60 条记录', version: 'v1', source: '来源：《甲》' };
    const option = decorateForExport(spec.option, meta, exportSize('slide', spec.height, 800));
    expect(option.title).toMatchObject({ text: '各地区', subtext: '筛选：地区：浙江省\n图中绘制：60 条记录' });
    expect(JSON.stringify(option.graphic)).toContain('来源：《甲》\\nv1');
  });
  it('sizes slides at 16:9 and 4:3, at least 1920×1080 pixels, growing with tall charts', () => {
    for (const chartHeight of [200, 600, 1800]) {
      const slide = exportSize('slide', chartHeight, 800);
      expect(slide.width / slide.height).toBeCloseTo(16 / 9, 2);
      expect(slide.width * slide.pixelRatio).toBeGreaterThanOrEqual(1920);
      expect(slide.height * slide.pixelRatio).toBeGreaterThanOrEqual(1080);
      expect(slide.height).toBeGreaterThanOrEqual(chartHeight);
      const standard = exportSize('standard', chartHeight, 800);
      expect(standard.width / standard.height).toBeCloseTo(4 / 3, 2);
      expect(standard.height * standard.pixelRatio).toBeGreaterThanOrEqual(1080);
    }
    expect(exportSize('screen', 300, 640).width).toBe(640);
  });
  it('names the documents of the plotted records, most used first, in the interface language', () => {
    const zh = sourceLine(rows, 'zh', '来源');
    const first = rows[0].document!;
    expect(zh).toMatch(/^来源：《/);
    expect(zh).toContain(`（${first.region}，${first.published}）`);
    expect(zh).toContain(`等 ${dataset.documents.length} 份文件`);
    expect(sourceLine(rows, 'en', 'x')).toMatch(/^Source: 《.*and 3 more documents$/);
    expect(sourceLine([], 'zh', '来源：数据集')).toBe('来源：数据集');
  });
  it('writes a chart table as CSV with a BOM, formulas neutralised', () => {
    const csv = tableToCsv({ columns: ['地区', '数值'], rows: [['浙江省', 3], ['=1+1', 2]] });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.data).toEqual([['地区', '数值'], ['浙江省', '3'], ["'=1+1", '2']]);
  });
  it('writes CSV with a BOM that round-trips through PapaParse with Chinese intact', () => {
    const csv = recordsToCsv(dataset.targets, new Map(dataset.documents.map((d) => [d.id, d.title])));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(parsed.data).toHaveLength(dataset.targets.length);
    expect(parsed.data[0].quote).toBe(dataset.targets[0].source.quote);
    expect(parsed.data[0].document).toContain('行动方案');
  });
});

describe('tracked option', () => {
  it('shows share achieved coloured by pace, with dataset text escaped in the tooltip', async () => {
    const { trackedOption, PACE_COLORS } = await import('../../src/charts/tracked-option');
    const spec = trackedOption([{ label: '<img src=x onerror=alert(1)> 指标', share: 0.4, pace: 'behind' }, { label: '专利', share: 1.1, pace: 'achieved' }], '跟踪', t);
    const data = (spec.option.series as { data: { value: number; itemStyle: { color: string } }[] }[])[0].data;
    expect(data.map((d) => d.value)).toEqual([40, 110]);
    expect(data[0].itemStyle.color).toBe(PACE_COLORS.behind);
    const formatter = (spec.option.tooltip as { formatter: (p: { dataIndex: number }) => string }).formatter;
    expect(formatter({ dataIndex: 0 })).not.toContain('<img');
    expect(formatter({ dataIndex: 0 })).toContain('&#60;img');
  });
});
