// Regions view: a tile-grid map of China, one square per province in its rough position,
// coloured by the number of commitments of the province and the cities and districts in it.
import type { ProvinceTile } from '../data/provinces';
import type { Translate } from '../app/i18n';
import { FONT, type ChartSpec } from './chart-spec';

export function tileMapOption(tiles: readonly ProvinceTile[], counts: ReadonlyMap<string, number>, title: string, t: Translate, regionName?: (name: string) => string): ChartSpec {
  const label = (tile: ProvinceTile): string => (regionName ? regionName(tile.name) : tile.short);
  const full = (name: string): string => (regionName ? regionName(name) : name);
  const rows = Math.max(...tiles.map((tile) => tile.row)) + 1;
  const columns = Math.max(...tiles.map((tile) => tile.column)) + 1;
  const max = Math.max(1, ...counts.values());
  return {
    title,
    height: 560,
    table: {
      columns: [t('region'), t('commitments')],
      rows: tiles.map((tile) => [full(tile.name), counts.get(tile.name) ?? 0]).sort((a, b) => Number(b[1]) - Number(a[1])),
    },
    option: {
      textStyle: { fontFamily: FONT },
      aria: { enabled: true, label: { description: `${title}: ${[...counts.entries()].map(([n, c]) => `${full(n)} ${c}`).join('；')}` } },
      grid: { left: 'center', width: columns * 72, top: 16, bottom: 72 },
      xAxis: { type: 'value', min: -0.5, max: columns - 0.5, show: false },
      yAxis: { type: 'value', min: -0.5, max: rows - 0.5, inverse: true, show: false },
      visualMap: {
        type: 'continuous', min: 0, max, dimension: 2, orient: 'horizontal', left: 'center', bottom: 8,
        text: [String(max), '0'], calculable: false, inRange: { color: ['#eef2f7', '#9cc0e6', '#2f6db3', '#173f73'] },
      },
      tooltip: { trigger: 'item', formatter: (p: { dataIndex: number; data: { value: number[] } }) => `${full(tiles[p.dataIndex].name)}：${p.data.value[2]}` },
      series: [{
        type: 'scatter',
        symbol: 'roundRect',
        symbolSize: 60,
        data: tiles.map((tile) => {
          const count = counts.get(tile.name) ?? 0;
          return { name: tile.name, value: [tile.column, tile.row, count], label: { color: count > max * 0.45 ? '#ffffff' : '#111827' } };
        }),
        label: {
          show: true,
          formatter: (p: { dataIndex: number; value: number[] }) => `${label(tiles[p.dataIndex])}\n${p.value[2]}`,
          fontSize: regionName ? 10 : 13, lineHeight: 16, width: 58, overflow: 'truncate',
        },
        emphasis: { itemStyle: { borderColor: '#111827', borderWidth: 2 } },
      }],
    },
  };
}
