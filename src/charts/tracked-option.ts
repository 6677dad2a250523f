// Tracked view: every followed commitment with progress entries as a bar of the share achieved,
// coloured by pace (achieved, on track, behind, unknown).
import type { Pace } from '../domain/progress';
import type { Translate } from '../app/i18n';
import { FONT, escapeHtml, type ChartSpec } from './chart-spec';

export interface TrackedBar { label: string; share: number; pace: Pace }

export const PACE_COLORS: Record<Pace, string> = { achieved: '#3a9c6a', 'on-track': '#2f6db3', behind: '#b8433d', unknown: '#9ca3af' };

export function trackedOption(bars: readonly TrackedBar[], title: string, t: Translate): ChartSpec {
  const ordered = [...bars].sort((a, b) => a.share - b.share);
  return {
    title,
    height: Math.max(200, 60 + bars.length * 28),
    table: { columns: [t('indicator'), t('shareAchieved'), t('pace')], rows: [...ordered].reverse().map((b) => [b.label, `${(b.share * 100).toFixed(1)}%`, t(b.pace)]) },
    option: {
      textStyle: { fontFamily: FONT },
      aria: { enabled: true, label: { description: `${title}: ${bars.map((b) => `${b.label} ${(b.share * 100).toFixed(0)}%`).join('；')}` } },
      grid: { left: 8, right: 56, top: 16, bottom: 28, containLabel: true },
      xAxis: { type: 'value', max: (v: { max: number }) => Math.max(100, Math.ceil(v.max / 10) * 10), axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', data: ordered.map((b) => b.label.slice(0, 22)), axisTick: { show: false } },
      tooltip: { trigger: 'item', formatter: (p: { dataIndex: number }) => `${escapeHtml(ordered[p.dataIndex].label)}<br/>${(ordered[p.dataIndex].share * 100).toFixed(1)}% · ${t(ordered[p.dataIndex].pace)}` },
      series: [{
        type: 'bar', barMaxWidth: 18,
        data: ordered.map((b) => ({ value: Number((b.share * 100).toFixed(1)), itemStyle: { color: PACE_COLORS[b.pace] } })),
        label: { show: true, position: 'right', formatter: '{c}%' },
        markLine: { symbol: 'none', silent: true, data: [{ xAxis: 100 }], lineStyle: { color: '#3a9c6a', type: 'dashed' } },
      }],
    },
  };
}
