// Records whose text names no jurisdiction carry the unresolved region: the app validates them,
// filters them by level, names them 未识别 / Unresolved, and never places them on the map.
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/app/i18n';
import { tileMapOption } from '../../src/charts/tile-map-option';
import { parseFilters } from '../../src/data/filters';
import { PROVINCE_TILES, provinceOf } from '../../src/data/provinces';
import { applyFilters, countBy, indexRows } from '../../src/data/selectors';
import { UNRESOLVED } from '../../src/domain/regions';
import { DatasetSchema } from '../../src/domain/schema';
import { regionLabel } from '../../src/views/format';
import { makeDataset } from '../support/fixtures';

const TODAY = '2026-11-22';

function withUnresolved() {
  const dataset = makeDataset(24);
  const targets = dataset.targets.map((target, index) => (index % 4 === 0 ? { ...target, region: { ...UNRESOLVED } } : target));
  return { ...dataset, targets };
}

describe('unresolved region in the app', () => {
  const dataset = withUnresolved();
  const unresolvedCount = dataset.targets.filter((t) => t.region.level === 'unresolved').length;
  const rows = indexRows(dataset, TODAY, provinceOf);

  it('is a valid region of the dataset schema', () => {
    expect(unresolvedCount).toBeGreaterThan(0);
    expect(DatasetSchema.safeParse(dataset).success).toBe(true);
  });

  it('groups as its own region, not as 全国 or a province', () => {
    const provinces = countBy(rows, (r) => r.province);
    expect(provinces.find((p) => p.key === UNRESOLVED.name)?.count).toBe(unresolvedCount);
    expect(provinces.find((p) => p.key === '全国')?.count).toBe(dataset.targets.filter((t) => t.region.level === 'national').length);
    expect(rows.filter((r) => r.target.region.level === 'unresolved').every((r) => r.province === UNRESOLVED.name)).toBe(true);
  });

  it('can be chosen by level and by region in the filters', () => {
    const byLevel = parseFilters(new URLSearchParams('level=unresolved'));
    expect(byLevel.level).toBe('unresolved');
    expect(applyFilters(rows, byLevel)).toHaveLength(unresolvedCount);
    const byRegion = parseFilters(new URLSearchParams(`region=${encodeURIComponent(UNRESOLVED.name)}`));
    expect(applyFilters(rows, byRegion)).toHaveLength(unresolvedCount);
  });

  it('is never placed on the province map nor sets its colour scale', () => {
    const counts = new Map<string, number>([['浙江省', 3], [UNRESOLVED.name, 500]]);
    const spec = tileMapOption(PROVINCE_TILES, counts, '地区', translator('zh'));
    const series = (spec.option as { series: { data: { name: string }[] }[]; visualMap: { max: number } });
    expect(series.series[0].data.map((d) => d.name)).not.toContain(UNRESOLVED.name);
    expect(series.visualMap.max).toBe(3);
  });

  it('is named as unresolved in either language', () => {
    expect(regionLabel(UNRESOLVED.name, translator('zh'))).toBe('未识别');
    expect(regionLabel(UNRESOLVED.name, translator('en'), (name) => `en:${name}`)).toBe('Unresolved');
    expect(regionLabel('杭州市', translator('en'), (name) => `en:${name}`)).toBe('en:杭州市');
    expect(regionLabel('杭州市', translator('zh'))).toBe('杭州市');
  });
});
