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

type KeyedSpec = { region: Target['region']; key: string | null; value: number; valueMax?: number; unit: string; factor: number; base: string; year: number | null; comparator?: Target['comparator']; indicator: string };

const PLACES = {
  北京: { name: '北京市', level: 'province', code: '110000' }, 上海: { name: '上海市', level: 'province', code: '310000' },
  浙江: { name: '浙江省', level: 'province', code: '330000' }, 杭州: { name: '杭州市', level: 'city', code: '330100' },
  贵阳: { name: '贵阳市', level: 'city', code: '520100' }, 未识别: { name: '未识别', level: 'unresolved', code: null },
} as const satisfies Record<string, Target['region']>;

/** Records keyed to canonical indicators: one held by several provinces and cities, with two deadlines, a range, repeats and an unresolved region. */
export const KEYED_SPECS: readonly KeyedSpec[] = [
  { region: PLACES.北京, key: 'data-industry-scale', value: 2000, unit: '亿元', factor: 1e8, base: 'CNY', year: 2025, indicator: '数据产业规模' },
  { region: PLACES.北京, key: 'data-industry-scale', value: 5000, unit: '亿元', factor: 1e8, base: 'CNY', year: 2030, indicator: '数据产业规模' },
  { region: PLACES.北京, key: 'data-industry-scale', value: 1500, unit: '亿元', factor: 1e8, base: 'CNY', year: 2025, indicator: '数据产业总规模' },
  { region: PLACES.上海, key: 'data-industry-scale', value: 5000, unit: '亿元', factor: 1e8, base: 'CNY', year: 2025, indicator: '数据产业规模' },
  { region: PLACES.浙江, key: 'data-industry-scale', value: 300, valueMax: 500, unit: '亿元', factor: 1e8, base: 'CNY', year: 2027, comparator: 'range', indicator: '数据产业规模' },
  { region: PLACES.杭州, key: 'data-industry-scale', value: 1000, unit: '亿元', factor: 1e8, base: 'CNY', year: 2025, indicator: '数据产业规模' },
  { region: PLACES.贵阳, key: 'data-industry-scale', value: 200, unit: '亿元', factor: 1e8, base: 'CNY', year: 2025, comparator: '~', indicator: '数据产业规模' },
  { region: PLACES.未识别, key: 'data-industry-scale', value: 100, unit: '亿元', factor: 1e8, base: 'CNY', year: 2025, indicator: '数据产业规模' },
  { region: PLACES.北京, key: 'data-market-scale', value: 2000, unit: '亿元', factor: 1e8, base: 'CNY', year: 2030, indicator: '数据要素市场规模' },
  { region: PLACES.上海, key: 'data-market-scale', value: 1000, unit: '亿元', factor: 1e8, base: 'CNY', year: 2025, indicator: '数据要素市场规模' },
  { region: PLACES.北京, key: 'srdi-enterprises', value: 1000, unit: '家', factor: 1, base: 'count', year: 2025, indicator: '专精特新中小企业' },
  { region: PLACES.杭州, key: 'srdi-enterprises', value: 800, unit: '家', factor: 1, base: 'count', year: 2025, indicator: '专精特新中小企业' },
  { region: PLACES.北京, key: 'digital-core-share', value: 10, unit: '%', factor: 1, base: 'percent', year: 2025, indicator: '数字经济核心产业增加值占GDP比重' },
  { region: PLACES.上海, key: null, value: 3, unit: '个', factor: 1, base: 'count', year: 2025, indicator: '建设服务平台' },
];

export const KEYED_INDICATORS: Dataset['indicators'] = [
  { key: 'data-industry-scale', family: 'data-economy', zh: '数据产业规模', en: 'Data industry size', baseUnit: 'CNY', topic: 'data-market' },
  { key: 'data-market-scale', family: 'data-economy', zh: '数据要素市场规模', en: 'Data market size', baseUnit: 'CNY', topic: 'data-market' },
  { key: 'srdi-enterprises', family: 'enterprises', zh: '专精特新中小企业', en: 'Specialised SMEs', baseUnit: 'count', topic: 'enterprises' },
  { key: 'digital-core-share', family: 'digital-economy', zh: '数字经济核心产业增加值占GDP比重', en: 'Core digital economy share of GDP', baseUnit: 'percent', topic: 'digital-economy' },
];

export function makeKeyedDataset(): Dataset {
  const documents: PolicyDocument[] = Object.values(PLACES).map((region, i) => ({
    id: `kdoc-${i}`, title: `${region.name}数据产业发展行动方案`, region: region.name, regionCode: region.code, level: region.level,
    section: '地方新政', file: `keyed-${i}.txt`, line: 1, published: '2024-03-01', isPolicy: true, planPeriod: null,
  }));
  const targets: Target[] = KEYED_SPECS.map((spec, n) => {
    const doc = documents.find((d) => d.region === spec.region.name)!;
    const written = `${spec.value}${spec.valueMax ? `—${spec.valueMax}` : ''}${spec.unit}`;
    return {
      id: id(1000 + n), kind: 'target', indicator: spec.indicator, indicatorKey: spec.key, topic: 'data-market',
      value: spec.value, valueMax: spec.valueMax ?? null, unit: spec.unit,
      normalized: { value: spec.value * spec.factor, valueMax: spec.valueMax ? spec.valueMax * spec.factor : null, unit: spec.base },
      comparator: spec.comparator ?? '>=', deadline: spec.year === null ? null : { year: spec.year, date: null },
      region: { ...spec.region }, documentId: doc.id, strength: null, baselineYear: null, cumulative: false, annual: false,
      source: { file: doc.file, line: 10 + n, quote: `到${spec.year}年，${spec.indicator}达到${written}`, context: `到${spec.year}年，${spec.indicator}达到${written}。`, alsoLines: [] },
    };
  });
  return { schemaVersion: 2, version: '0123456789ab', documents, indicators: KEYED_INDICATORS, targets, observations: [] };
}
