// Timeline view: every target with a deadline on a time axis, one row per region or document,
// a line for today and bands for the plan periods, coloured by status as of today.
import { PLAN_PERIODS } from '../domain/dates';
import type { TimelinePoint } from '../data/selectors';
import type { Translate } from '../app/i18n';
import { FONT, STATUS_COLORS, escapeHtml, type ChartSpec } from './chart-spec';

/** Points per status above which ECharts draws the series in its large mode. */
const LARGE_SERIES = 2000;

export function timelineOption(points: readonly TimelinePoint[], today: string, title: string, groupLabel: string, t: Translate): ChartSpec {
  const groups = [...new Set(points.map((p) => p.group))].sort();
  const rowOf = new Map(groups.map((g, i) => [g, i]));
  // a loop, not Math.min(...years): spreading tens of thousands of arguments overflows the stack
  let minYear = 2021;
  let maxYear = 2030;
  for (const p of points) {
    const year = Number(p.date.slice(0, 4));
    if (year < minYear) minYear = year;
    if (year > maxYear) maxYear = year;
  }
  const statuses = ['overdue', 'due-soon', 'later'] as const;
  const jitter = new Map<string, number>();
  const yOf = (p: TimelinePoint): number => {
    // spread points that share a row and a day so each stays visible
    const key = `${p.group}|${p.date}`;
    const n = jitter.get(key) ?? 0;
    jitter.set(key, n + 1);
    return rowOf.get(p.group)! + ((n % 5) - 2) * 0.12;
  };
  const placed = points.map((p) => ({ p, y: yOf(p) }));
  const bySeries = statuses.map((status) => placed.filter(({ p }) => p.row.status === status));
  return {
    title,
    height: Math.max(260, 90 + groups.length * 34),
    table: {
      columns: [t('deadline'), groupLabel, t('indicator'), t('value'), t('status')],
      rows: points.map((p) => [p.date, p.group, p.row.target.indicator, `${p.row.target.value}${p.row.target.unit}`, t(p.row.status)]),
    },
    option: {
      textStyle: { fontFamily: FONT },
      aria: { enabled: true, label: { description: `${title}: ${points.length}` } },
      legend: { top: 0, data: statuses.map((s) => t(s)) },
      grid: { left: 8, right: 24, top: 40, bottom: 40, containLabel: true },
      xAxis: { type: 'time', min: `${minYear}-01-01`, max: `${maxYear}-12-31`, axisLine: { onZero: false }, splitLine: { show: true, lineStyle: { color: '#eef0f3' } } },
      yAxis: {
        type: 'value', min: -0.6, max: groups.length - 0.4, inverse: true,
        axisLabel: { customValues: groups.map((_, i) => i), formatter: (v: number) => (groups[Math.round(v)] ?? '').slice(0, 18) },
        axisTick: { customValues: groups.map((_, i) => i) },
        splitLine: { show: false },
      },
      tooltip: {
        trigger: 'item', confine: true,
        formatter: (params: { seriesIndex: number; dataIndex: number }) => {
          const point = bySeries[params.seriesIndex]?.[params.dataIndex]?.p;
          if (!point) return '';
          const target = point.row.target;
          return `<b>${escapeHtml(point.group)}</b> · ${escapeHtml(point.date)}<br/>${escapeHtml(target.indicator)}：${target.value}${escapeHtml(target.unit)}<br/>${escapeHtml(target.source.quote)}`;
        },
      },
      series: statuses.map((status, index) => ({
        name: t(status),
        type: 'scatter',
        symbolSize: 11,
        itemStyle: { color: STATUS_COLORS[status], opacity: 0.85 },
        // past LARGE_SERIES points one series is drawn as a single shape: tens of thousands stay quick
        large: true,
        largeThreshold: LARGE_SERIES,
        data: bySeries[index].map(({ p, y }) => [p.date, y]),
        ...(index === 0 ? {
          markLine: {
            symbol: 'none', silent: true, lineStyle: { color: '#111827', type: 'dashed' },
            label: { formatter: `${t('today')} ${today}`, position: 'insideEndTop' },
            data: [{ xAxis: today }],
          },
          markArea: {
            silent: true,
            itemStyle: { color: 'rgba(47,109,179,0.06)' },
            label: { position: 'insideTop', color: '#6b7280' },
            data: PLAN_PERIODS.filter((period) => period.end >= minYear && period.start <= maxYear)
              .map((period, i) => [
                { name: `${period.name} ${period.start}–${period.end}`, xAxis: `${period.start}-01-01`, itemStyle: { color: i % 2 ? 'rgba(217,130,43,0.06)' : 'rgba(47,109,179,0.06)' } },
                { xAxis: `${period.end}-12-31` },
              ]),
          },
        } : {}),
      })),
    },
  };
}
