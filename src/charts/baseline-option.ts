// Compare, baseline → target: one arrow per region from where it stood (its latest reported
// figure before the deadline) to where it commits to be, labelled with the average annual
// change that requires, so ambition can be compared and not only end values.
import type { Translate } from '../app/i18n';
import type { BaselineLink, Rate } from '../domain/baselines';
import { periodYear } from '../domain/periods';
import type { Target } from '../domain/schema';
import { unitName } from '../domain/format-quantity';
import { MONEY_SCALES, toMoneyScale, type MoneyScale } from '../domain/units';
import { FONT, PALETTE, escapeHtml, type ChartSpec } from './chart-spec';

/** The axis unit: 亿元 at the chosen money scale, else the base unit's Chinese name. */
export function unitLabel(unit: string, scale: MoneyScale): string {
  if (unit === 'CNY') return MONEY_SCALES.find((s) => s.id === scale)?.label ?? '元';
  return unitName(unit, 'zh') || unit;
}

function scaled(value: number, unit: string, scale: MoneyScale): number {
  return unit === 'CNY' ? toMoneyScale(value, scale) : value;
}

export interface BaselineRow {
  /** The category label: the region, with the deadline when a region has several targets. */
  label: string;
  target: Target;
  link: BaselineLink & { baseline: NonNullable<BaselineLink['baseline']>; required: Rate };
}

/** Targets of one indicator key with a baseline and a required rate, most demanding first. */
export function baselineRows(targets: readonly Target[], links: ReadonlyMap<string, BaselineLink>, key: string): BaselineRow[] {
  const rows: BaselineRow[] = [];
  for (const target of targets) {
    const link = links.get(target.id);
    if (target.indicatorKey !== key || !link?.baseline || !link.required) continue;
    rows.push({ label: target.region.name, target, link: { ...link, baseline: link.baseline, required: link.required } });
  }
  const regions = new Map<string, number>();
  for (const row of rows) regions.set(row.label, (regions.get(row.label) ?? 0) + 1);
  for (const row of rows) if ((regions.get(row.label) ?? 0) > 1) row.label = `${row.label} · ${row.target.deadline?.year ?? ''}`;
  return rows.sort((a, b) => b.link.required.value - a.link.required.value || (a.label < b.label ? -1 : 1));
}

/** +8.2%/年 for compound growth, +0.44 个百分点/年 for shares. */
export function rateText(rate: Rate, t: Translate): string {
  const sign = rate.value > 0 ? '+' : '';
  return rate.kind === 'growth' ? `${sign}${rate.value.toFixed(1)}%${t('obsPerYear')}` : `${sign}${rate.value.toFixed(2)} ${t('obsPointsPerYear')}`;
}

export function baselineOption(rows: readonly BaselineRow[], unit: string, scale: MoneyScale, title: string, t: Translate): ChartSpec {
  // most demanding on top: ECharts draws the first category at the bottom of a vertical axis
  const ordered = [...rows].reverse();
  const label = unitLabel(unit, scale);
  const value = (v: number): number => scaled(v, unit, scale);
  const describe = (row: BaselineRow): string => {
    const { baseline, required } = row.link;
    return `${row.label} ${value(baseline.normalized.value)}${label} (${periodYear(baseline.period)}) → ${value(row.target.normalized.value)}${label} (${row.target.deadline?.year}) ${t('obsRequired')} ${rateText(required, t)}`;
  };
  return {
    title,
    height: Math.max(200, 70 + rows.length * 40),
    table: {
      columns: [t('region'), t('indicator'), `${t('obsBaseline')} (${label})`, t('baselineYear'), `${t('target')} (${label})`, t('deadline'), t('obsRequired'), t('obsObserved')],
      rows: rows.map((r) => [
        r.label, r.target.indicator, value(r.link.baseline.normalized.value), String(periodYear(r.link.baseline.period)), value(r.target.normalized.value),
        String(r.target.deadline?.year ?? ''), rateText(r.link.required, t), r.link.observed ? rateText(r.link.observed, t) : '—',
      ]),
    },
    option: {
      textStyle: { fontFamily: FONT },
      aria: { enabled: true, label: { description: `${title}: ${rows.map(describe).join('；')}` } },
      legend: { top: 0, data: [t('obsBaseline'), t('target')] },
      grid: { left: 8, right: 150, top: 32, bottom: 32, containLabel: true },
      xAxis: { type: 'value', name: label, nameLocation: 'end', scale: true, axisLabel: { hideOverlap: true } },
      yAxis: { type: 'category', data: ordered.map((r) => r.label), axisTick: { show: false } },
      tooltip: {
        trigger: 'item',
        confine: true,
        formatter: (params: { dataIndex: number; seriesIndex: number }) => {
          const row = ordered[params.dataIndex];
          const { baseline, observed } = row.link;
          return `<b>${escapeHtml(row.label)}</b> · ${escapeHtml(row.target.indicator)}<br/>`
            + `${escapeHtml(t('obsBaseline'))} ${periodYear(baseline.period)}: ${escapeHtml(baseline.source.quote)}<br/>`
            + `${escapeHtml(t('target'))} ${row.target.deadline?.year ?? ''}: ${escapeHtml(row.target.source.quote)}<br/>`
            + `${escapeHtml(t('obsRequired'))} ${escapeHtml(rateText(row.link.required, t))}`
            + (observed ? ` · ${escapeHtml(t('obsObserved'))} ${escapeHtml(rateText(observed, t))}` : '');
        },
      },
      series: [
        {
          name: t('obsBaseline'),
          type: 'scatter',
          symbolSize: 12,
          itemStyle: { color: PALETTE[7] },
          data: ordered.map((r, i) => [value(r.link.baseline.normalized.value), i]),
          markLine: {
            silent: true,
            symbol: ['none', 'arrow'],
            symbolSize: 9,
            label: { show: false },
            lineStyle: { color: PALETTE[0], width: 2, type: 'solid' },
            data: ordered.map((r, i) => [{ coord: [value(r.link.baseline.normalized.value), i] }, { coord: [value(r.target.normalized.value), i] }]),
          },
        },
        {
          name: t('target'),
          type: 'scatter',
          symbolSize: 14,
          itemStyle: { color: PALETTE[0] },
          data: ordered.map((r, i) => [value(r.target.normalized.value), i]),
          label: { show: true, position: 'right', formatter: (p: { dataIndex: number }) => rateText(ordered[p.dataIndex].link.required, t) },
        },
      ],
    },
  };
}
