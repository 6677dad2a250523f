import { describe, expect, it } from 'vitest';
import { extractText } from '../../extract/run-pipeline';

const quotes = (body: string): string[] => extractText('plan.txt', `某市2025年工作要点\n\n${body}\n`).findings.map((f) => f.quote);

describe('the quote of a figure in a list', () => {
  it('is the item that holds it, when each item of a clause names its own figure', () => {
    expect(quotes('主要预期目标：地区生产总值增长5%以上、规模以上工业增加值增长4.5%以上、固定资产投资增长8%左右。')).toEqual([
      '地区生产总值增长5%以上', '规模以上工业增加值增长4.5%以上', '固定资产投资增长8%左右',
    ]);
  });

  it('stays the clause when later items are figures alone, or the clause holds one figure', () => {
    expect(quotes('力争软件和信息服务业、数字创意产业营业收入分别增长12%、15%。')).toEqual([
      '力争软件和信息服务业、数字创意产业营业收入分别增长12%、15%', '力争软件和信息服务业、数字创意产业营业收入分别增长12%、15%',
    ]);
    expect(quotes('新建5G基站、数据中心等设施1200个。')).toEqual(['新建5G基站、数据中心等设施1200个']);
  });
});
