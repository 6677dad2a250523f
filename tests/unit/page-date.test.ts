import { describe, expect, it } from 'vitest';
import { normalizeLine } from '../../extract/normalize';
import { milestoneYear } from '../../extract/resolve-deadline';
import { segmentDocuments } from '../../extract/segment-documents';

const published = (text: string) => segmentDocuments(text.split('\n').map(normalizeLine), 'page').published;

describe('the date a standalone page was published', () => {
  it('reads a date and time stamped before the page’s source, unlabelled', () => {
    expect(published('logo\n专汽产业发展目标——2025年总产值突破1000亿元\n新闻中心 > 湖北频道\n2023-07-24 07:59 来源: 湖北日报\n【字体:\n7月21日，随州市召开推进会。')).toBe('2023-07-24');
  });

  it('reads a portal’s label table, each value on a line of its own after its label', () => {
    expect(published('政府信息公开\n•信息索引号：\n\n11330782355345411A/2023-496228\n\n•文件名称：\n\n某市印发《若干政策》的通知\n\n•发文字号：\n\n-\n\n•成文日期：\n\n2023-02-08\n\n•公开方式：\n\n主动公开')).toBe('2023-02-08');
  });

  it('reads a page’s date after the outlet that ran it, on a byline of its own', () => {
    expect(published('60个民生承诺 今年生活更美好\n\n成都商报 2022-01-24 04:12 大字\n\n1月23日，某市人民代表大会开幕。')).toBe('2022-01-24');
    // (a sentence naming a paper and a date and time is no byline)
    expect(published('某市民生实事出炉\n\n据成都商报 2022-01-24 04:12 报道，某市今年将新建学校10所，力争全年完成。')).toBeNull();
  });

  it('reads a page’s date labelled 发布 alone', () => {
    expect(published('某区力争全年引进项目30个\n\n发布:2016-05-13 10:40:20   编辑:某某日报    阅读数:1061\n\n5月12日，某区召开会议。')).toBe('2016-05-13');
  });

  it('takes no date from a label whose value is not a date', () => {
    expect(published('政府信息公开\n•成文日期：\n\n-\n\n•公开方式：\n\n主动公开\n力争产值增长10%。')).toBeNull();
  });

  it('reads a page’s day written day first, with its time, on a line of its own', () => {
    expect(published('某开发区项目建设提速\n\n05.11.2014  11:48\n\n今年以来共实施重点项目86个。')).toBe('2014-11-05');
    // (past 12 the first figure is the day; past 12 the second, the first is the month)
    expect(published('某开发区项目建设提速\n\n11.26.2014  11:48\n\n今年以来共实施重点项目86个。')).toBe('2014-11-26');
    expect(published('某开发区项目建设提速\n\n1.2.2014\n\n今年以来共实施重点项目86个。')).toBeNull();
  });

  it('reads the day a lead opens on, when the event held that day is named with its year', () => {
    expect(published('某县：一季度主要经济指标位居全市前列\n\n4月8日，2026年“奋战开门红”系列新闻发布会第三场召开，现场介绍了…')).toBe('2026-04-08');
    expect(published('某县：一季度主要经济指标位居全市前列\n\n4月8日，某县召开新闻发布会，介绍2026年…')).toBeNull();
  });

  it('takes no date from a line that only opens on one (a figure’s period, a table row)', () => {
    expect(published('某市工作方案\n2023-07-24 至 2023-08-30 期间开展专项行动\n力争产值增长10%。')).toBeNull();
  });
});

describe('the year of a province’s congress session', () => {
  const year = (line: string) => milestoneYear([{ text: line }], 0);
  it('counts from the term each province began in 2018', () => {
    expect(year('广西壮族自治区第十三届人民代表大会第四次会议在南宁开幕')).toBe(2021);
    expect(year('北京市第十五届人民代表大会第三次会议开幕')).toBe(2020);
    expect(year('河南省第十四届人民代表大会第二次会议召开')).toBe(2024);
    expect(year('重庆市第六届人民代表大会第一次会议')).toBe(2023);
  });
  it('leaves a city’s congress, whose terms are not in step, to other clues', () => {
    expect(year('开封市第十五届人民代表大会第五次会议')).toBeNull();
  });
});
