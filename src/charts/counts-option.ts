// Overview: commitments counted by the region that makes them (a city's records under the city,
// not its province), stacked by kind.
import type { Row } from '../data/selectors';
import type { Translate } from '../app/i18n';
import { FONT, PALETTE, type ChartSpec } from './chart-spec';

export function countsOption(rows: readonly Row[], title: string, t: Translate, regionName: (name: string) => string = (n) => n): ChartSpec & { regionAt: (index: number) => string | undefined } {
  const byRegion = new Map<string, { target: number; incentive: number }>();
  for (const { target } of rows) {
    const entry = byRegion.get(target.region.name) ?? { target: 0, incentive: 0 };
    entry[target.kind]++;
    byRegion.set(target.region.name, entry);
  }
  const regions = [...byRegion.entries()]
    .sort((a, b) => b[1].target + b[1].incentive - (a[1].target + a[1].incentive) || (a[0] < b[0] ? -1 : 1));
  const ordered = [...regions].reverse();
  return {
    title,
    records: rows,
    regionAt: (index) => ordered[index]?.[0],
    height: Math.max(220, 60 + regions.length * 28),
    table: {
      columns: [t('region'), t('target'), t('incentive'), t('total')],
      rows: regions.map(([region, c]) => [regionName(region), c.target, c.incentive, c.target + c.incentive]),
    },
    option: {
      textStyle: { fontFamily: FONT },
      aria: { enabled: true, label: { description: `${title}: ${regions.map(([r, c]) => `${regionName(r)} ${c.target + c.incentive}`).join('；')}` } },
      legend: { top: 0 },
      grid: { left: 8, right: 32, top: 32, bottom: 24, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: ordered.map(([region]) => regionName(region)), axisTick: { show: false } },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      series: (['target', 'incentive'] as const).map((kind, i) => ({
        name: t(kind), type: 'bar', stack: 'kind', itemStyle: { color: PALETTE[i] }, barMaxWidth: 20,
        data: ordered.map(([, c]) => c[kind]),
      })),
    },
  };
}
