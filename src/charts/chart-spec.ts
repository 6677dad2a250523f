// What every option builder returns: the ECharts option and the same numbers as a table, so
// each chart can be read without seeing it (keyboard and screen-reader users, copy into slides).
import type { EChartsCoreOption } from 'echarts/core';
import type { Row } from '../data/selectors';

export interface DataTable { columns: string[]; rows: (string | number)[][] }

export interface ChartSpec {
  option: EChartsCoreOption;
  table: DataTable;
  /** A title for exports and the accessible name of the chart. */
  title: string;
  /** Height in pixels the chart needs to show every category. */
  height: number;
  /** The records the chart draws: exports count them and name their documents. */
  records?: readonly Row[];
  /** An option for exports when the screen's differs (e.g. no scroll window); height to go with it. */
  exportOption?: { option: EChartsCoreOption; height: number };
  /**
   * For marks held in typed arrays, which carry no names: the record id of a mark (what a click or
   * Enter opens) and every mark in keyboard order. Without it, a mark's name is its id and the
   * keyboard goes series by series.
   */
  marks?: {
    id: (seriesIndex: number, dataIndex: number) => string | null;
    order: () => { seriesIndex: number; dataIndex: number }[];
  };
}

/** A table whose rows are built when first read (an export, the opened table), not on every update of a chart of 50,000 rows. */
export function lazyTable(columns: string[], build: () => (string | number)[][]): DataTable {
  let rows: (string | number)[][] | null = null;
  return { columns, get rows() { return (rows ??= build()); } };
}

export const PALETTE = ['#2f6db3', '#d9822b', '#3a9c6a', '#b8433d', '#7d5ba6', '#8c6d3f', '#c55e99', '#6b7280'];
export const STATUS_COLORS: Record<string, string> = { overdue: '#b8433d', 'due-soon': '#d9822b', later: '#2f6db3', none: '#9ca3af' };
/** Text from the dataset goes into tooltip HTML escaped, so a quote can never carry markup. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Font list for charts. Single quotes only: the SVG renderer writes it into a double-quoted
 * style attribute, where a double quote would end the attribute and break the file.
 */
export const FONT = "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
