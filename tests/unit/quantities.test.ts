import { describe, expect, it } from 'vitest';
import { classify, clauseStances, comparatorOf } from '../../extract/classify';
import { findQuantities } from '../../extract/find-quantities';

const first = (text: string) => findQuantities(text)[0];

describe('findQuantities', () => {
  it('reads Arabic numbers with multiplier units', () => {
    expect(first('数据产业规模达5000亿元')).toMatchObject({ value: 5000, unit: '亿元', base: 'CNY', factor: 1e8 });
    expect(first('服务10万家数据供需主体')).toMatchObject({ value: 10, unit: '万家', base: 'count', factor: 1e4 });
  });
  it('reads a bare 亿 after a measure of money as yuan, a balance of loans among them', () => {
    expect(first('实现地区生产总值1000亿')).toMatchObject({ value: 1000, unit: '亿元', base: 'CNY' });
    expect(first('实现贷款余额1000亿')).toMatchObject({ value: 1000, unit: '亿元', base: 'CNY' });
    expect(first('新增人口1000亿')?.base).not.toBe('CNY');
  });
  it('reads a growth held at one figure and striven for to another, percent unwritten', () => {
    expect(findQuantities('地区生产总值增速“保6争7”，城乡居民')).toMatchObject([{ value: 6, unit: '%', more: true }, { value: 7, unit: '%', more: false }]);
    expect(findQuantities('经济增长保七争八')).toMatchObject([{ value: 7, chinese: true }, { value: 8, chinese: true }]);
    // (a floor with no growth before it, or a stretch no higher than the floor, is no such pair)
    expect(findQuantities('做到保6争7')).toEqual([]);
    expect(findQuantities('经济增长保8争7')).toEqual([]);
  });
  it('reads Chinese numerals but not words made of them', () => {
    expect(first('培育三百家企业')).toMatchObject({ value: 300, unit: '家', chinese: true });
    expect(findQuantities('培育一批企业，推进一体化建设，形成两个提升')).toEqual([]);
    // (digits run together with no place nor zero: one by one, not eleven trains)
    expect(findQuantities('不再一一列出，一一对应到户')).toEqual([]);
    // (百万本土…: 本 opening 本土 counts no volumes)
    expect(findQuantities('他们与百万本土群众一道').map((q) => q.unit)).not.toContain('万本');
    expect(first('出版图书100万本')).toMatchObject({ value: 100, unit: '万本', base: 'count' });
    expect(first('开行班列十一列')).toMatchObject({ value: 11, unit: '列', chinese: true });
    // (列 listing or a table's column: 附件1列出, 第3列为)
    expect(findQuantities('按附件1列出的清单推进，第3列为责任单位')).toEqual([]);
    // (some tens or hundreds: 数十个, 数百家 count nothing)
    expect(findQuantities('可同时训练数十个大模型，服务数百家企业')).toEqual([]);
    // (几百亩, 几十个: a few hundred, a few tens, no number either)
    expect(findQuantities('将几百亩田地进行平整，新建几十个泵站')).toEqual([]);
    // (一两家, 三五个: one or two, three or five, not 12 or 35)
    expect(findQuantities('培育一两家龙头企业，新增三五个项目')).toEqual([]);
    expect(findQuantities('建成成百上千个基地，吸引成千上万人')).toEqual([]);
    // (“百千万”人才引培计划: place words side by side are a programme's name; 百家湖硅巷: a place named by a count in words)
    expect(findQuantities('“未来之星”百千万人才引培计划中提出')).toEqual([]);
    expect(findQuantities('重点打造百家湖硅巷')).toEqual([]);
    expect(first('全区新增百家企业上市')).toMatchObject({ value: 100, unit: '家' });
    expect(first('建成十个算力中心')).toMatchObject({ value: 10, unit: '个', chinese: true });
  });
  it('reads computing power in a bare P, after 算力 or before it', () => {
    expect(first('智能算力规模超20000P')).toMatchObject({ value: 20000, unit: 'P', base: 'PFLOPS', factor: 1 });
    expect(first('10万P算力规模将建成')).toMatchObject({ value: 10, unit: '万P', base: 'PFLOPS', factor: 1e4 });
    // (a P with no 算力 beside it is no computing power: P2P, 5P)
    expect(findQuantities('发展P2P平台5P个')).toEqual([]);
  });
  it('reads ranges, per-mille and percentage points', () => {
    expect(first('增长10%—15%')).toMatchObject({ value: 10, valueMax: 15, unit: '%' });
    expect(first('举办1—2场活动')).toMatchObject({ value: 1, valueMax: 2, unit: '场' });
    expect(first('给予交易额1‰的支持')).toMatchObject({ value: 1, base: 'percent', factor: 0.1 });
    expect(first('提高3个百分点')).toMatchObject({ value: 3, unit: '个百分点', base: 'percentage_point' });
  });
  it('reads a range whose first end has its unit and no multiplier in plain units, in the second end\'s multiplier', () => {
    // (500元至2万元 is 0.05 to 2 万元, not 500 to 2 万元)
    expect(first('给予500元至2万元补贴')).toMatchObject({ value: 0.05, valueMax: 2, unit: '万元', factor: 1e4 });
    expect(first('给予5000元—3万元奖励')).toMatchObject({ value: 0.5, valueMax: 3, unit: '万元' });
    expect(first('给予5000万元~1亿元')).toMatchObject({ value: 5000, valueMax: 10000, unit: '万元' });
    expect(first('给予10至50万元')).toMatchObject({ value: 10, valueMax: 50, unit: '万元' });
  });
  it('leaves out years, names, ordinals and numbers in quotes', () => {
    expect(findQuantities('2023—2025年，推进5G和IPv6，第3条，“新智造100”工程，国发〔2022〕14号')).toEqual([]);
  });
  it('reads doubling and acronym units', () => {
    expect(first('算力总规模翻两番')).toMatchObject({ value: 2, unit: '番' });
    expect(first('达到5000千万亿次浮点指令/秒（PFLOPS）以上')).toMatchObject({ value: 5000, unit: 'PFLOPS' });
    expect(first('电能利用效率（PUE）值低于1.25')).toMatchObject({ value: 1.25, unit: 'PUE' });
  });
});

