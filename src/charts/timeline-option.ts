// Timeline view: a swimlane chart with one row per target, grouped by region or document. Each row
// runs from its document's date to its deadline; a deadline given as a year is drawn as that whole
// year and labelled with it (2025年), a stated day as a diamond on that day. Colour is the status as
// of the chosen date; a line marks that date and bands the plan periods. Every row is its own mark
// that shows a tooltip and opens its record; past a few hundred rows a scroll window keeps it light.
import type { CustomSeriesRenderItemAPI, CustomSeriesRenderItemParams, CustomSeriesRenderItemReturn } from 'echarts';
import { PLAN_PERIODS } from '../domain/dates';
import { formatAmount, type Language } from '../domain/format-quantity';
import type { TimelineItem } from '../data/selectors';
import type { Translate } from '../app/i18n';
import { FONT, STATUS_COLORS, escapeHtml, type ChartSpec } from './chart-spec';

export const STATUSES_DRAWN = ['overdue', 'due-soon', 'later'] as const;
const ROW = 20;
/** Above this many rows the screen shows a scrolling window of WINDOW rows. */
export const ALL_ROWS_UP_TO = 300;
const WINDOW = 40;

const ms = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

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

export function timelineOption(items: readonly TimelineItem[], options: TimelineOptions): ChartSpec {
  const { title, groupLabel, asOf, t, language, groupName, compact } = options;
  const starts = items.map((i) => Number(i.start.slice(0, 4)));
  const ends = items.map((i) => i.deadline.year);
  const minYear = Math.min(2021, ...starts);
  const maxYear = Math.max(2030, ...ends);
  const deadlineText = (item: TimelineItem): string => item.deadline.date ?? yearText(item.deadline.year, language);
  const labelWidth = compact ? 96 : 220;
  const firstOfGroup = new Set(items.flatMap((item, i) => (i === 0 || items[i - 1].group !== item.group ? [i] : [])));
  const rowLabels = items.map((item, i) => (firstOfGroup.has(i) ? `{g|${groupName(item.group)}} ${item.row.target.indicator}` : item.row.target.indicator));
  const windowed = items.length > ALL_ROWS_UP_TO;
  const height = (rows: number): number => 110 + rows * ROW;

  const yAxis = {
    type: 'category', inverse: true, data: rowLabels,
    axisTick: { show: false },
    axisLabel: {
      interval: 0, width: labelWidth, overflow: 'truncate', fontSize: 11,
      rich: { g: { fontWeight: 'bold', color: '#111827', fontSize: 11 } },
    },
    splitLine: { show: false },
  };
  const series = STATUSES_DRAWN.map((status, index) => ({
    name: t(status),
    type: 'custom',
    renderItem: (_params: CustomSeriesRenderItemParams, api: CustomSeriesRenderItemAPI) => renderRow(api, language),
    itemStyle: { color: STATUS_COLORS[status] },
    encode: { x: [0, 1, 2], y: 3 },
    clip: true,
    data: items.flatMap((item, row) => (item.row.status === status ? [{
      name: item.row.target.id,
      value: [ms(item.start), ms(item.deadline.date ?? `${item.deadline.year}-01-01`), ms(item.deadline.date ?? `${item.deadline.year + 1}-01-01`), row, item.deadline.date ? 1 : 0, item.deadline.year],
    }] : [])),
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
  const byId = new Map(items.map((item) => [item.row.target.id, item]));
  const base = {
    textStyle: { fontFamily: FONT },
    aria: { enabled: true, label: { description: `${title}: ${items.length} ${t('records')}. ${STATUSES_DRAWN.map((s) => `${t(s)} ${items.filter((i) => i.row.status === s).length}`).join('；')}` } },
    legend: { top: 0, data: STATUSES_DRAWN.map((s) => t(s)) },
    grid: { left: 8, right: windowed ? 40 : 24, top: 56, bottom: 16, containLabel: true },
    xAxis: {
      type: 'time', position: 'top', min: ms(`${minYear}-01-01`), max: ms(`${maxYear + 1}-01-01`),
      minInterval: 365 * 24 * 3600 * 1000, axisLine: { onZero: false },
      axisLabel: { formatter: (value: number) => yearText(new Date(value).getUTCFullYear(), language), hideOverlap: true },
      splitLine: { show: true, lineStyle: { color: '#eef0f3' } },
    },
    yAxis,
    tooltip: {
      trigger: 'item', confine: true,
      formatter: (params: { name: string }) => {
        const item = byId.get(params.name);
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
  return {
    title,
    records: items.map((i) => i.row),
    height: height(windowed ? WINDOW : items.length),
    table: {
      columns: [groupLabel, t('indicator'), t('value'), t('published'), t('deadline'), t('status')],
      rows: items.map((item) => [groupName(item.group), item.row.target.indicator, formatAmount(item.row.target, language), item.start, deadlineText(item), t(item.row.status)]),
    },
    option: windowed ? {
      ...base,
      dataZoom: [
        { type: 'slider', yAxisIndex: 0, startValue: 0, endValue: WINDOW - 1, right: 8, width: 16, filterMode: 'filter', showDetail: false, brushSelect: false },
        { type: 'inside', yAxisIndex: 0, startValue: 0, endValue: WINDOW - 1, zoomOnMouseWheel: false, moveOnMouseWheel: true, filterMode: 'filter' },
      ],
    } : base,
    // an export draws every row when they fit; a very long list exports its first window
    exportOption: windowed
      ? { option: { ...base, yAxis: { ...yAxis, data: rowLabels.slice(0, WINDOW) }, series: series.map((s) => ({ ...s, data: s.data.filter((d) => d.value[3] < WINDOW) })) }, height: height(WINDOW) }
      : { option: base, height: height(items.length) },
  };
}
