// The indicator catalogue, entry by entry: every example phrase keys to its own entry, near-misses
// key to another measure or to none, keys are unique, and every family and topic exists.
import { describe, expect, it } from 'vitest';
import { FAMILIES, INDICATORS, indicatorByKey, keyIndicator, toIndicatorEntry } from '../../src/domain/indicators';
import { TOPICS } from '../../src/domain/topics';
import { indicatorReport, reportFigures } from '../../extract/indicators-report';
import { runPipeline } from '../../extract/run-pipeline';

describe('the indicator catalogue', () => {
  it('holds at least 80 indicators with unique keys', () => {
    expect(INDICATORS.length).toBeGreaterThanOrEqual(80);
    expect(new Set(INDICATORS.map((i) => i.key)).size).toBe(INDICATORS.length);
  });

  it('names a family and a topic that exist for every entry', () => {
    const families = new Set(FAMILIES.map((f) => f.key));
    const topics = new Set<string>([...TOPICS.map((t) => t.id), 'other']);
    for (const indicator of INDICATORS) {
      expect(families.has(indicator.family), `${indicator.key}: family ${indicator.family}`).toBe(true);
      expect(topics.has(indicator.topic), `${indicator.key}: topic ${indicator.topic}`).toBe(true);
    }
  });

  it('uses every family', () => {
    const used = new Set(INDICATORS.map((i) => i.family));
    expect(FAMILIES.filter((f) => !used.has(f.key)).map((f) => f.key)).toEqual([]);
  });

  it('puts 数据产业规模, 数据要素市场规模, 数据交易额 and 数据安全产业规模 in one family as four indicators', () => {
    const keys = ['数据产业规模', '数据要素市场规模', '数据交易额', '数据安全产业规模'].map((p) => keyIndicator(p, 'CNY'));
    expect(new Set(keys).size).toBe(4);
    expect(keys.map((k) => (k ? indicatorByKey(k)?.family : null))).toEqual(['data-economy', 'data-economy', 'data-economy', 'data-economy']);
  });

  it('carries no matching rules into a dataset entry', () => {
    const entry = toIndicatorEntry(INDICATORS[0]);
    expect(Object.keys(entry).sort()).toEqual(['baseUnit', 'en', 'family', 'key', 'topic', 'zh']);
  });
});

describe.each(INDICATORS.map((i) => [i.key, i] as const))('%s', (key, indicator) => {
  it('has at least one example', () => {
    expect(indicator.examples.length).toBeGreaterThan(0);
  });
  it.each(indicator.examples.map((e) => [e]))('keys %s to it', (example) => {
    expect(keyIndicator(example, indicator.baseUnit, { kind: indicator.kind ?? 'target' })).toBe(key);
  });
});

/** Near-misses: phrases that look like an entry but measure something else (or nothing in the catalogue). */
const NEAR_MISSES: readonly [phrase: string, baseUnit: string, expected: string | null][] = [
  ['数据要素市场规模', 'CNY', 'data-factor-market-scale'],
  ['数据产业规模', 'CNY', 'data-industry-scale'],
  ['大数据产业规模', 'CNY', 'big-data-industry-scale'],
  ['数据安全产业规模', 'CNY', 'data-security-industry-scale'],
  ['数字经济核心产业增加值占GDP比重', 'percent', 'core-digital-industry-gdp-share'],
  ['数字经济核心产业增加值', 'CNY', 'core-digital-industry-value-added'],
  ['数字经济核心产业增加值', 'percent', null],
  ['数字经济核心产业增加值年均增长', 'percent', 'core-digital-industry-growth'],
  ['数字经济增加值占GDP比重', 'percent', 'digital-economy-gdp-share'],
  ['每万人口发明专利拥有量', 'count', 'invention-patents-per-10k'],
  ['每万人口高价值发明专利拥有量', 'count', 'high-value-invention-patents-per-10k'],
  ['有效发明专利拥有量', 'count', 'invention-patent-stock'],
  ['每万人拥有5G基站数', 'count', '5g-base-stations-per-10k'],
  ['5G基站', 'count', '5g-base-stations'],
  ['5G用户普及率', 'percent', '5g-user-penetration'],
  ['智能算力占比', 'percent', 'intelligent-computing-share'],
  ['智能算力规模', 'PFLOPS', 'intelligent-computing-scale'],
  ['算力总规模', 'PFLOPS', 'computing-power-scale'],
  ['算力总规模', 'percent', null],
  ['全市可开放算力规模', 'PFLOPS', null],
  ['人工智能核心产业规模', 'CNY', 'ai-core-industry-scale'],
  ['人工智能产业规模', 'CNY', 'ai-industry-scale'],
  ['专精特新“小巨人”企业', 'count', 'little-giants'],
  ['专精特新中小企业', 'count', 'specialised-smes'],
  ['数据类专精特新企业', 'count', null],
  ['潜在独角兽企业', 'count', null],
  ['国家制造业创新中心', 'count', 'national-manufacturing-innovation-centres'],
  ['省制造业创新中心', 'count', 'manufacturing-innovation-centres'],
  ['制造业创新中心攻克产业共性技术', 'count', null],
  ['软件和信息技术服务业等重点产业营业收入增长', 'percent', null],
  ['软件业务收入百强奖励', 'CNY', null],
  ['电子信息制造业营业收入', 'CNY', 'electronics-manufacturing-revenue'],
  ['电子信息产业规模', 'CNY', 'electronic-information-industry-scale'],
  ['工业互联网标识解析二级节点', 'count', 'industrial-internet-identifier-nodes'],
  ['工业互联网平台连接设备', 'count', null],
  ['数据中心平均上架率', 'percent', 'data-centre-utilisation'],
  ['政务服务事项全程网办率', 'percent', 'full-online-processing-rate'],
  ['政务服务事项网上可办率', 'percent', 'online-service-availability'],
  ['实物商品网上零售额占社会消费品零售总额比重', 'percent', 'online-retail-share'],
  ['农产品网络零售额', 'CNY', 'rural-online-retail'],
  ['群众满意度', 'percent', null],
  ['关键业务环节全面数字化的大型制造企业比例', 'percent', null],
  ['每万人口新一代信息技术产业发明专利拥有量', 'count', 'ngit-invention-patents-per-10k'],
  ['高新技术产业产值占规上工业总产值比重', 'percent', 'high-tech-industry-output-share'],
  ['打造品牌数据产品', 'count', null],
  ['研发投入强度', 'percent', 'rd-intensity'],
  ['企业研发投入强度', 'percent', null],
  ['高技能人才占技能人才的比例', 'percent', 'high-skilled-talent-share'],
];

