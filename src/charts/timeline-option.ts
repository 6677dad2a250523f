// Timeline view: a swimlane chart with one row per target, grouped by region or document. Each row
// runs from its document's date to its deadline; a deadline given as a year is drawn as that whole
// year and labelled with it (2025年), a stated day as a diamond on that day. Colour is the status as
// of the chosen date; a line marks that date and bands the plan periods. Every row is its own mark
// that shows a tooltip and opens its record; past a few hundred rows a scroll window keeps it light.
import type { CustomSeriesRenderItemAPI, CustomSeriesRenderItemParams, CustomSeriesRenderItemReturn } from 'echarts';
import { PLAN_PERIODS } from '../domain/dates';
import { formatAmount, type Language } from '../domain/format-quantity';
import type { Row, TimelineItem } from '../data/selectors';
import type { Translate } from '../app/i18n';
import { FONT, STATUS_COLORS, escapeHtml, lazyTable, type ChartSpec } from './chart-spec';

export const STATUSES_DRAWN = ['overdue', 'due-soon', 'later'] as const;
const ROW = 20;
/** Above this many rows the screen shows a scrolling window of WINDOW rows. */
export const ALL_ROWS_UP_TO = 300;
const WINDOW = 40;

const ms = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

/**
 * What each mark holds, in this order. A series' marks are one flat typed array of these, which
 * ECharts takes as it is: objects with names it would copy and index one by one on every update.
 */
export const MARK_DIMENSIONS = ['start', 'from', 'to', 'row', 'exact', 'year'] as const;
const D = MARK_DIMENSIONS.length;
const ROW_AT = MARK_DIMENSIONS.indexOf('row');
const START_AT = MARK_DIMENSIONS.indexOf('start');
const YEAR_AT = MARK_DIMENSIONS.indexOf('year');

/** The series that draws a status, -1 for none (a three-element scan beats a keyed lookup here). */
const seriesOf = (status: string): number => (STATUSES_DRAWN as readonly string[]).indexOf(status);

/** 0, 1, …, count - 1 */
function rowNumbers(count: number): Uint32Array {
  const numbers = new Uint32Array(count);
  for (let i = 0; i < count; i++) numbers[i] = i;
  return numbers;
}

export interface TimelineOptions {
  title: string;
  groupLabel: string;
  asOf: string;
  t: Translate;
  language: Language;
  groupName: (group: string) => string;
  /** Narrow screens get shorter row labels. */
  compact?: boolean;
}

function yearText(year: number, language: Language): string {
  return language === 'zh' ? `${year}年` : String(year);
}

/** One mark: a thin line from the start, then the deadline as a year-wide block or a diamond on its day. */
function renderRow(api: CustomSeriesRenderItemAPI, language: Language): CustomSeriesRenderItemReturn {
  const [x0, y] = api.coord([api.value(0), api.value(3)]);
  const [x1] = api.coord([api.value(1), api.value(3)]);
  const [x2] = api.coord([api.value(2), api.value(3)]);
  const exact = api.value(4) === 1;
  const color = String(api.visual('color'));
  const band = api.size?.([0, 1]) ?? ROW;
  const h = Math.max(6, Math.min(14, (Array.isArray(band) ? band[1] : band) * 0.7));
  const line = { type: 'rect' as const, shape: { x: x0, y: y - 1, width: Math.max(1, x1 - x0), height: 2 }, style: { fill: color, opacity: 0.45 } };
  if (exact) {
    const r = h / 2 + 1;
    return { type: 'group', children: [line, { type: 'polygon' as const, shape: { points: [[x1, y - r], [x1 + r, y], [x1, y + r], [x1 - r, y]] }, style: { fill: color } }] };
  }
  const width = Math.max(3, x2 - x1);
  const label = width >= 34 ? yearText(Number(api.value(5)), language) : '';
  return {
    type: 'group',
    children: [
      line,
      { type: 'rect' as const, shape: { x: x1, y: y - h / 2, width, height: h, r: 2 }, style: { fill: color, opacity: 0.9 } },
      ...(label ? [{ type: 'text' as const, x: x1 + width / 2, y, style: { text: label, fill: '#ffffff', align: 'center' as const, verticalAlign: 'middle' as const, font: `10px ${FONT}` }, silent: true }] : []),
    ],
  };
}

