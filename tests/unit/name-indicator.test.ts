// Indicator names, one phrase each: what is measured, without the verbs, cues and baselines around it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../extract/find-quantities';
import { nameIndicator } from '../../extract/name-indicator';
import { normalizeLine } from '../../extract/normalize';
import { splitSentences, trimClause } from '../../extract/split-sentences';
import { DatasetSchema, type Kind } from '../../src/domain/schema';

/** The name of the amount written `amount` in a one-sentence text. */
function nameOf(text: string, amount: string, kind: Kind = 'target'): string {
  const [sentence] = splitSentences(normalizeLine(text).text);
  const quantities = findQuantities(sentence.text);
  const index = quantities.findIndex((q) => sentence.text.slice(q.start, q.end) === amount);
  if (index < 0) throw new Error(`no amount ${amount} in ${text}`);
  const clauses = sentence.clauses.map((c) => trimClause({ ...c, start: c.start - sentence.start, end: c.end - sentence.start }));
  const clause = clauses.find((c) => quantities[index].start >= c.start && quantities[index].start < c.end) ?? clauses[clauses.length - 1];
  return nameIndicator({ sentence: sentence.text, clause, quantities, index, kind, heading: '', comparator: '=' });
}

describe('target names', () => {
  it.each([
    ['到2025年，5G用户普及率从2020年的15%提高到56%。', '56%', '5G用户普及率'],
    ['网上零售额从2020年11.76万亿元提高到17万亿元。', '17万亿元', '网上零售额'],
    ['打造10个左右特色鲜明、创新力强的未来产业集群。', '10个', '未来产业集群'],
    ['推动500家企业完成贯标。', '500家', '完成贯标企业'],
    ['每年新培育瞪羚企业400家。', '400家', '瞪羚企业'],
    ['营业收入突破500亿元，占全省25%以上。', '25%', '营业收入占全省比重'],
    ['医疗器械产业集群迈进1000亿元级规模。', '1000亿元级', '医疗器械产业集群规模'],
    ['挂牌5000个可交易数据产品。', '5000个', '挂牌可交易数据产品'],
    ['一、全年数字经济核心产业增加值增长8%。', '8%', '数字经济核心产业增加值增长'],
    ['新培育专精特新企业100家，安排专项资金5亿元。', '5亿元', '专项资金'],
  ])('%s → %s names %s', (text, amount, name) => {
    expect(nameOf(text, amount)).toBe(name);
  });
});

describe('incentive names say what is paid for and how', () => {
  it.each([
    ['对租用智能算力的主体，给予最高30%租金补贴。', '30%', '租用智能算力租金补贴比例'],
    ['发放6亿元算力券。', '6亿元', '算力券发放规模'],
    ['对经认定为省级数据产业创新联合体的，给予牵头单位一次性最高200万元支持。', '200万元', '省级数据产业创新联合体牵头单位一次性支持'],
    ['首次上榜中国电子信息百强、软件业务收入百强的企业，进入前10名、11—30名的，分别给予500万元、300万元一次性奖励。', '300万元', '首次上榜中国电子信息百强等11—30名一次性奖励'],
    ['对企业首次开展数据资产登记的，按照登记服务费用的30%补贴。', '30%', '数据资产登记补贴比例（占登记服务费用）'],
    ['每年安排100亿元资金支持高精尖产业落地发展。', '100亿元', '高精尖产业落地发展资金'],
    ['对新建的人工智能公共算力平台，按照设备投资额的20%给予补助。', '20%', '人工智能公共算力平台补助比例（占设备投资额）'],
    ['对研发投入占比达到百分之十以上的企业，按研发投入的10%给予补助。', '10%', '企业补助比例（占研发投入）'],
  ])('%s → %s names %s', (text, amount, name) => {
    expect(nameOf(text, amount, 'incentive')).toBe(name);
  });
});

describe('a figure with no words to name it by', () => {
  it('is named by its kind, never left empty (an empty name fails the dataset schema)', () => {
    // (a schedule's rate read as a goal: nothing before it but its band and 的按照)
    expect(nameOf('(1)500万元-5000万元(不含)的按照3%', '3%')).toBe('比例');
    expect(nameOf('1000万元-1亿元(不含)的按照5%', '5%')).toBe('比例');
  });
  it('in a schedule of rates, by the band the rate is paid on', () => {
    expect(nameOf('(1)500万元-5000万元(不含)的按照3%', '3%', 'incentive')).toBe('补助比例（500万元-5000万元）');
  });
});

describe('names in the bundled dataset', () => {
  const dataset = DatasetSchema.parse(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'data', 'targets.json'), 'utf8')));
  it('open with no verb of bringing about and end with no cue', () => {
    const bad = dataset.targets.map((t) => t.indicator).filter((n) => /^(?:打造|培育|建设(?!类)|推动|引育|汇聚|形成|给予|按照)/.test(n) || /(?:将|达到|突破|超过|分别)$/.test(n));
    expect(bad).toEqual([]);
  });
});
