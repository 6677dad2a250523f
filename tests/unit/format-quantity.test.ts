import { describe, expect, it } from 'vitest';
import { formatAmount, formatNumberEn, formatNumberZh, formatQuantity, measureWordOf } from '../../src/domain/format-quantity';

describe('formatQuantity', () => {
  it.each([
    [5e11, 'CNY', '', '5000亿元', '500 billion yuan'],
    [2.3e12, 'CNY', '', '2.3万亿元', '2.3 trillion yuan'],
    [30000, 'count', '件', '3万件', '30,000 items'],
    [42000, 'count', '家', '4.2万家', '42,000 firms'],
    [2200, 'count', '列', '2200列', '2,200 trains'],
    [500, 'count', '个', '500个', '500'],
    [12e6, 'count', '户', '1200万户', '12 million households'],
    [60, 'percent', '', '60%', '60%'],
    [3, 'percentage_point', '', '3个百分点', '3 percentage points'],
    [5e7, 'CNY', '', '5000万元', '50 million yuan'],
    [-0.2, 'percentage_point', '', '-0.2个百分点', '-0.2 percentage points'],
    [39, 'ug/m3', '', '39微克/立方米', '39 μg/m³'],
    [4.98e9, 'tce', '', '49.8亿吨标准煤', '4.98 billion tce'],
    [12, 'per_100000', '', '12/10万', '12 per 100,000'],
    [80, '岁', '', '80岁', '80 years of age'],
    [2.5, 'ratio', '', '2.5', '2.5'],
    [0.666667, 'ratio', '', '66.7%', '66.7%'],
    [0.5, 'ratio', '', '50%', '50%'],
    [1, 'ratio', '', '100%', '100%'],
    [20, 'ms', '', '20毫秒', '20 ms'],
    [1.5e5, 'h', '', '15万小时', '150,000 hours'],
    [2e8, 'EUR', '', '2亿欧元', '200 million euros'],
    [5e7, 'HKD', '', '5000万港元', '50 million Hong Kong dollars'],
    [1e6, 'm3', '', '100万立方米', '1 million m³'],
  ])('%s %s → %s / %s', (value, unit, word, zh, en) => {
    expect(formatQuantity(value, unit, 'zh', word)).toBe(zh);
    expect(formatQuantity(value, unit, 'en', word)).toBe(en);
  });
  it('never shows a raw unit code', () => {
    for (const unit of ['CNY', 'count', 'percent', 'percentage_point', 'ratio', 'per_100000']) {
      expect(formatQuantity(1, unit, 'zh')).not.toMatch(/CNY|count|percent|ratio|per_/);
      expect(formatQuantity(1, unit, 'en')).not.toMatch(/CNY|count|percentage_point|ratio|per_/);
    }
  });
  it('formats plain numbers', () => {
    expect(formatNumberZh(8)).toBe('8');
    expect(formatNumberZh(12345)).toBe('1.2345万');
    expect(formatNumberEn(1234567)).toBe('1.23 million');
    expect(measureWordOf('万件')).toBe('件');
  });
});

describe('formatAmount', () => {
  const amount = (value: number, valueMax: number | null, unit: string, written: string, comparator = '>=') => ({ comparator, unit: written, normalized: { value, valueMax, unit } });
  it.each([
    [amount(30000, null, 'count', '万件'), '≥3万件', '≥30,000 items'],
    [amount(400, null, 'count', '家'), '≥400家', '≥400 firms'],
    [amount(2e6, null, 'CNY', '万元', '<='), '≤200万元', '≤2 million yuan'],
    [amount(1e9, 2e9, 'CNY', '亿元', 'range'), '10亿–20亿元', '1 billion–2 billion yuan'],
    [amount(1.3, null, 'PUE', 'PUE', '<='), '≤1.3', '≤1.3'],
    [amount(2, null, '番', '番', '='), '2番', '2 doublings'],
    [amount(0.666667, null, 'ratio', ''), '≥66.7%', '≥66.7%'],
    [amount(0.3, 0.5, 'ratio', '', 'range'), '30%–50%', '30%–50%'],
  ])('%j → %s / %s', (parts, zh, en) => {
    expect(formatAmount(parts, 'zh')).toBe(zh);
    expect(formatAmount(parts, 'en')).toBe(en);
  });
});