describe('near-misses', () => {
  it.each(NEAR_MISSES)('%s (%s) → %s', (phrase, baseUnit, expected) => {
    expect(keyIndicator(phrase, baseUnit, { kind: 'target' })).toBe(expected);
  });

  it('keys a target only to an outcome and an incentive only to a support instrument', () => {
    expect(keyIndicator('“算力券”总额', 'CNY', { kind: 'incentive' })).toBe('computing-vouchers');
    expect(keyIndicator('“算力券”总额', 'CNY', { kind: 'target' })).toBeNull();
    expect(keyIndicator('数据产业规模', 'CNY', { kind: 'incentive' })).toBeNull();
  });
});

describe('the quote as context', () => {
  it('reads a quote that states one amount when the phrase names nothing', () => {
    expect(keyIndicator('占GDP比重', 'percent', { quote: '力争2025年数字经济核心产业增加值占 GDP 比重达到10%', kind: 'target' })).toBe('core-digital-industry-gdp-share');
  });
  it('does not read a quote that states several amounts', () => {
    expect(keyIndicator('比重', 'percent', { quote: '数字经济核心产业增加值占GDP比重达到10%、软件业务收入达到500亿元', kind: 'target' })).toBeNull();
  });
  it('prefers the phrase over the quote', () => {
    expect(keyIndicator('数据产业规模', 'CNY', { quote: '数据要素市场规模和数据产业规模达5000亿元', kind: 'target' })).toBe('data-industry-scale');
  });
});

describe('the indicators report', () => {
  const text = [
    '# 浙江省数字经济发展规划（2023—2025年）',
    '到2025年，全省数据产业规模达500亿元，培育独角兽企业10家，打造特色鲜明的产业集群5个。',
  ].join('\n');
  const dataset = (() => {
    const { built } = runPipeline([{ name: 'a.txt', bytes: new TextEncoder().encode(text) }, { name: 'b.txt', bytes: new TextEncoder().encode(text.replace(/浙江省/g, '江苏省')) }]);
    if (!built.ok) throw new Error(built.problem);
    return built.dataset;
  })();

  it('lists each key with its records and counts the keys two regions share', () => {
    const figures = reportFigures(dataset);
    const keyed = dataset.targets.filter((t) => t.indicatorKey);
    expect(keyed.map((t) => t.indicatorKey).sort()).toEqual(['data-industry-scale', 'data-industry-scale', 'unicorns', 'unicorns']);
    expect(figures.keyedTargets).toBe(keyed.filter((t) => t.kind === 'target').length);
    expect(figures.sharedKeys).toEqual(['data-industry-scale', 'unicorns']);
    const report = indicatorReport(dataset);
    expect(report).toContain('data-industry-scale · 数据产业规模');
    expect(report).toMatch(/Keys held by two or more regions: 2/);
    for (const t of keyed) expect(report).toContain(t.source.quote);
  });
});
