// The region × indicator matrix as a chart: a cell per region and indicator with the value and
// deadline year of the region's furthest commitment, coloured by deadline status; empty cells
// show what a region does not target. Cells have fixed sizes so a click maps to one cell.
import type { Translate } from '../app/i18n';
import type { Matrix, MatrixCell } from '../data/compare';
import type { DeadlineStatus } from '../domain/dates';
import { formatQuantity, measureWordOf, type Language } from '../domain/format-quantity';
import { FONT, STATUS_COLORS, escapeHtml, type ChartSpec } from './chart-spec';

export const MATRIX_LAYOUT = { left: 120, top: 96, cellHeight: 44, maxWidth: 1160, minCell: 72, maxCell: 132 } as const;

const STATUSES: readonly DeadlineStatus[] = ['overdue', 'due-soon', 'later', 'none'];
const MISSING = '#f3f4f6';

export function matrixCellWidth(columns: number): number {
  const { left, maxWidth, minCell, maxCell } = MATRIX_LAYOUT;
  return Math.max(minCell, Math.min(maxCell, Math.floor((maxWidth - left) / Math.max(1, columns))));
}

/** A cell's value as written in the records' language: ≥5000亿元, with the year beneath. */
export function cellValueText(cell: MatrixCell, language: Language): string {
  const { normalized, unit, comparator } = cell.shown.target;
  const word = measureWordOf(unit);
  const low = formatQuantity(normalized.value, normalized.unit, language, word);
  if (normalized.valueMax !== null) return `${low}–${formatQuantity(normalized.valueMax, normalized.unit, language, word)}`;
  return `${({ '>=': '≥', '<=': '≤', '~': '≈' } as Record<string, string>)[comparator] ?? ''}${low}`;
}

export interface MatrixChartInput {
  matrix: Matrix;
  title: string;
  indicatorName: (key: string) => string;
  language: Language;
  t: Translate;
  /** A region's name in the interface language; category values stay as in the data. */
  regionName?: (name: string) => string;
}

type CellPoint = { value: [number, number]; name: string; label?: object; itemStyle?: object };

/** Data item names are `cell:<index into matrix.cells>` so a click finds its cell; empty cells are `empty:`. */
export function matrixCellIndex(name: string): number | null {
  const match = /^cell:(\d+)$/.exec(name);
  return match ? Number(match[1]) : null;
}

export function matrixOption({ matrix, title, indicatorName, language, t, regionName = (n) => n }: MatrixChartInput): ChartSpec {
  const { regions, columns, cells } = matrix;
  const width = matrixCellWidth(columns.length);
  const { left, top, cellHeight } = MATRIX_LAYOUT;
  const text = (cell: MatrixCell): string => `${cellValueText(cell, language)}\n${cell.shown.target.deadline?.year ?? t('none')}${cell.rows.length > 1 ? ` (+${cell.rows.length - 1})` : ''}`;
  const at = new Map(cells.map((cell, index) => [`${cell.region}\u0000${cell.indicatorKey}`, index]));
  const empty: CellPoint[] = [];
  regions.forEach((region, r) => columns.forEach((key, c) => {
    if (!at.has(`${region}\u0000${key}`)) empty.push({ value: [c, r], name: 'empty:' });
  }));
  const cellSymbol = [width - 4, cellHeight - 4];
  const series = [
    ...STATUSES.map((status) => ({
      type: 'scatter',
      name: t(status),
      color: STATUS_COLORS[status],
      symbol: 'rect',
      symbolSize: cellSymbol,
      data: cells.flatMap((cell, index): CellPoint[] => (cell.status === status
        ? [{ value: [columns.indexOf(cell.indicatorKey), regions.indexOf(cell.region)], name: `cell:${index}` }]
        : [])),
      label: {
        show: true, position: 'inside', fontSize: 11, lineHeight: 15, color: status === 'none' ? '#111827' : '#ffffff',
        formatter: (p: { name: string }) => { const i = matrixCellIndex(p.name); return i === null ? '' : text(cells[i]); },
      },
      itemStyle: { opacity: 0.92 },
      cursor: 'pointer',
    })),
    {
      type: 'scatter', name: t('notTargeted'), color: MISSING, symbol: 'rect', symbolSize: cellSymbol, silent: true, data: empty,
      label: { show: true, position: 'inside', color: '#9ca3af', formatter: '—' }, itemStyle: { borderColor: '#e5e7eb', borderWidth: 1 },
    },
  ];
  return {
    title,
    records: cells.flatMap((cell) => cell.rows),
    height: top + regions.length * cellHeight + 24,
    table: {
      columns: [t('region'), ...columns.map(indicatorName)],
      rows: regions.map((region) => [regionName(region), ...columns.map((key) => {
        const index = at.get(`${region}\u0000${key}`);
        return index === undefined ? '' : text(cells[index]).replace('\n', ' · ');
      })]),
    },
    option: {
      textStyle: { fontFamily: FONT },
      aria: { enabled: true, label: { description: `${title}: ${cells.map((c) => `${regionName(c.region)} ${indicatorName(c.indicatorKey)} ${text(c).replace('\n', ' ')}`).join('；')}` } },
      legend: { top: 0, left: 0, data: [...STATUSES.map((s) => t(s)), t('notTargeted')], selectedMode: false },
      // no shrinking to fit labels: cells keep the sizes a click is mapped with
      grid: { left, top, width: width * columns.length, height: cellHeight * regions.length, outerBoundsMode: 'none' },
      xAxis: {
        type: 'category', position: 'top', data: columns.map(indicatorName), axisTick: { show: false },
        axisLabel: { interval: 0, width: width - 8, overflow: 'break', fontSize: 12, lineHeight: 15 },
        splitLine: { show: false },
      },
      yAxis: { type: 'category', inverse: true, data: regions, axisTick: { show: false }, axisLabel: { width: left - 16, overflow: 'truncate', formatter: regionName } },
      tooltip: {
        trigger: 'item',
        confine: true,
        formatter: (p: { name?: string }) => {
          const index = matrixCellIndex(p.name ?? '');
          if (index === null) return '';
          const cell = cells[index];
          return `<b>${escapeHtml(regionName(cell.region))}</b> · ${escapeHtml(indicatorName(cell.indicatorKey))}<br/>`
            + cell.rows.map((row) => `${escapeHtml(cellValueText({ ...cell, shown: row }, language))} · ${row.target.deadline?.year ?? t('none')} · ${escapeHtml(row.target.indicator)}`).join('<br/>')
            + `<br/><span style="color:#4b5563">${t(cell.status)} · ${t('openRecords')}</span>`;
        },
      },
      series,
    },
  };
}
