import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/app/i18n';
import { countsOption } from '../../src/charts/counts-option';
import { decorateForExport } from '../../src/charts/export-decoration';
import { tileMapOption } from '../../src/charts/tile-map-option';
import { timelineOption } from '../../src/charts/timeline-option';
import { PROVINCE_TILES, provinceOf } from '../../src/data/provinces';
import { indexRows, timelinePoints } from '../../src/data/selectors';
import { CSV_COLUMNS, recordsToCsv } from '../../src/export/records';
import { makeDataset } from '../support/fixtures';

const t = translator('zh');
const dataset = makeDataset(60);
const rows = indexRows(dataset, '2026-11-22', provinceOf);
type Series = { type: string; data: unknown[]; markLine?: { data: { xAxis: string }[] }; markArea?: { data: unknown[] } };

describe('timeline option', () => {
  const points = timelinePoints(rows, 'region');
  const spec = timelineOption(points, '2026-11-22', '时间线', '地区', t);
  it('puts a line at today and bands for plan periods', () => {
    const first = (spec.option.series as Series[])[0];
    expect(first.markLine?.data[0].xAxis).toBe('2026-11-22');
    expect(first.markArea?.data.length).toBeGreaterThanOrEqual(2);
  });
  it('splits points by status and keeps every dated target', () => {
    const series = spec.option.series as Series[];
    expect(series.map((s) => s.type)).toEqual(['scatter', 'scatter', 'scatter']);
    expect(series.reduce((n, s) => n + s.data.length, 0)).toBe(points.length);
    expect(spec.table.rows).toHaveLength(points.length);
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
  it('draws title, filters, version and source into an exported chart', () => {
    const spec = countsOption(rows, '各地区', t);
    const { option, height } = decorateForExport(spec.option, { title: '各地区', filters: '筛选: 全部', version: 'v1', source: '来源' }, spec.height);
    expect(height).toBeGreaterThan(spec.height);
    expect(option.title).toMatchObject({ text: '各地区', subtext: '筛选: 全部' });
    expect(JSON.stringify(option.graphic)).toContain('来源 · v1');
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
