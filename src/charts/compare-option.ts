// Compare view: sorted horizontal bars, one per region, in one unit at a time, with the
// original wording of the record behind each bar in its tooltip.
import { MONEY_SCALES, toMoneyScale, type MoneyScale } from '../domain/units';
import type { CompareBar } from '../data/selectors';
import type { Translate } from '../app/i18n';
import { FONT, PALETTE, escapeHtml, type ChartSpec } from './chart-spec';

export function unitLabel(unit: string, scale: MoneyScale): string {
  if (unit === 'CNY') return MONEY_SCALES.find((s) => s.id === scale)?.label ?? '元';
  return ({ count: '个/家/项', percent: '%', percentage_point: '个百分点' } as Record<string, string>)[unit] ?? unit;
}

export function scaled(value: number, unit: string, scale: MoneyScale): number {
  return unit === 'CNY' ? toMoneyScale(value, scale) : value;
}

export function compareOption(bars: readonly CompareBar[], unit: string, scale: MoneyScale, title: string, t: Translate): ChartSpec {
  // largest on top: ECharts draws the first category at the bottom of a vertical axis
  const ordered = [...bars].reverse();
  const label = unitLabel(unit, scale);
  return {
    title,
    records: bars.map((b) => b.row),
    height: Math.max(220, 60 + bars.length * 32),
    table: {
      columns: [t('region'), `${t('value')} (${label})`, t('indicator'), t('quote')],
      rows: bars.map((b) => [b.region, scaled(b.value, unit, scale), b.row.target.indicator, b.row.target.source.quote]),
    },
    option: {
      textStyle: { fontFamily: FONT },
      aria: { enabled: true, label: { description: `${title}: ${bars.map((b) => `${b.region} ${scaled(b.value, unit, scale)}${label}`).join('；')}` } },
      grid: { left: 8, right: 56, top: 16, bottom: 32, containLabel: true },
      xAxis: { type: 'value', name: label, nameLocation: 'end', axisLabel: { hideOverlap: true } },
      yAxis: { type: 'category', data: ordered.map((b) => b.region), axisTick: { show: false }, axisLabel: { width: 160, overflow: 'truncate' } },
      tooltip: {
        trigger: 'item',
        confine: true,
        formatter: (params: { dataIndex: number }) => {
          const bar = ordered[params.dataIndex];
          const target = bar.row.target;
          return `<b>${escapeHtml(bar.region)}</b> · ${escapeHtml(target.indicator)}<br/>${escapeHtml(target.source.quote)}<br/>`
            + `<span style="color:#6b7280">${escapeHtml(bar.row.document?.title ?? '')}</span>`;
        },
      },
      series: [{
        type: 'bar',
        data: ordered.map((b) => ({ value: scaled(b.value, unit, scale), itemStyle: { color: b.row.target.kind === 'incentive' ? PALETTE[1] : PALETTE[0] } })),
        label: { show: true, position: 'right', formatter: (p: { value: number }) => p.value.toLocaleString('zh-CN') },
        barMaxWidth: 22,
      }],
    },
  };
}
