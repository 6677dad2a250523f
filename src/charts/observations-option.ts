// Detail: a target's reported figures and the user's own progress entries over time, in the
// target's unit, told apart by symbol, with the target at its deadline and the straight line to
// it from the baseline (or the earliest figure).
import type { Translate } from '../app/i18n';
import { inTargetUnit } from '../domain/baselines';
import { dueDate } from '../domain/dates';
import { formatNumber, type Language } from '../domain/format-quantity';
import { periodEnd, periodLabel } from '../domain/periods';
import type { Observation, Target } from '../domain/schema';
import type { Progress } from '../domain/tracking';
import { FONT, PALETTE, escapeHtml, type ChartSpec } from './chart-spec';

export interface ProgressPoint { date: string; value: number; label: string; quote: string; mine: boolean }

export function progressPoints(target: Target, observations: readonly Observation[], mine: readonly Progress[], language: 'zh' | 'en'): ProgressPoint[] {
  const reported = observations.map((o) => ({ date: periodEnd(o.period), value: inTargetUnit(target, o), label: periodLabel(o.period, language), quote: o.source.quote, mine: false }));
  const own = mine.map((p) => ({ date: p.asOf, value: p.value, label: p.asOf, quote: p.source, mine: true }));
  return [...reported, ...own].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export function observationsOption(target: Target, points: readonly ProgressPoint[], baseline: Observation | null, title: string, t: Translate, language: Language = 'zh'): ChartSpec {
  const reported = points.filter((p) => !p.mine);
  const own = points.filter((p) => p.mine);
  const due = target.deadline ? dueDate(target.deadline) : null;
  const start = baseline ? { date: periodEnd(baseline.period), value: inTargetUnit(target, baseline) } : points[0] ?? null;
  // the straight line from the baseline to the target at its deadline, drawn at once (not animated)
  const line = due && start ? [[{ coord: [start.date, start.value] }, { coord: [due, target.value] }]] : [];
  const tooltip = (p: ProgressPoint): string => `<b>${escapeHtml(p.label)}</b> ${p.value}${escapeHtml(target.unit)} · ${escapeHtml(p.mine ? t('obsMine') : t('obsReported'))}<br/>${escapeHtml(p.quote)}`;
  return {
    title,
    height: 280,
    table: {
      columns: [t('asOf'), `${t('value')} (${target.unit})`, t('source'), t('quote')],
      rows: [
        ...points.map((p) => [p.label, p.value, p.mine ? t('obsMine') : t('obsReported'), p.quote]),
        ...(due ? [[due, target.value, t('target'), target.source.quote]] : []),
      ],
    },
    option: {
      textStyle: { fontFamily: FONT },
      aria: { enabled: true, label: { description: `${title}: ${points.map((p) => `${p.label} ${p.value}${target.unit}`).join('；')}${due ? `；${t('target')} ${due} ${target.value}${target.unit}` : ''}` } },
      legend: { top: 0, data: [t('obsReported'), t('obsMine'), t('target')] },
      grid: { left: 8, right: 24, top: 36, bottom: 28, containLabel: true },
      xAxis: { type: 'time' },
      yAxis: { type: 'value', name: target.unit, scale: true, axisLabel: { formatter: (v: number) => formatNumber(v, language) } },
      tooltip: {
        trigger: 'item',
        confine: true,
        formatter: (params: { seriesIndex: number; dataIndex: number }) => {
          if (params.seriesIndex === 0) return tooltip(reported[params.dataIndex]);
          if (params.seriesIndex === 1) return tooltip(own[params.dataIndex]);
          return `<b>${escapeHtml(t('target'))}</b> ${target.value}${escapeHtml(target.unit)}<br/>${escapeHtml(target.source.quote)}`;
        },
      },
      series: [
        {
          name: t('obsReported'), type: 'scatter', symbol: 'circle', symbolSize: 11, itemStyle: { color: PALETTE[7] },
          data: reported.map((p) => [p.date, p.value]),
          markLine: { silent: true, animation: false, symbol: ['none', 'none'], label: { show: false }, lineStyle: { color: PALETTE[0], type: 'dashed', width: 1.5 }, data: line },
        },
        { name: t('obsMine'), type: 'scatter', symbol: 'diamond', symbolSize: 13, itemStyle: { color: PALETTE[1] }, data: own.map((p) => [p.date, p.value]) },
        { name: t('target'), type: 'scatter', symbol: 'triangle', symbolSize: 15, itemStyle: { color: PALETTE[0] }, data: due ? [[due, target.value]] : [] },
      ],
    },
  };
}
