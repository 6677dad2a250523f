// Reads the timeline's marks back out of its option (each series a flat typed array of
// MARK_DIMENSIONS), with the record id the chart gives each, for tests to check what is drawn.
import type { ChartSpec } from '../../src/charts/chart-spec';
import { MARK_DIMENSIONS } from '../../src/charts/timeline-option';

export interface DrawnMark { seriesIndex: number; dataIndex: number; id: string | null; value: number[] }

export function timelineMarks(spec: ChartSpec, option = spec.option): DrawnMark[] {
  const size = MARK_DIMENSIONS.length;
  const series = option.series as { data: Float64Array }[];
  return series.flatMap(({ data }, seriesIndex) => Array.from({ length: data.length / size }, (_, dataIndex) => ({
    seriesIndex, dataIndex, id: spec.marks?.id(seriesIndex, dataIndex) ?? null, value: [...data.subarray(dataIndex * size, (dataIndex + 1) * size)],
  })));
}