/**
 * A dataset's timeline laid out once, in lane order, as flat arrays: a filter then only picks
 * positions, and building the chart reads arrays instead of walking 50,000 objects.
 */
export interface TimelineLanes {
  items: readonly TimelineItem[];
  rows: readonly Row[];
  indicators: readonly string[];
  /** Each item's mark in MARK_DIMENSIONS order, its row left at 0. */
  marks: Float64Array;
  /** Each item's series; -1 when its status is not drawn. */
  series: Int8Array;
  /** Each item's group as a number into `groups`. */
  group: Int32Array;
  groups: readonly string[];
  /** Each item's position among the dataset's rows (Row.index). */
  rowIndex: Int32Array;
}

export function timelineLanes(items: readonly TimelineItem[]): TimelineLanes {
  const marks = new Float64Array(items.length * D);
  const series = new Int8Array(items.length);
  const group = new Int32Array(items.length);
  const rowIndex = new Int32Array(items.length);
  const groups: string[] = [];
  items.forEach((item, i) => {
    const { row, time, deadline } = item;
    // in MARK_DIMENSIONS order; the row is set when drawn
    marks.set([time.start, time.from, time.to, 0, deadline.date ? 1 : 0, deadline.year], i * D);
    series[i] = seriesOf(row.status);
    if (groups.at(-1) !== item.group) groups.push(item.group);
    group[i] = groups.length - 1;
    rowIndex[i] = row.index;
  });
  return { items, rows: items.map((i) => i.row), indicators: items.map((i) => i.row.target.indicator), marks, series, group, groups, rowIndex };
}

/** Lane positions whose row is one of `filtered` (a subset of a dataset's `rowCount` rows), in lane order; null for all. */
export function lanePositions(lanes: TimelineLanes, rowCount: number, filtered: readonly Row[]): Int32Array | null {
  if (filtered.length === rowCount) return null;
  const kept = new Uint8Array(rowCount);
  for (const row of filtered) kept[row.index] = 1;
  const positions: number[] = [];
  for (let p = 0; p < lanes.rowIndex.length; p++) if (kept[lanes.rowIndex[p]] === 1) positions.push(p);
  return Int32Array.from(positions);
}

export function timelineOption(items: readonly TimelineItem[], options: TimelineOptions): ChartSpec {
  return lanesOption(timelineLanes(items), null, options);
}

