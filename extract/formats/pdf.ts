// A PDF → its text layer (unpdf: PDF.js built to run without a worker of its own, in Node and in
// a browser worker alike), laid out again as the lines of the text it was printed from: lines
// wrapped at the right margin re-joined, running headers, footers and page numbers dropped.
// A PDF with no text layer (a scan) is named as such, not read as empty.
import { getDocumentProxy } from 'unpdf';
import { radicalsToIdeographs } from './cjk-radicals';
import type { FormatResult } from './format-result';

/** Characters as the source text had them: radicals as ideographs, and the horizontal bar (U+2015) CJK fonts draw for the dash — as a dash. */
function printedCharacters(text: string): string {
  return radicalsToIdeographs(text).replace(/\u2015/g, '\u2014');
}

/** One printed line: its text and where it sits on the page (PDF units, y up). */
export interface PrintedLine { text: string; left: number; right: number; y: number; height: number }
export interface PrintedPage { lines: PrintedLine[]; height: number }

interface Item { str: string; x: number; y: number; width: number; height: number }

/** Items on (nearly) the same baseline form one line, read left to right; a visible gap becomes a space. */
export function groupLines(items: readonly Item[]): PrintedLine[] {
  const sorted = items.filter((i) => i.str !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Item[][] = [];
  for (const item of sorted) {
    const row = rows.at(-1);
    if (row && Math.abs(row[0].y - item.y) <= Math.max(2, row[0].height * 0.4)) row.push(item);
    else rows.push([item]);
  }
  return rows.flatMap((row) => {
    row.sort((a, b) => a.x - b.x);
    let text = '';
    let end = row[0].x;
    for (const item of row) {
      if (text && item.x - end > item.height * 0.25 && !text.endsWith(' ') && !item.str.startsWith(' ')) text += ' ';
      text += item.str;
      end = Math.max(end, item.x + item.width);
    }
    const trimmed = text.trim();
    if (!trimmed) return [];
    return [{ text: trimmed, left: row[0].x, right: end, y: row[0].y, height: Math.max(...row.map((i) => i.height)) }];
  });
}

/** A page number on its own: 3, - 3 -, 第3页, 3/12, Page 3 of 12. */
const PAGE_NUMBER = /^(?:[-—–·\s]*\d{1,4}[-—–·\s]*|第\s*\d{1,4}\s*页(?:\s*[/，,]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|(?:page\s*)?\d{1,4}\s*(?:of|\/)\s*\d{1,4})$/i;
/** Lines within this share of the page height from its top or bottom edge may be running heads or feet. */
const MARGIN_SHARE = 0.1;

/**
 * Running headers and footers: lines near the top or bottom edge repeated (digits aside) at the
 * same height on most pages, and page numbers. A title under the header that reads the same is kept.
 */
export function dropRunningLines(pages: readonly PrintedPage[]): PrintedPage[] {
  const key = (line: PrintedLine): string => `${Math.round(line.y / 4)}:${line.text.replace(/\d+/g, '#').replace(/\s+/g, '')}`;
  const inMargin = (line: PrintedLine, page: PrintedPage): boolean => line.y > page.height * (1 - MARGIN_SHARE) || line.y < page.height * MARGIN_SHARE;
  const seen = new Map<string, number>();
  for (const page of pages) {
    for (const k of new Set(page.lines.filter((l) => inMargin(l, page)).map(key))) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  const repeated = (line: PrintedLine): boolean => pages.length >= 2 && (seen.get(key(line)) ?? 0) >= Math.max(2, pages.length * 0.5);
  return pages.map((page) => ({
    ...page,
    lines: page.lines.filter((line) => !(inMargin(line, page) && (PAGE_NUMBER.test(line.text) || repeated(line)))),
  }));
}

/** Ends a sentence or a heading line; a line so ending at the margin may still be followed by a new paragraph. */
const CLOSING = /[。！？；：!?;:」』”）)]$/;

/** The usual distance between lines, and whether paragraphs are set apart by extra space. */
function spacing(pages: readonly PrintedPage[]): { line: number; spacedParagraphs: boolean } {
  const gaps = pages.flatMap((p) => p.lines.slice(1).map((l, i) => Math.round((p.lines[i].y - l.y) * 2) / 2)).filter((g) => g > 0);
  const counts = new Map<number, number>();
  for (const g of gaps) counts.set(g, (counts.get(g) ?? 0) + 1);
  const line = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
  const wide = gaps.filter((g) => g > line * 1.3).length;
  return { line, spacedParagraphs: line > 0 && wide >= gaps.length * 0.1 };
}

/**
 * The printed lines as the lines of the source text: a line that runs to the right margin, followed
 * by one not indented, was wrapped, if the next follows at the usual line distance (where paragraphs
 * are set apart by space, closer than a paragraph's). Across a page break only the margin tells.
 */
export function joinWrappedLines(pages: readonly PrintedPage[]): string[] {
  const all = pages.flatMap((p) => p.lines);
  if (!all.length) return [];
  const margin = Math.max(...all.map((l) => l.right));
  const leftEdge = Math.min(...all.map((l) => l.left));
  const { line: lineGap, spacedParagraphs } = spacing(pages);
  const out: string[] = [];
  let previous: PrintedLine | null = null;
  let previousPage = -1;
  pages.forEach((page, pageIndex) => {
    for (const line of page.lines) {
      const size = line.height || 10;
      let wraps = false;
      if (previous) {
        // the previous line was full when the next line's first word would not have fitted after it
        // (a Chinese line may stop short: a closing mark may not begin a line, so 型， moves down together)
        const firstWord = /^[A-Za-z0-9.,'’-]+/.exec(line.text)?.[0].length ?? 1;
        const wordWidth = /^[A-Za-z0-9]/.test(line.text) ? (firstWord + 1) * size * 0.6 : size * 3;
        const full = previous.right + wordWidth >= margin;
        const indented = line.left > leftEdge + size * 1.2 && line.left > previous.left + size * 0.5;
        const gap = previous.y - line.y;
        if (previousPage !== pageIndex) wraps = full && !indented && !CLOSING.test(previous.text);
        else if (spacedParagraphs) wraps = full && !indented && gap > 0 && gap <= lineGap * 1.15;
        else wraps = full && !indented && gap > 0 && gap <= Math.max(previous.height, size) * 1.75;
      }
      if (wraps && out.length) {
        const last = out[out.length - 1];
        out[out.length - 1] = /[A-Za-z0-9,]$/.test(last) && /^[A-Za-z0-9]/.test(line.text) ? `${last} ${line.text}` : last + line.text;
      } else {
        out.push(line.text);
      }
      previous = line;
      previousPage = pageIndex;
    }
  });
  return out;
}

/**
 * The packed CMap files (PDF.js's .bcmap) by name, e.g. "UniGB-UCS2-H". Chinese PDFs often use
 * fonts they do not embed (宋体 as STSong-Light) and need these to read their text; each host
 * supplies them its own way (the CLI from disk, the browser worker from the app's own files).
 */
export type CMapLoader = (name: string) => Promise<Uint8Array>;
export interface PdfOptions { cMaps?: CMapLoader }

/** Hands PDF.js the CMap files it asks for ("UniGB-UCS2-H.bcmap"), noting the ones it could not have. */
function binaryData(load: CMapLoader | undefined, missing: Set<string>) {
  return class {
    async fetch({ filename }: { kind: string; filename: string }): Promise<Uint8Array> {
      const name = filename.replace(/\.bcmap$/, '');
      if (!load || !filename.endsWith('.bcmap')) { missing.add(name); throw new Error(`no data for ${filename}`); }
      try {
        return await load(name);
      } catch (error) {
        missing.add(name);
        throw error;
      }
    }
  };
}

/** Every page's printed lines, in reading order. */
async function printedPages(bytes: Uint8Array, options: PdfOptions, missing: Set<string>): Promise<PrintedPage[]> {
  // PDF.js takes ownership of the buffer it is given: hand it a copy
  const pdf = await getDocumentProxy(new Uint8Array(bytes), {
    isEvalSupported: false, useSystemFonts: false, stopAtErrors: false, verbosity: 0,
    cMapUrl: 'cmaps/', useWorkerFetch: false, BinaryDataFactory: binaryData(options.cMaps, missing),
  });
  try {
    const pages: PrintedPage[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const [, , , height] = page.view;
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        items.push({ str: printedCharacters(item.str), x: item.transform[4], y: item.transform[5], width: item.width, height: item.height || Math.abs(item.transform[3]) });
      }
      pages.push({ lines: groupLines(items), height });
      page.cleanup();
    }
    return pages;
  } finally {
    await pdf.destroy();
  }
}

export async function readPdf(bytes: Uint8Array, options: PdfOptions = {}): Promise<FormatResult> {
  if (new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).indexOf('%PDF-') < 0) return { problem: 'the file is not a PDF (it has no %PDF- header)' };
  let pages: PrintedPage[];
  const missing = new Set<string>();
  try {
    pages = await printedPages(bytes, options, missing);
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') return { problem: 'the PDF is password-protected; open it and save it without a password first' };
    return { problem: `the PDF cannot be read (${error instanceof Error ? error.message : String(error)})` };
  }
  const characters = pages.reduce((sum, page) => sum + page.lines.reduce((s, l) => s + l.text.replace(/\s/g, '').length, 0), 0);
  // a scan may carry a stray printed word or page number, never a page of text
  if (characters < 2 * Math.max(1, pages.length) && missing.size) return { problem: `the PDF's fonts are not embedded and their encoding (${[...missing].join(', ')}) could not be read` };
  if (characters < 2 * Math.max(1, pages.length)) return { problem: `no text layer (${pages.length} page(s) of images, a scan); OCR it first` };
  return { text: joinWrappedLines(dropRunningLines(pages)).join('\n') };
}
