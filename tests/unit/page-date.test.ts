import { describe, expect, it } from 'vitest';
import { normalizeLine } from '../../extract/normalize';
import { milestoneYear } from '../../extract/resolve-deadline';
import { segmentDocuments } from '../../extract/segment-documents';

const published = (text: string) => segmentDocuments(text.split('\n').map(normalizeLine), 'page').published;

describe('the date a standalone page was published', () => {
  it('reads a date and time stamped before the page’s source, unlabelled', () => {
    expect(published('logo\n专汽产业发展目标——2025年总产值突破1000亿元\n新闻中心 > 湖北频道\n2023-07-24 07:59 来源: 湖北日报\n【字体:\n7月21日，随州市召开推进会。')).toBe('2023-07-24');
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