/** The chart of the lanes at `positions` (null: every lane). */
export function lanesOption(lanes: TimelineLanes, positions: Int32Array | null, options: TimelineOptions): ChartSpec {
  const { title, groupLabel, asOf, t, language, groupName, compact } = options;
  const count = positions ? positions.length : lanes.items.length;
  const laneOf = (row: number): number => (positions ? positions[row] : row);
  // the drawn rows' labels, records and marks by status, read from the lanes' flat arrays
  const rowLabels: string[] = new Array<string>(count);
  const records: Row[] = new Array<Row>(count);
  const counts = STATUSES_DRAWN.map(() => 0);
  let earliest = Infinity;
  let maxYear = 2030;
  let previousGroup = -1;
  for (let row = 0; row < count; row++) {
    const lane = laneOf(row);
    const group = lanes.group[lane];
    const indicator = lanes.indicators[lane];
    rowLabels[row] = group !== previousGroup ? `{g|${groupName(lanes.groups[group])}} ${indicator}` : indicator;
    previousGroup = group;
    records[row] = lanes.rows[lane];
    earliest = Math.min(earliest, lanes.marks[lane * D + START_AT]);
    maxYear = Math.max(maxYear, lanes.marks[lane * D + YEAR_AT]);
    if (lanes.series[lane] >= 0) counts[lanes.series[lane]]++;
  }
  const marks = counts.map((n) => new Float64Array(n * D));
  const filled = STATUSES_DRAWN.map(() => 0);
  for (let row = 0; row < count; row++) {
    const lane = laneOf(row);
    const series = lanes.series[lane];
    if (series < 0) continue;
    const data = marks[series];
    const to = filled[series]++ * D;
    for (let d = 0; d < D; d++) data[to + d] = lanes.marks[lane * D + d];
    data[to + ROW_AT] = row;
  }
  const minYear = Math.min(2021, Number.isFinite(earliest) ? new Date(earliest).getUTCFullYear() : 2021);
  const itemAt = (seriesIndex: number, dataIndex: number): TimelineItem | undefined => {
    const row = marks[seriesIndex]?.[dataIndex * D + ROW_AT];
    return row === undefined ? undefined : lanes.items[laneOf(row)];
  };
  const deadlineText = (item: TimelineItem): string => item.deadline.date ?? yearText(item.deadline.year, language);
  const labelWidth = compact ? 96 : 220;
  const windowed = count > ALL_ROWS_UP_TO;
  const height = (rows: number): number => 110 + rows * ROW;

  // rows are numbers on a value axis, labelled from rowLabels: a category axis would take in
  // (and copy) every label of 50,000 rows on each update, where only the window's are drawn
  const yAxis = (rows: number) => ({
    type: 'value', inverse: true, min: -0.5, max: Math.max(rows, 1) - 0.5,
    axisTick: { show: false }, axisLine: { show: true, onZero: false },
    axisLabel: {
      // a label on every row (the axis keeps those inside its window); a typed array is taken as it is
      customValues: rowNumbers(rows),
      width: labelWidth, overflow: 'truncate', fontSize: 11,
      formatter: (value: number) => rowLabels[value] ?? '',
      rich: { g: { fontWeight: 'bold', color: '#111827', fontSize: 11 } },
    },
    splitLine: { show: false },
  });
  const series = STATUSES_DRAWN.map((status, index) => ({
    name: t(status),
    type: 'custom',
    renderItem: (_params: CustomSeriesRenderItemParams, api: CustomSeriesRenderItemAPI) => renderRow(api, language),
    itemStyle: { color: STATUS_COLORS[status] },
    dimensions: [...MARK_DIMENSIONS],
    encode: { x: [0, 1, 2], y: ROW_AT },
    clip: true,
    data: marks[index],
    ...(index === 0 ? {
      markLine: {
        symbol: 'none', silent: true, lineStyle: { color: '#111827', type: 'dashed' },
        label: { show: !compact, formatter: `${t('asOfDate')} ${asOf}`, position: 'insideEndTop' },
        data: [{ xAxis: ms(asOf) }],
      },
      markArea: {
        silent: true,
        label: { show: !compact, position: 'insideTop', color: '#6b7280' },
        data: PLAN_PERIODS.filter((period) => period.end >= minYear && period.start <= maxYear)
          .map((period, i) => [
            { name: `${period.name} ${period.start}–${period.end}`, xAxis: ms(`${period.start}-01-01`), itemStyle: { color: i % 2 ? 'rgba(217,130,43,0.06)' : 'rgba(47,109,179,0.06)' } },
            { xAxis: ms(`${period.end + 1}-01-01`) },
          ]),
      },
    } : {}),
  }));
  const base = {
    textStyle: { fontFamily: FONT },
    // a long list is redrawn at once on a filter change, not animated over a second of frames
    animation: !windowed,
    aria: { enabled: true, label: { description: `${title}: ${count} ${t('records')}. ${STATUSES_DRAWN.map((s, i) => `${t(s)} ${counts[i]}`).join('；')}` } },
    legend: { top: 0, data: STATUSES_DRAWN.map((s) => t(s)) },
    // room for the row labels kept by hand: the grid cannot measure labels given as custom values on a value axis
    grid: { left: labelWidth + 16, right: windowed ? 40 : 24, top: 56, bottom: 16, containLabel: false },
    xAxis: {
      type: 'time', position: 'top', min: ms(`${minYear}-01-01`), max: ms(`${maxYear + 1}-01-01`),
      minInterval: 365 * 24 * 3600 * 1000, axisLine: { onZero: false },
      axisLabel: { formatter: (value: number) => yearText(new Date(value).getUTCFullYear(), language), hideOverlap: true },
      splitLine: { show: true, lineStyle: { color: '#eef0f3' } },
    },
    yAxis: yAxis(count),
    tooltip: {
      trigger: 'item', confine: true,
      formatter: (params: { seriesIndex?: number; dataIndex?: number }) => {
        const item = itemAt(params.seriesIndex ?? -1, params.dataIndex ?? -1);
        if (!item) return '';
        const { target, document } = item.row;
        return `<b>${escapeHtml(groupName(item.group))}</b> · ${escapeHtml(target.indicator)}<br/>`
          + `${escapeHtml(formatAmount(target, language))} · ${t('deadline')} ${escapeHtml(deadlineText(item))} · ${t(item.row.status)}<br/>`
          + `<span style="white-space:normal">${escapeHtml(target.source.quote)}</span><br/>`
          + `<span style="color:#6b7280">${escapeHtml(document?.title ?? '')} · ${escapeHtml(item.start)}</span><br/><i>${t('openRecord')}</i>`;
      },
      extraCssText: 'max-width:420px',
    },
    series,
  };
  // an export of a long list draws its first window: the marks of rows above it (rows ascend within a series)
  const firstWindow = (data: Float64Array): Float64Array => {
    let n = 0;
    while (n * D < data.length && data[n * D + ROW_AT] < WINDOW) n++;
    return data.subarray(0, n * D);
  };
  return {
    title,
    records,
    marks: {
      id: (seriesIndex, dataIndex) => itemAt(seriesIndex, dataIndex)?.row.target.id ?? null,
      // the keyboard steps through rows top to bottom, whatever their status
      order: () => {
        const ordered: { seriesIndex: number; dataIndex: number }[] = new Array(count);
        marks.forEach((data, seriesIndex) => {
          for (let dataIndex = 0; dataIndex * D < data.length; dataIndex++) ordered[data[dataIndex * D + ROW_AT]] = { seriesIndex, dataIndex };
        });
        return ordered.filter(Boolean);
      },
    },
    height: height(windowed ? WINDOW : count),
    table: lazyTable(
      [groupLabel, t('indicator'), t('value'), t('published'), t('deadline'), t('status')],
      () => Array.from({ length: count }, (_, row) => lanes.items[laneOf(row)]).map((item) => [groupName(item.group), item.row.target.indicator, formatAmount(item.row.target, language), item.start, deadlineText(item), t(item.row.status)]),
    ),
    option: windowed ? {
      ...base,
      dataZoom: [
        { type: 'slider', yAxisIndex: 0, startValue: -0.5, endValue: WINDOW - 0.5, right: 8, width: 16, filterMode: 'filter', showDetail: false, brushSelect: false },
        { type: 'inside', yAxisIndex: 0, startValue: -0.5, endValue: WINDOW - 0.5, zoomOnMouseWheel: false, moveOnMouseWheel: true, filterMode: 'filter' },
      ],
    } : base,
    // an export draws every row when they fit; a very long list exports its first window
    exportOption: windowed
      ? { option: { ...base, yAxis: yAxis(WINDOW), series: series.map((s) => ({ ...s, data: firstWindow(s.data) })) }, height: height(WINDOW) }
      : { option: base, height: height(count) },
  };
}
