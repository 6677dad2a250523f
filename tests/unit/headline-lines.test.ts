// Which lines of a page's opening the extractor reads as its headline, whose figures the article below may state again.
import { describe, expect, it } from 'vitest';
import '../../extract/node-towns';
import { extractText } from '../../extract/run-pipeline';

const headlineLines = (text: string): number[] => extractText('page.txt', text).findings.filter((f) => f.inHeadline).map((f) => f.line);

describe('a page’s headline lines', () => {
  it('reads a short opening line with no full stop as a headline', () => {
    expect(headlineLines('某区最高6000万元奖励制造业投资\n对在某区建设的制造业项目，其固定资产投资最高奖补可达6000万元。')).toContain(1);
  });

  it('reads no provision under a part’s or an article’s heading as one, stops or none', () => {
    const text = '一、金融产业支持政策\n第一条 金融机构加速集聚\n新落户的大型法人金融机构,给予不超过3年,累计最高1亿元补贴\n新落户的金融机构区域总部,给予不超过3年,每年最高800元/平方米房租补贴';
    expect(headlineLines(text)).toEqual([]);
  });
});