describe('comparatorOf', () => {
  const cmp = (text: string) => comparatorOf(text, first(text));
  it.each([
    ['打造不少于100家大型数据商', '>='],
    ['补助金额最高不超过500万元', '<='],
    ['高性能算力占比达到60%以上', '>='],
    ['国家产教融合试点城市达到50个左右', '~'],
    ['按照不超过实际履约金额的5%予以奖励', '<='],
    ['数据产业规模达5000亿元', '='],
    ['增长10%—15%', 'range'],
    ['会员单位180余家', '>='],
  ])('%s → %s', (text, expected) => expect(cmp(text)).toBe(expected));
});

describe('classify', () => {
  const verdict = (sentence: string, n = 0) => {
    const quantity = findQuantities(sentence)[n];
    // the clause stance as the reader judges it: the clauses up to and including the number's
    const clauses = sentence.split(/(?<=[，；：])/);
    const { reported } = clauseStances(clauses, 'neutral', null);
    const at = clauses.findIndex((_, i) => clauses.slice(0, i + 1).join('').length > quantity.start);
    return classify({ sentence, quantity, clause: clauses[at], isPolicy: true, inStatusBlock: false, reported: reported[at] }).kind;
  };
  it('tells targets from incentives', () => {
    expect(verdict('到2025年，数据产业规模达5000亿元。')).toBe('target');
    expect(verdict('对公共平台建设单位予以补贴，最高3000万元。')).toBe('incentive');
    expect(verdict('贴息期限不超过3年，年度最高3000万元予以贴息。')).toBe('incentive');
  });
  it('leaves out statistics, fines, time limits, thresholds and forecasts', () => {
    expect(verdict('1—5月份，业务收入4943亿元，同比增长4%。')).toBeNull();
    expect(verdict('处1万元以上10万元以下罚款。')).toBeNull();
    expect(verdict('应当在15个工作日内完成备案。')).toBeNull();
    expect(verdict('对年度交易金额超过500万元的企业，给予补贴。')).toBeNull();
    expect(verdict('预计到2030年市场规模将达1万亿元。')).toBeNull();
    expect(verdict('资金扶持年限1年。')).toBeNull();
  });
  it('judges a statistic clause by clause', () => {
    // a goal stated first keeps a later 同比 clause a goal; a report stated first keeps its numbers out
    expect(verdict('今年，确保工业投资达到80亿元以上，招商引资到位资金同比增长15%以上。', 1)).toBe('target');
    expect(verdict('1—9月，工业投资完成60亿元，力争全年达到90亿元。', 1)).toBe('target');
    expect(verdict('1—9月，工业投资完成60亿元，力争全年达到90亿元。', 0)).toBeNull();
    // a period word inside an eligibility condition does not make the sentence a report
    expect(verdict('对第三季度产量超过5000台的企业，给予每台最高300元奖励。', 1)).toBe('incentive');
    expect(verdict('截至去年底，全市建有孵化器40个。')).toBeNull();
    // a growth against last year opening the next clause reports the amount before it
    expect(verdict('全年工业投资完成120亿元，同比增长9%。')).toBeNull();
    expect(verdict('全县形成了52条惠企措施清单。')).toBeNull();
  });
  it('reads a money class before 企业 as which firms count, not as a value', () => {
    const sentence = '新增10亿元企业、5亿元企业分别不少于2家、4家。';
    expect(verdict(sentence, 0)).toBeNull();
    expect(verdict(sentence, 1)).toBeNull();
    expect(verdict(sentence, 2)).toBe('target');
  });
  it('tells a batch being carried out from a batch to select', () => {
    expect(verdict('加快推进第三批25个重点项目建设。')).toBeNull();
    expect(verdict('启动遴选第三批20个左右示范园区。')).toBe('target');
  });
  it('leaves out every number of a report', () => {
    const sentence = '到2025年，数据产业规模达5000亿元。';
    expect(classify({ sentence, quantity: first(sentence), clause: sentence, isPolicy: false, inStatusBlock: false, reported: false }).kind).toBeNull();
  });
});

