// Everything around a chart's drawing: title, what it plots, export shape and buttons (PNG and SVG
// drawn by the chart library, loaded on first use; the plotted numbers as CSV; a link to the view),
// and the same numbers as a table for keyboard and screen-reader users. Shared by the live chart
// and its prerendered SVG, so both have the same markup.
import { useRef, useState, type ReactNode } from 'react';
import type { Translate } from '../app/i18n';
import { formatNumber } from '../domain/format-quantity';
import { downloadBlob, fileSafe } from '../export/download';
import type { ChartSpec } from './chart-spec';
import { EXPORT_SHAPES, sourceLine, type ExportContext, type ExportMeta, type ExportShape } from './export-decoration';

export interface ChartProps {
  spec: ChartSpec;
  meta: ExportContext;
  t: Translate;
  onSelect?: (name: string, dataIndex: number, data: unknown) => void;
  testId?: string;
}

const colon = (context: ExportContext): string => (context.language === 'zh' ? '：' : ': ');

/** "图中绘制：1,234 条记录": how many records the chart plots. */
export function plottedCount(spec: ChartSpec, context: ExportContext, t: Translate): string {
  const plotted = spec.records?.length ?? spec.table.rows.length;
  return `${t('plotted')}${colon(context)}${formatNumber(plotted, context.language)} ${t('records')}`;
}

/** Title, filters in words, what is plotted and the documents it comes from (built for an export: it reads every record). */
export function exportMeta(spec: ChartSpec, context: ExportContext, t: Translate): ExportMeta {
  return {
    title: spec.title,
    filters: `${t('filtersLabel')}${colon(context)}${context.filters}`,
    count: plottedCount(spec, context, t),
    source: spec.records ? sourceLine(spec.records, context.language, context.source) : context.source,
    version: context.version,
  };
}

interface FrameProps extends ChartProps { children?: ReactNode; svg?: string; chartKey?: string; onWake?: () => void }

export function ChartFrame({ spec, meta, t, testId, children, svg, chartKey, onWake }: FrameProps) {
  const figure = useRef<HTMLElement>(null);
  const [shape, setShape] = useState<ExportShape>('slide');
  const [copied, setCopied] = useState(false);
  const [tableOpen, setTableOpen] = useState(false);
  const count = plottedCount(spec, meta, t);
  const exportImage = (format: 'png' | 'svg'): void => {
    const width = figure.current?.querySelector('.chart-canvas')?.clientWidth ?? 1200;
    const full = exportMeta(spec, meta, t);
    void import('./render-export').then((m) => m.downloadExport(spec, full, shape, width, format));
  };
  const copyLink = (): void => {
    void navigator.clipboard?.writeText(window.location.href).then(() => {
      setCopied(true);
      setTimeout(() => setCopied(false), 2500);
    });
  };
  const wake = onWake ? { onPointerEnter: onWake, onFocus: onWake, onTouchStart: onWake } : {};
  return (
    <figure className="chart" data-testid={testId} ref={figure} data-chart-key={chartKey}>
      <figcaption className="chart-head">
        <h3>{spec.title}</h3>
        <span className="muted" data-testid="plotted-count">{count}</span>
        <span className="chart-actions">
          <label className="shape">{t('exportShape')}
            <select value={shape} onChange={(e) => setShape(EXPORT_SHAPES.find((s) => s === e.target.value) ?? 'slide')}>
              {EXPORT_SHAPES.map((s) => <option key={s} value={s}>{t(`shape-${s}`)}</option>)}
            </select>
          </label>
          <button type="button" onClick={() => exportImage('png')}>{t('exportPng')}</button>
          <button type="button" onClick={() => exportImage('svg')}>{t('exportSvg')}</button>
          <button type="button" onClick={() => void import('../export/table-csv').then(({ tableToCsv }) => downloadBlob(new Blob([tableToCsv(spec.table)], { type: 'text/csv;charset=utf-8' }), `${fileSafe(spec.title)}.csv`))}>{t('exportChartCsv')}</button>
          <button type="button" onClick={copyLink}>{copied ? t('linkCopied') : t('copyLink')}</button>
        </span>
      </figcaption>
      {children ?? (
        <div className="chart-canvas" style={{ height: spec.height }} role="img" tabIndex={0} aria-label={`${spec.title} · ${count}`}
          dangerouslySetInnerHTML={{ __html: svg ?? '' }} {...wake} />
      )}
      {/* the table is built only when opened: tens of thousands of hidden rows would slow every update */}
      <details className="chart-table" onToggle={(e) => setTableOpen(e.currentTarget.open)}>
        <summary>{t('showTable')}</summary>
        <div className="table-scroll">
          <table>
            <thead><tr>{spec.table.columns.map((c) => <th key={c} scope="col">{c}</th>)}</tr></thead>
            <tbody>{tableOpen && spec.table.rows.map((row, i) => <tr key={i}>{row.map((cell, j) => <td key={j}>{typeof cell === 'number' ? formatNumber(cell, meta.language) : cell}</td>)}</tr>)}</tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
