import { describe, expect, it } from 'vitest';
import { normalizeLine } from '../../extract/normalize';
import { readHead } from '../../extract/read-head';

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
});