describe('numerals: one value, every way policy texts write it', () => {
  const valueOf = (text: string) => {
    const q = findQuantities(text)[0];
    return q ? q.value * q.factor : undefined;
  };
  it.each([
    [34000, ['34000元', '34,000元', '三万四千元', '3万4000元', '3.4万元']],
    [2.3e12, ['23000亿元', '二万三千亿元', '2.3万亿元']],
    [1.2e8, ['1亿2000万元', '12000万元', '1.2亿元', '一亿二千万元']],
    [45, ['45%', '百分之四十五']],
    [70, ['七成', '70%']],
    [12.5, ['12.5%', '十二点五%', '百分之十二点五']],
    [30000, ['3万人', '三万人', '30000人']],
  ])('%d', (value, forms) => {
    for (const form of forms) expect(valueOf(`力争达到${form}`), form).toBeCloseTo(value, 6);
  });
  it('reads 余/多 on either side of the multiplier as "more than"', () => {
    for (const form of ['3万余人', '三万余人', '3余万人', '3万多人']) expect(findQuantities(`带动就业${form}`)[0]).toMatchObject({ value: 3, factor: 1e4, more: true });
  });
  it('reads ranges written with 到, scale classes and a bare 万 of people', () => {
    expect(first('开通2到4个航线')).toMatchObject({ value: 2, valueMax: 4, unit: '个' });
    expect(first('打造万亿级产业集群')).toMatchObject({ value: 1, unit: '万亿元', more: true });
    expect(first('用户数超500万')).toMatchObject({ value: 500, base: 'count', factor: 1e4 });
    expect(findQuantities('提高到2025年')).toEqual([]);
  });
  it('reads single Chinese digits before measure words only as amounts', () => {
    expect(first('建成两个基地')).toMatchObject({ value: 2, unit: '个' });
    expect(first('提高五个百分点')).toMatchObject({ value: 5, unit: '个百分点' });
    expect(findQuantities('实现两个提升，形成三个方面')).toEqual([]);
  });
  it('reads a price cut in tenths, and none in the words 折 opens', () => {
    for (const [form, percent] of [['7折', 70], ['八折', 80], ['七五折', 75], ['7.5折', 75]] as const) {
      const q = findQuantities(`按评估价格的${form}出让`)[0];
      expect(q, form).toMatchObject({ unit: '折', base: 'percent' });
      expect(q.value * q.factor, form).toBeCloseTo(percent, 6);
    }
    expect(findQuantities('产值折合美元，折旧年限缩短')).toEqual([]);
  });
  it('reads an explicit minus sign, keeps 下降 as written', () => {
    expect(first('增长率不低于负0.5%')).toMatchObject({ value: -0.5 });
    expect(first('下降0.2个百分点')).toMatchObject({ value: 0.2 });
  });
});

describe('small Chinese counts that are slogans', () => {
  it('leaves out 建立两个机制 and 突出三个重点 but reads 建成两个基地', () => {
    expect(findQuantities('建立两个机制，突出三个重点')).toEqual([]);
    expect(first('建成两个基地')).toMatchObject({ value: 2 });
  });
});

describe('comparator words that name a kind or a part', () => {
  const cmp = (text: string) => comparatorOf(text, first(text));
  it.each([
    ['聚焦突破类新签约60个', '='],
    ['按上述收入超过部分的0.5%给予奖励', '='],
    ['医疗器械产业集群迈进1000亿元级规模', '>='],
    ['按照不超过建设项目投资的30%予以补贴', '<='],
  ])('%s → %s', (text, comparator) => expect(cmp(text)).toBe(comparator));
});
