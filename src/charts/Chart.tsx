// The thin component that draws a chart spec: one ECharts instance per chart, resized with its
// box, disposed on unmount; PNG and SVG export with title, filters, version and source drawn in;
// the same numbers as a table for keyboard and screen-reader users.
import { useEffect, useRef, useState } from 'react';
import type { Translate } from '../app/i18n';
import { downloadBlob, downloadDataUrl, fileSafe } from '../export/download';
import type { ChartSpec } from './chart-spec';
import { echarts } from './echarts';
import { EXPORT_WIDTH, decorateForExport, type ExportMeta } from './export-decoration';

interface Props {
  spec: ChartSpec;
  meta: Omit<ExportMeta, 'title'>;
  t: Translate;
  onSelect?: (name: string, dataIndex: number) => void;
  testId?: string;
}

function renderOffscreen(spec: ChartSpec, meta: ExportMeta, renderer: 'svg' | 'canvas'): { svg?: string; png?: string } {
  const { option, height } = decorateForExport(spec.option, meta, spec.height);
  if (renderer === 'svg') {
    const chart = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width: EXPORT_WIDTH, height });
    chart.setOption(option);
    const svg = chart.renderToSVGString();
    chart.dispose();
    return { svg };
  }
  const box = document.createElement('div');
  box.style.cssText = `position:fixed;left:-10000px;top:0;width:${EXPORT_WIDTH}px;height:${height}px`;
  document.body.appendChild(box);
  const chart = echarts.init(box, undefined, { renderer: 'canvas', width: EXPORT_WIDTH, height });
  chart.setOption(option);
  const png = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
  chart.dispose();
  box.remove();
  return { png };
}

export function Chart({ spec, meta, t, onSelect, testId }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);
  const select = useRef(onSelect);
  select.current = onSelect;
  // the table is built only when opened: tens of thousands of hidden rows would slow every update
  const [tableOpen, setTableOpen] = useState(false);

  useEffect(() => {
    if (!box.current) return undefined;
    const instance = echarts.init(box.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (params) => select.current?.(String(params.name ?? ''), params.dataIndex ?? -1));
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
    // no resize() here: it redraws everything a second time; a new height reaches the chart
    // through the ResizeObserver above
    chart.current?.setOption(spec.option, { notMerge: true });
  }, [spec]);

  const full: ExportMeta = { ...meta, title: spec.title };
  const base = fileSafe(spec.title);
  return (
    <figure className="chart" data-testid={testId}>
      <figcaption className="chart-head">
        <h3>{spec.title}</h3>
        <span className="chart-actions">
          <button type="button" onClick={() => downloadDataUrl(renderOffscreen(spec, full, 'canvas').png ?? '', `${base}.png`)}>{t('exportPng')}</button>
          <button type="button" onClick={() => downloadBlob(new Blob([renderOffscreen(spec, full, 'svg').svg ?? ''], { type: 'image/svg+xml' }), `${base}.svg`)}>{t('exportSvg')}</button>
        </span>
      </figcaption>
      <div ref={box} className="chart-canvas" style={{ height: spec.height }} role="img" aria-label={spec.title} />
      <details className="chart-table" onToggle={(e) => setTableOpen(e.currentTarget.open)}>
        <summary>{t('showTable')}</summary>
        <div className="table-scroll">
          <table>
            <thead><tr>{spec.table.columns.map((c) => <th key={c} scope="col">{c}</th>)}</tr></thead>
            <tbody>{tableOpen && spec.table.rows.map((row, i) => <tr key={i}>{row.map((cell, j) => <td key={j}>{typeof cell === 'number' ? cell.toLocaleString('zh-CN') : cell}</td>)}</tr>)}</tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
