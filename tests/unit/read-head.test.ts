import { describe, expect, it } from 'vitest';
import { normalizeLine } from '../../extract/normalize';
import { readHead } from '../../extract/read-head';
import { extractInputs } from '../../extract/extract-inputs';

const head = (text: string) => readHead(text.split('\n').map(normalizeLine));

describe('the head of a standalone text', () => {
  it('reads the title from a government record’s 名称 row, not the metadata row after it', () => {
    const found = head('发布机构: 某某市政府办公室\n成文日期: 2024-02-01 发布日期: 2024-02-01 14:48\n名  称: 2023年《政府工作报告》重点工作任务完成情况\n政策咨询机关: 暂无 政策咨询电话: 暂无\n\n正文');
    expect(found.title).toBe('2023年《政府工作报告》重点工作任务完成情况');
  });

  it('still joins a title broken before the kind of document it names', () => {
    const found = head('关于加快推进人工智能产业创新发展\n实施意见\n\n各区人民政府：');
    expect(found.title).toBe('关于加快推进人工智能产业创新发展实施意见');
  });

  it('names a text issued 由…下发 by the bodies after it as its own', () => {
    const found = head('《关于某市2013年促进工业稳定增长财政奖励政策的决定》日前由某市委、某市政府联合下发。\n按此政策，…');
    expect(found.ownNames).toContain('关于某市2013年促进工业稳定增长财政奖励政策的决定');
  });

  it('keeps a news page’s headline, with its spaces, where the page names no kind of document', () => {
    const found = head('当前位置:首页 > 要闻 > 正文\n经济开发区管委会主任 实干争先立潮头\n来源:如皋日报     点击数:512\n经济开发区将进一步激发发展共识，全年规上工业开票销售突破900亿元。');
    expect(found.title).toBeNull();
    expect(found.headline).toBe('经济开发区管委会主任 实干争先立潮头');
  });

  it('takes no line of spam offering films online for the headline under it', () => {
    const found = head('亚洲精品在线观看_热门精品视频_国产免费在线播放_精品国产公开在线\n软件园高新区力争跻身全国前列\n3月1日，软件园高新区召开会议。');
    expect(found.headline).toBe('软件园高新区力争跻身全国前列');
    // (one such word is no spam: a text may speak of watching online)
    expect(head('群众可在线观看听证会直播\n3月1日，某区召开会议。').headline).toBe('群众可在线观看听证会直播');
  });

  it('keeps a headline that opens on a count of things, but no item’s number', () => {
    expect(head('82个民生承诺 今年生活更美好\n成都商报 2022-01-24 04:12\n1月23日，某市人民代表大会开幕。').headline).toBe('82个民生承诺 今年生活更美好');
    expect(head('1.推进城市轨道交通加速成网\n1月23日，某市人民代表大会开幕。').headline).toBeNull();
  });

  it('shows a headline without the pinyin a converter wrote after its characters, and keeps a Latin word in brackets', () => {
    expect(head('醫(yī)藥高新區(qū)力爭確保進入國家級高新區(qū)第一方陣\n5月12日下午，醫藥高新區專題召開會議。').headline).toBe('醫藥高新區力爭確保進入國家級高新區第一方陣');
    expect(head('某区上线政务服务(app)新版本\n5月12日，某区召开会议。').headline).toBe('某区上线政务服务(app)新版本');
  });

  it('takes no label over a summary for a headline', () => {
    expect(head('AI导读：\n某市第十六届人民代表大会第三次会议开幕，政府工作报告提出今年经济增长5%左右。').headline).toBeNull();
  });

  it('shows a news page’s document by its headline, not by the file’s name', async () => {
    const text = '广西桂林“十三五”基本建成国际旅游胜地\n发布时间:2016-03-05 00:25:00 来源:中国新闻网\n中新网桂林3月4日电 桂林市将加快推进新型工业化，到2020年地区生产总值达到2800亿元。';
    const result = await extractInputs([{ name: 'gl01.txt', bytes: Buffer.from(text) }]);
    if (!result.built.ok) throw new Error(result.built.problem);
    expect(result.built.dataset.documents.map((d) => d.title)).toEqual(['广西桂林“十三五”基本建成国际旅游胜地']);
    expect(result.built.dataset.targets.length).toBeGreaterThan(0);
  });
  it('reads a headline under a breadcrumb ending on 正文 and a source line, dated or not', () => {
    expect(head('新华网甘肃 > 正文\n2024 03-20 18:05:30 来源: 临夏州融媒体中心\n\n临夏县谋划实施州列重点项目109个\n\n今年临夏县谋划实施州列重点项目109个，总投资159.39亿元。').headline).toBe('临夏县谋划实施州列重点项目109个');
    const found = head('新华网 > > 正文\n2026 01/11 09:20:34\n来源:内蒙古日报\n\n乌兰察布市开年首会锚定构建特色现代化产业体系\n\n1月9日，乌兰察布市召开市委全会，今年计划实施项目260个。');
    expect(found.headline).toBe('乌兰察布市开年首会锚定构建特色现代化产业体系');
    expect(found.outlet).toBe('内蒙古日报');
  });

  it('reads a headline the page gives twice, line after line, once', () => {
    expect(head('某区计划建成最大的数据中心聚集区\n某区计划建成最大的数据中心聚集区\n3月1日，某区召开会议，今年计划新建数据中心3个。').title).toBe('某区计划建成最大的数据中心聚集区');
  });
  it('takes no line of spam naming films by their kinds for the headline under it', () => {
    expect(head('国产一区二区精品久久_久久激情视频久久_日韩欧美一二区\n连云港与镇江共建省级创新试点园区\n近日，省政府批复园区总体方案。').headline).toBe('连云港与镇江共建省级创新试点园区');
  });
  it('shows a headline without the blanks pinyin notes were read as, keeping the space between its halves', () => {
    const found = head('优     势互补 共建共享 连云港与镇      江共建省级创        新试点园区\n近日，省政府批复园区总体方案。');
    expect(found.headline).toBe('优势互补 共建共享 连云港与镇江共建省级创新试点园区');
    expect(found.issuers[0]).toBe('优势互补｜共建共享｜连云港与镇江共建省级创新试点园区');
  });
});
