// Draws a chart spec off screen for export (PNG through the canvas renderer, SVG through the
// server-side SVG renderer) at the chosen shape, with its header and footer, and saves the file.
import { downloadBlob, downloadDataUrl, fileSafe } from '../export/download';
import type { ChartSpec } from './chart-spec';
import { echarts } from './echarts';
import { decorateForExport, exportSize, type ExportMeta, type ExportShape } from './export-decoration';

export function renderExport(spec: ChartSpec, meta: ExportMeta, shape: ExportShape, screenWidth: number, format: 'svg' | 'png'): string {
  const base = spec.exportOption ?? { option: spec.option, height: spec.height };
  const size = exportSize(shape, base.height, screenWidth);
  const option = decorateForExport(base.option, meta, size);
  if (format === 'svg') {
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

export function downloadExport(spec: ChartSpec, meta: ExportMeta, shape: ExportShape, screenWidth: number, format: 'svg' | 'png'): void {
  const drawn = renderExport(spec, meta, shape, screenWidth, format);
  const name = `${fileSafe(spec.title)}.${format}`;
  if (format === 'png') downloadDataUrl(drawn, name);
  else downloadBlob(new Blob([drawn], { type: 'image/svg+xml' }), name);
}
