import { describe, expect, it } from 'vitest';
import { normalizeLine } from '../../extract/normalize';
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
