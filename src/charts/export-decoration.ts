// What an exported chart carries besides the chart: its title, the active filters in words, how
// many records it plots, a source line naming the documents, and the dataset version, drawn into
// the image at a chosen shape (16:9 slide, 4:3, or the shape on screen) so a slide needs no caption.
import type { EChartsCoreOption } from 'echarts/core';
import type { Row } from '../data/selectors';
import type { Language } from '../domain/format-quantity';
import { FONT } from './chart-spec';

/** What the app knows of the view being exported: filters in words, dataset version, a generic source. */
export interface ExportContext { filters: string; version: string; source: string; language: Language }

export interface ExportMeta { title: string; filters: string; count: string; source: string; version: string }

export type ExportShape = 'slide' | 'standard' | 'screen';
export const EXPORT_SHAPES: readonly ExportShape[] = ['slide', 'standard', 'screen'];

export interface ExportSize { width: number; height: number; pixelRatio: number }

const HEADER = 96;
const FOOTER = 56;
const LINE = 17;

/** Lines a 12 px text needs at a width: CJK glyphs are about 12 px wide, Latin about 6.6. */
function linesAt(text: string, width: number): number {
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil([...line].reduce((w, c) => w + (c.charCodeAt(0) > 255 ? 12 : 6.6), 0) / width)), 0);
}

/**
 * Logical size and pixel ratio of an export. A slide is 16:9 and at least 1920×1080 pixels, a
 * standard slide 4:3 and at least 1440×1080; a chart taller than the shape's height grows the
 * canvas in proportion, so every category stays readable. 'screen' keeps the width shown on screen.
 */
export function exportSize(shape: ExportShape, chartHeight: number, screenWidth: number): ExportSize {
  const needed = chartHeight + HEADER + FOOTER;
  if (shape === 'screen') return { width: Math.max(320, Math.round(screenWidth)), height: needed, pixelRatio: 2 };
  const [ratio, minWidth, minHeight] = shape === 'slide' ? [16 / 9, 1280, 720] : [4 / 3, 960, 720];
  const height = Math.max(minHeight, needed);
  const width = Math.max(minWidth, Math.round(height * ratio));
  // pixels: at least 1080 high, so a slide export is 1920×1080 or larger
  return { width, height, pixelRatio: Math.max(1.5, 1080 / height) };
}

/** "来源：《A》（浙江省，2023-07-07）；《B》（全国，2023-08-18）等 15 份文件" — documents of the plotted records, most used first. */
export function sourceLine(records: readonly Row[], language: Language, fallback: string): string {
  const uses = new Map<string, { title: string; issuer: string; date: string | null; n: number }>();
  for (const { document } of records) {
    if (!document) continue;
    const entry = uses.get(document.id) ?? { title: document.title, issuer: document.region, date: document.published, n: 0 };
    entry.n++;
    uses.set(document.id, entry);
  }
  if (!uses.size) return fallback;
  const listed = [...uses.values()].sort((a, b) => b.n - a.n || (a.title < b.title ? -1 : 1));
  const shown = listed.slice(0, 3).map((d) => `《${d.title}》（${[d.issuer, d.date].filter(Boolean).join('，')}）`);
  const more = listed.length - shown.length;
  if (language === 'zh') return `来源：${shown.join('；')}${more > 0 ? ` 等 ${listed.length} 份文件` : ''}`;
  return `Source: ${shown.join('; ')}${more > 0 ? ` and ${more} more documents` : ''}`;
}

/** The option for an export: the chart moved down under a header and above a footer, at a fixed size. */
export function decorateForExport(option: EChartsCoreOption, meta: ExportMeta, size: ExportSize): EChartsCoreOption {
  const grids = Array.isArray(option.grid) ? option.grid : [option.grid ?? {}];
  const textWidth = size.width - 32;
  const footerText = `${meta.source}\n${meta.version}`;
  // the source line wraps rather than cut a document's name; at most four lines
  const footer = FOOTER + Math.max(0, Math.min(4, linesAt(footerText, textWidth)) - 2) * LINE;
  return {
    ...option,
    animation: false,
    backgroundColor: '#ffffff',
    title: {
      text: meta.title,
      subtext: `${meta.filters}\n${meta.count}`,
      left: 16, top: 12,
      textStyle: { fontFamily: FONT, fontSize: 20, color: '#111827', width: textWidth, overflow: 'truncate' },
      subtextStyle: { fontFamily: FONT, fontSize: 13, lineHeight: 18, color: '#4b5563', width: textWidth, overflow: 'truncate' },
    },
    grid: grids.map((grid: { top?: number; bottom?: number }) => ({
      ...grid,
      top: HEADER + Number(grid.top ?? 16),
      bottom: footer + Number(grid.bottom ?? 16),
    })),
    legend: option.legend ? { ...(option.legend as object), top: HEADER - 16 } : undefined,
    visualMap: option.visualMap ? { ...(option.visualMap as object), bottom: footer + 4 } : undefined,
    graphic: [{
      type: 'text', left: 16, bottom: 12,
      style: { text: footerText, fill: '#6b7280', font: `12px ${FONT}`, lineHeight: LINE, width: textWidth, overflow: 'break' },
    }],
  };
}
