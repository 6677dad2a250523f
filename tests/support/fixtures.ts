// Small datasets built in code for unit tests and benchmarks: records differ in region, unit,
// kind and deadline so selectors and chart builders have something to sort and split.
import { createHash } from 'node:crypto';
import type { Dataset, PolicyDocument, Target } from '../../src/domain/schema';

const REGIONS = [
  { name: '北京市', level: 'province', code: '110000' }, { name: '浙江省', level: 'province', code: '330000' },
  { name: '杭州市', level: 'city', code: '330100' }, { name: '全国', level: 'national', code: '000000' },
  { name: '上海市', level: 'province', code: '310000' }, { name: '贵阳市', level: 'city', code: '520100' },
] as const;
const UNITS = [
  { unit: '亿元', base: 'CNY', factor: 1e8 }, { unit: '家', base: 'count', factor: 1 }, { unit: '%', base: 'percent', factor: 1 },
  { unit: '万元', base: 'CNY', factor: 1e4 },
] as const;

const id = (n: number): string => createHash('sha1').update(String(n)).digest('hex').slice(0, 12);

export function makeDataset(count: number): Dataset {
  const documents: PolicyDocument[] = REGIONS.map((region, i) => ({
    id: `doc-${i}`, title: `${region.name}数字经济发展行动方案（2023—2025年）`, region: region.name, regionCode: region.code, level: region.level,
    section: '地方新政', file: `seed-${i}.txt`, line: 10, published: '2023-08-18', isPolicy: true, planPeriod: { start: 2023, end: 2025 },
  }));
  const targets: Target[] = [];
  for (let n = 0; n < count; n++) {
    const region = REGIONS[n % REGIONS.length];
    const unit = UNITS[n % UNITS.length];
    const kind = unit.unit === '万元' ? 'incentive' : 'target';
    const value = 10 + ((n * 37) % 900);
    const year = 2022 + (n % 9);
    targets.push({
      id: id(n), kind, indicatorKey: null, indicator: `${['数据产业规模', '专精特新企业', '算力占比', '补贴上限'][n % 4]}${n % 13}`, topic: ['data-market', 'enterprises', 'computing', 'funding'][n % 4],
      value, valueMax: null, unit: unit.unit, normalized: { value: value * unit.factor, valueMax: null, unit: unit.base },
      comparator: kind === 'incentive' ? '<=' : '>=', deadline: n % 7 === 0 ? null : { year, date: n % 3 === 0 ? `${year}-12-31` : null },
      region: { ...region }, documentId: `doc-${n % REGIONS.length}`, strength: null, baselineYear: null, cumulative: false, annual: false,
      source: { file: `seed-${n % REGIONS.length}.txt`, line: 20 + n, quote: `到${year}年，指标${n}达到${value}${unit.unit}`, context: `段落：到${year}年，指标${n}达到${value}${unit.unit}。`, alsoLines: [] },
    });
  }
  return { schemaVersion: 2, version: 'abcdef012345', documents, indicators: [], targets, observations: [] };
}
