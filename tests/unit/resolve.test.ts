import { describe, expect, it } from 'vitest';
import { baselineYearOf, deadlineAt, findDeadlines, planPeriodOf, yearAfterResults } from '../../extract/resolve-deadline';
import { firstDivision, resolveDocumentRegion } from '../../extract/resolve-region';
import { bannerShortName, shortNameOf } from '../../src/domain/regions';

describe('deadlines', () => {
  const at = (sentence: string) => deadlineAt(findDeadlines(sentence), sentence.length);
  it.each([
    ['到2025年，建成10个', { year: 2025, date: null }],
    ['开发区2024年全年安排重大项目10个', { year: 2024, date: null }],
    ['到2025年底，建成10个', { year: 2025, date: '2025-12-31' }],
    ['2023年底前，建成10个', { year: 2023, date: '2023-12-31' }],
    ['2024年6月底前，上线20个', { year: 2024, date: '2024-06-30' }],
    ['——2023年，交易额达到10亿元', { year: 2023, date: null }],
    ['“十四五”期间，建成10个', { year: 2025, date: null }],
  ])('%s', (sentence, expected) => expect(at(sentence)).toEqual(expected));
  it('has none without a stated time', () => expect(at('建成10个示范园区')).toBeNull());
  it('reads plan periods from titles', () => {
    expect(planPeriodOf('行动方案（2023—2025年）')).toEqual({ start: 2023, end: 2025 });
    expect(planPeriodOf('“十四五”数字经济发展规划')).toEqual({ start: 2021, end: 2025 });
    expect(planPeriodOf('大数据产业发展 2023 年工作要点')).toEqual({ start: 2023, end: 2023 });
    expect(planPeriodOf('实施意见')).toBeNull();
  });
  it('reads baseline years', () => {
    expect(baselineYearOf('比2020年提高3个百分点')).toBe(2020);
    expect(baselineYearOf('较“十三五”期末翻两番')).toBe(2020);
  });
});

describe('regions', () => {
  it('shortens division names safely', () => {
    expect(shortNameOf('广西壮族自治区')).toBe('广西');
    expect(shortNameOf('延边朝鲜族自治州')).toBe('延边');
    expect(shortNameOf('杭州市')).toBe('杭州');
    expect(shortNameOf('伊犁哈萨克自治州')).toBe('伊犁');
    expect(shortNameOf('克孜勒苏柯尔克孜自治州')).toBe('克孜勒苏');
  });
  it('shortens a banner named by its side, part or quarter as texts do', () => {
    expect(bannerShortName('土默特右旗')).toBe('土右旗');
    expect(bannerShortName('科尔沁左翼后旗')).toBe('科左后旗');
    expect(bannerShortName('乌拉特中旗')).toBe('乌中旗');
    expect(bannerShortName('西乌珠穆沁旗')).toBe('西乌旗');
    // a four-character banner is written in full; one without a side has no such form
    expect(bannerShortName('巴林左旗')).toBeNull();
    expect(bannerShortName('伊金霍洛旗')).toBeNull();
  });
  it('finds the division a title names, full or short', () => {
    expect(firstDivision('杭州市人民政府办公厅关于…')).toEqual({ name: '杭州市', level: 'city', code: '330100' });
    expect(firstDivision('贵阳贵安推进数据要素市场化配置改革')).toMatchObject({ name: '贵阳市', level: 'city' });
    expect(firstDivision('加快发展福建省大数据产业')).toMatchObject({ name: '福建省', level: 'province', code: '350000' });
    expect(firstDivision('上海市浦东新区促进数据流通')).toMatchObject({ name: '上海市浦东新区', level: 'district' });
    // a high-tech zone whose official name keeps the older form
    expect(firstDivision('武汉东湖新技术开发区已取得的成绩')).toMatchObject({ name: '武汉东湖新技术开发区', level: 'district', code: '420100' });
  });
  it('resolves national bodies, the source line and the national column', () => {
    const none = { section: null, sourceLine: null, body: () => '' };
    expect(resolveDocumentRegion({ ...none, title: '工业和信息化部关于开展移动互联网应用程序备案工作的通知' }).name).toBe('全国');
    expect(resolveDocumentRegion({ ...none, title: '关于加快推进人工智能产业创新发展的实施意见', sourceLine: '（来源：杭州市人民政府办公厅）' }).name).toBe('杭州市');
    expect(resolveDocumentRegion({ ...none, title: '数字人社建设行动实施方案', section: '国策要论' }).name).toBe('全国');
    expect(resolveDocumentRegion({ ...none, title: '中共甘肃省委甘肃省人民政府关于促进数据要素市场发展的实施意见' }).name).toBe('甘肃省');
  });
  it('does not read a share of the province (占全省四分之一) as the text speaking for it', () => {
    const body = '南通下一个万亿看沿海。市长围绕“在江苏加快打造发展新质生产力重要阵地中勇担使命”主题做介绍。南通拥有海域面积8000平方公里、占全省四分之一，'
      + '海岸线200公里、占全省四分之一。2023年完成海洋生产总值近2000亿元、占全省四分之一。';
    expect(resolveDocumentRegion({ title: '', section: null, sourceLine: null, body: () => body, head: { ownNames: [], issuers: [] } }).name).toBe('南通市');
  });
  it('reads an interview with a district official, who quotes his city as 我市, as the district speaking', () => {
    const body = '“公元1000年,朝廷在重庆建铜梁县,自此‘铜梁’名字千年未变。”铜梁区委书记李明的介绍,从这个故事开始。\n李明说,2014年,国务院批复铜梁区成立。\n'
      + '李明说,新铜梁将与合川、永川,构成渝西“金三角”。我市成立铜梁区,把铜梁建成渝西门户的区域中心城市。';
    expect(resolveDocumentRegion({ title: '', section: null, sourceLine: null, body: () => body, head: { ownNames: [], issuers: [] } }).name).toBe('重庆市铜梁区');
  });
});

describe('the year of an undated text from the results it tells', () => {
  const lines = (...texts: string[]) => texts.map((text) => ({ text }));
  it('is the year after the results, when the text speaks of 今年', () => {
    expect(yearAfterResults(lines('今年全市计划完成投资42亿元。', '2023年，全市完成交通建设投资69.3亿元，同比增长13.6%。'), 0, 2)).toBe(2024);
  });
  it('keeps a later horizon, but not a later year of its own', () => {
    expect(yearAfterResults(lines('今年全市计划完成投资42亿元，到2027年达到60亿元。', '2023年，全市完成投资69.3亿元，同比增长13.6%。'), 0, 2)).toBe(2024);
    expect(yearAfterResults(lines('今年全市计划完成投资42亿元。', '2023年，全市完成投资69.3亿元，同比增长13.6%。', '2025年将开工10个项目。'), 0, 3)).toBeNull();
  });
  it('needs both 今年 and results against the year before', () => {
    expect(yearAfterResults(lines('2023年，全市完成投资69.3亿元，同比增长13.6%。'), 0, 1)).toBeNull();
    expect(yearAfterResults(lines('今年全市计划完成投资42亿元。', '2023年，全市将完成投资69.3亿元。'), 0, 2)).toBeNull();
  });
});
