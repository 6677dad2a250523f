// The timeline at the size a user's dataset can reach: 200,000 records build without overflowing
// the stack, every dated record is one mark in a series, and the tooltip still names the record
// under the pointer.
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/app/i18n';
import { timelineOption } from '../../src/charts/timeline-option';
import { provinceOf } from '../../src/data/provinces';
import { indexRows, timelineItems } from '../../src/data/selectors';
import { makeDataset } from '../support/fixtures';
import { timelineMarks } from '../support/timeline-marks';

const t = translator('zh');

describe('timeline option for a large dataset', () => {
  const rows = indexRows(makeDataset(200_000), '2026-11-22', provinceOf);
  const items = timelineItems(rows, 'region');
  const spec = timelineOption(items, { title: '时间线', groupLabel: '地区', asOf: '2026-11-22', t, language: 'zh', groupName: (g) => g });
  const drawn = timelineMarks(spec);

  it('builds for 200,000 records, with every dated record one mark', () => {
    expect(items.length).toBeGreaterThan(100_000);
    expect(drawn).toHaveLength(items.length);
  });
  it('names the record under the pointer', () => {
    const formatter = (spec.option.tooltip as { formatter: (p: { seriesIndex: number; dataIndex: number }) => string }).formatter;
    for (const seriesIndex of new Set(drawn.map((m) => m.seriesIndex))) {
      const last = drawn.findLast((m) => m.seriesIndex === seriesIndex)!;
      const item = items.find((i) => i.row.target.id === last.id);
      expect(item).toBeDefined();
      expect(formatter(last)).toContain(item!.row.target.indicator);
    }
  });
});
