// The timeline at the size a user's dataset can reach: 200,000 points build without overflowing
// the stack, large series are drawn in ECharts' large mode, and the tooltip still names the
// record under the pointer.
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/app/i18n';
import { timelineOption } from '../../src/charts/timeline-option';
import { provinceOf } from '../../src/data/provinces';
import { indexRows, timelinePoints } from '../../src/data/selectors';
import { makeDataset } from '../support/fixtures';

const t = translator('zh');

describe('timeline option for a large dataset', () => {
  const rows = indexRows(makeDataset(200_000), '2026-11-22', provinceOf);
  const points = timelinePoints(rows, 'region');
  const spec = timelineOption(points, '2026-11-22', '时间线', '地区', t);
  const series = spec.option.series as { name: string; large: boolean; largeThreshold: number; data: [string, number][] }[];

  it('builds for 200,000 records, with every dated point in a series', () => {
    expect(series.reduce((sum, s) => sum + s.data.length, 0)).toBe(points.length);
    for (const s of series) expect(s.large && s.largeThreshold).toBeGreaterThan(0);
  });
  it('names the record under the pointer from its series and index', () => {
    const formatter = (spec.option.tooltip as { formatter: (p: { seriesIndex: number; dataIndex: number }) => string }).formatter;
    series.forEach((s, seriesIndex) => {
      if (!s.data.length) return;
      const dataIndex = s.data.length - 1;
      const [date] = s.data[dataIndex];
      const html = formatter({ seriesIndex, dataIndex });
      expect(html).toContain(date);
      const candidates = points.filter((p) => p.date === date && t(p.row.status) === s.name);
      expect(candidates.some((p) => html.includes(p.row.target.indicator))).toBe(true);
    });
    expect(formatter({ seriesIndex: 9, dataIndex: 0 })).toBe('');
  });
});
