// The thin component that draws a chart spec: one ECharts instance per chart, resized with its
// box, disposed on unmount; exports as PNG or SVG at a chosen shape with title, filters, count and
// source drawn in, the plotted numbers as CSV, a link to the view; the same numbers as a table.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Translate } from '../app/i18n';
import { formatNumber } from '../domain/format-quantity';
import { downloadBlob, downloadDataUrl, fileSafe } from '../export/download';
import { tableToCsv } from '../export/table-csv';
import type { ChartSpec } from './chart-spec';
import { echarts } from './echarts';
import { EXPORT_SHAPES, decorateForExport, exportSize, sourceLine, type ExportContext, type ExportMeta, type ExportShape } from './export-decoration';

interface Props {
  spec: ChartSpec;
  meta: ExportContext;
  t: Translate;
  onSelect?: (name: string, dataIndex: number, data: unknown) => void;
  testId?: string;
}

/** Title, filters in words, what is plotted and the documents it comes from. */
export function exportMeta(spec: ChartSpec, context: ExportContext, t: Translate): ExportMeta {
  const plotted = spec.records?.length ?? spec.table.rows.length;
  const colon = context.language === 'zh' ? '：' : ': ';
  return {
    title: spec.title,
    filters: `${t('filtersLabel')}${colon}${context.filters}`,
    count: `${t('plotted')}${colon}${formatNumber(plotted, context.language)} ${t('records')}`,
    source: spec.records ? sourceLine(spec.records, context.language, context.source) : context.source,
    version: context.version,
  };
}

function render(spec: ChartSpec, meta: ExportMeta, shape: ExportShape, screenWidth: number, renderer: 'svg' | 'canvas'): string {
  const base = spec.exportOption ?? { option: spec.option, height: spec.height };
  const size = exportSize(shape, base.height, screenWidth);
  const option = decorateForExport(base.option, meta, size);
  if (renderer === 'svg') {
    const chart = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
    chart.setOption(option);
    const svg = chart.renderToSVGString();
    chart.dispose();
    return svg;
  }
  const box = document.createElement('div');
  box.style.cssText = `position:fixed;left:-20000px;top:0;width:${size.width}px;height:${size.height}px`;
  document.body.appendChild(box);
  const chart = echarts.init(box, undefined, { renderer: 'canvas', width: size.width, height: size.height });
  chart.setOption(option);
  const png = chart.getDataURL({ type: 'png', pixelRatio: size.pixelRatio, backgroundColor: '#ffffff' });
  chart.dispose();
  box.remove();
  return png;
}

export function Chart({ spec, meta, t, onSelect, testId }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);
  const select = useRef(onSelect);
  select.current = onSelect;
  const [shape, setShape] = useState<ExportShape>('slide');
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    if (!box.current) return undefined;
    const instance = echarts.init(box.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    // reachable from its box for browser tests and for debugging in the console
    Reflect.set(box.current, 'chart', instance);
    instance.on('click', (params) => select.current?.(String(params.name ?? ''), params.dataIndex ?? -1, params.data));
    // the first chart drawn marks the time benchmarks read as "first chart"
    instance.on('finished', () => {
      if (!performance.getEntriesByName('first-chart').length) performance.mark('first-chart');
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(spec.option, { notMerge: true });
    chart.current?.resize();
  }, [spec]);

  // keyboard: arrows step through the chart's items (tooltip shown and announced), Enter selects one
  const focused = useRef(-1);
  const [announced, setAnnounced] = useState('');
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const instance = chart.current;
    if (!instance) return;
    const series = (instance.getOption().series ?? []) as { data?: unknown[] }[];
    const items = series.flatMap((one, seriesIndex) => (one.data ?? []).map((_, dataIndex) => ({ seriesIndex, dataIndex })));
    if (!items.length) return;
    const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1, Home: -Infinity, End: Infinity }[event.key];
    if (step !== undefined) {
      event.preventDefault();
      const next = Math.min(items.length - 1, Math.max(0, focused.current < 0 && step > 0 ? 0 : focused.current + (Number.isFinite(step) ? step : step * items.length)));
      focused.current = next;
      instance.dispatchAction({ type: 'downplay' });
      instance.dispatchAction({ type: 'highlight', ...items[next] });
      instance.dispatchAction({ type: 'showTip', ...items[next] });
      const tip = box.current?.querySelector<HTMLElement>('div[style*="z-index: 9999999"]');
      setAnnounced(tip?.innerText ?? '');
    } else if (event.key === 'Enter' && focused.current >= 0) {
      const { seriesIndex, dataIndex } = items[focused.current];
      const data = series[seriesIndex].data?.[dataIndex];
      const name = typeof data === 'object' && data !== null && 'name' in data ? String(data.name) : '';
      select.current?.(name, dataIndex, data);
    } else if (event.key === 'Escape') {
      focused.current = -1;
      instance.dispatchAction({ type: 'hideTip' });
      instance.dispatchAction({ type: 'downplay' });
    }
  };

  const full = exportMeta(spec, meta, t);
  const base = fileSafe(spec.title);
  const width = (): number => box.current?.clientWidth ?? 1200;
  const copyLink = (): void => {
    void navigator.clipboard?.writeText(window.location.href).then(() => {
      setCopied(true);
      setTimeout(() => setCopied(false), 2500);
    });
  };
  return (
    <figure className="chart" data-testid={testId}>
      <figcaption className="chart-head">
        <h3>{spec.title}</h3>
        <span className="muted" data-testid="plotted-count">{full.count}</span>
        <span className="chart-actions">
          <label className="shape">{t('exportShape')}
            <select value={shape} onChange={(e) => setShape(EXPORT_SHAPES.find((s) => s === e.target.value) ?? 'slide')}>
              {EXPORT_SHAPES.map((s) => <option key={s} value={s}>{t(`shape-${s}`)}</option>)}
            </select>
          </label>
          <button type="button" onClick={() => downloadDataUrl(render(spec, full, shape, width(), 'canvas'), `${base}.png`)}>{t('exportPng')}</button>
          <button type="button" onClick={() => downloadBlob(new Blob([render(spec, full, shape, width(), 'svg')], { type: 'image/svg+xml' }), `${base}.svg`)}>{t('exportSvg')}</button>
          <button type="button" onClick={() => downloadBlob(new Blob([tableToCsv(spec.table)], { type: 'text/csv;charset=utf-8' }), `${base}.csv`)}>{t('exportChartCsv')}</button>
          <button type="button" onClick={copyLink}>{copied ? t('linkCopied') : t('copyLink')}</button>
        </span>
      </figcaption>
      <div ref={box} className="chart-canvas" style={{ height: spec.height }} role="application" tabIndex={0} onKeyDown={onKeyDown}
        aria-label={`${spec.title} · ${full.count}`} aria-roledescription={t('chartRole')} aria-describedby={testId ? `${testId}-keys` : undefined} />
      <p className="sr-only" id={testId ? `${testId}-keys` : undefined}>{t('chartKeys')}</p>
      <p className="sr-only" aria-live="polite" data-testid="chart-announce">{announced}</p>
      <details className="chart-table">
        <summary>{t('showTable')}</summary>
        <div className="table-scroll">
          <table>
            <thead><tr>{spec.table.columns.map((c) => <th key={c} scope="col">{c}</th>)}</tr></thead>
            <tbody>{spec.table.rows.map((row, i) => <tr key={i}>{row.map((cell, j) => <td key={j}>{typeof cell === 'number' ? formatNumber(cell, meta.language) : cell}</td>)}</tr>)}</tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
