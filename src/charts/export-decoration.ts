// What an exported chart carries besides the chart: its title, the active filters, the dataset
// version and a source line, drawn into the image so a slide needs no caption.
import type { EChartsCoreOption } from 'echarts/core';
import { FONT } from './chart-spec';

export interface ExportMeta { title: string; filters: string; version: string; source: string }

export const EXPORT_WIDTH = 1200;
const HEADER = 72;
const FOOTER = 40;

/** The option for an export: the chart moved down under a header and above a footer. */
export function decorateForExport(option: EChartsCoreOption, meta: ExportMeta, chartHeight: number): { option: EChartsCoreOption; height: number } {
  const height = chartHeight + HEADER + FOOTER;
  const grids = Array.isArray(option.grid) ? option.grid : [option.grid ?? {}];
  return {
    height,
    option: {
      ...option,
      animation: false,
      backgroundColor: '#ffffff',
      title: {
        text: meta.title,
        subtext: meta.filters,
        left: 16, top: 12,
        textStyle: { fontFamily: FONT, fontSize: 20, color: '#111827' },
        subtextStyle: { fontFamily: FONT, fontSize: 13, color: '#4b5563' },
      },
      grid: grids.map((grid) => ({
        ...(grid as object),
        top: HEADER + Number((grid as { top?: number }).top ?? 16),
        bottom: FOOTER + Number((grid as { bottom?: number }).bottom ?? 16),
      })),
      legend: option.legend ? { ...(option.legend as object), top: HEADER - 8 } : undefined,
      visualMap: option.visualMap ? { ...(option.visualMap as object), bottom: FOOTER + 4 } : undefined,
      graphic: [{
        type: 'text', left: 16, bottom: 12,
        style: { text: `${meta.source} · ${meta.version}`, fill: '#6b7280', font: `12px ${FONT}` },
      }],
    },
  };
}
