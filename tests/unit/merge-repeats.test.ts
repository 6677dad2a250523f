import { describe, expect, it } from 'vitest';
import type { Finding } from '../../extract/finding';
import { mergeRepeats } from '../../extract/merge-repeats';

/** A target of 300 个 on a line, with its name and the line's text. */
const target = (line: number, indicator: string, context: string): Finding => ({
  documentKey: 'd', kind: 'target', indicator, indicatorKey: null, value: 300, valueMax: null, unit: '个', baseValue: 300, baseValueMax: null,
  baseUnit: 'count', comparator: '=', deadline: { year: 2024, date: null }, region: { name: '南昌市南昌县', level: 'district', code: '360121' },
  strength: null, baselineYear: null, cumulative: false, annual: false, file: 'd.txt', line, quote: context, context, alsoLines: [], inEditorNote: false,
});

describe('mergeRepeats', () => {
  it("keeps an item's text, not its heading, where the text restates the heading's figure a few lines on", () => {
    const heading = target(32, '公共充电桩项目', '三、新建300个公共充电桩项目');
    const text = target(40, '公共充电桩建设', '任务目标:2024年计划在莲塘片区等区域内共完成300个公共充电桩建设');
    const merged = mergeRepeats([heading, text]);
    expect(merged).toHaveLength(1);
    expect(merged[0].line).toBe(40);
    expect(merged[0].alsoLines).toEqual([32]);
  });

  it('keeps two items apart: a heading far above, or of other works, is no repeat', () => {
    expect(mergeRepeats([target(2, '公共充电桩项目', '三、新建300个公共充电桩项目'), target(40, '公共充电桩建设', '共完成300个公共充电桩建设')])).toHaveLength(2);
    expect(mergeRepeats([target(32, '公共充电桩项目', '三、新建300个公共充电桩项目'), target(40, '停车位建设', '共完成300个停车位建设')])).toHaveLength(2);
  });
});
