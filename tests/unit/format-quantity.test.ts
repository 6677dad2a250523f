import { describe, expect, it } from 'vitest';
import { formatNumberEn, formatNumberZh, formatQuantity, measureWordOf } from '../../src/domain/format-quantity';

describe('formatQuantity', () => {
  it.each([
    [5e11, 'CNY', '', '5000亿元', '500 billion yuan'],
    [2.3e12, 'CNY', '', '2.3万亿元', '2.3 trillion yuan'],
    [30000, 'count', '件', '3万件', '30,000'],
    [42000, 'count', '家', '4.2万家', '42,000'],
    [60, 'percent', '', '60%', '60%'],
    [3, 'percentage_point', '', '3个百分点', '3 percentage points'],
    [5e7, 'CNY', '', '5000万元', '50 million yuan'],
    [-0.2, 'percentage_point', '', '-0.2个百分点', '-0.2 percentage points'],
  ])('%s %s → %s / %s', (value, unit, word, zh, en) => {
    expect(formatQuantity(value, unit, 'zh', word)).toBe(zh);
    expect(formatQuantity(value, unit, 'en', word)).toBe(en);
  });
  it('never shows a raw unit code', () => {
    for (const unit of ['CNY', 'count', 'percent', 'percentage_point']) {
      expect(formatQuantity(1, unit, 'zh')).not.toMatch(/CNY|count|percent/);
      expect(formatQuantity(1, unit, 'en')).not.toMatch(/CNY|count|percentage_point/);
    }
  });
  it('formats plain numbers', () => {
    expect(formatNumberZh(8)).toBe('8');
    expect(formatNumberZh(12345)).toBe('1.2345万');
    expect(formatNumberEn(1234567)).toBe('1.23 million');
    expect(measureWordOf('万件')).toBe('件');
  });
});
