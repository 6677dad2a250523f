// One file as it comes (its name and bytes) → the text to extract from, or the reason it cannot
// be read. Dispatches on the extension, checked against the bytes; each format has its own module.
// Pure and host-free: the CLI and the browser worker both call it.
import { LEGACY_DOC, type FormatResult } from './formats/format-result';
import type { PdfOptions } from './formats/pdf';
import { readText } from './formats/text';

export type { FormatResult } from './formats/format-result';
export type { CMapLoader } from './formats/pdf';

/** What a host may lend the readers: the CMap files PDFs with fonts they do not embed need. */
export type ReadOptions = PdfOptions;

type Reader = (bytes: Uint8Array, options: ReadOptions) => FormatResult | Promise<FormatResult>;

// the page, PDF and Word readers (and their libraries) load on first use: a run of text files never loads them
const readHtml: Reader = async (bytes) => (await import('./formats/html')).readHtml(bytes);
const readPdf: Reader = async (bytes, options) => (await import('./formats/pdf')).readPdf(bytes, options);
const readDocx: Reader = async (bytes) => (await import('./formats/docx')).readDocx(bytes);

/** A tag that breaks lines or cells (<p>, </p>, <br/>, <td …>), its attributes bounded so no scan runs on past a line. */
const LINE_TAG = /<\/?(?:p|br|div|td|tr|li)\b[^<>\n]{0,400}>/gi;
/** Two such tags in a text file (<p>…</p>, <br/>…<br/>): markup, not prose that quotes a tag. */
function holdsMarkup(text: string): boolean {
  LINE_TAG.lastIndex = 0;
  return LINE_TAG.exec(text) !== null && LINE_TAG.exec(text) !== null;
}

const READERS: Record<string, Reader> = {
  txt: readText, text: readText, md: readText, markdown: readText,
  html: readHtml, htm: readHtml, xhtml: readHtml, shtml: readHtml,
  pdf: readPdf,
  docx: readDocx,
};


/** Formats named with the reason they are not read, rather than as an unknown kind of file. */
const NOT_READ: Record<string, string> = {
  doc: LEGACY_DOC,
  wps: 'a WPS document is not read: save it as .docx or .txt',
  rtf: 'an .rtf document is not read: save it as .docx or .txt',
  zip: 'a .zip archive is not opened: unpack it and add the files inside',
  rar: 'a .rar archive is not opened: unpack it and add the files inside',
  '7z': 'a .7z archive is not opened: unpack it and add the files inside',
  ofd: 'an .ofd document is not read: export it as PDF or text',
  xls: 'a spreadsheet is not read: policy texts are read from text, web pages, PDF and Word files',
  xlsx: 'a spreadsheet is not read: policy texts are read from text, web pages, PDF and Word files',
};

/** The extensions read: in a folder, files with these (and those named in NOT_READ) are taken. */
export const READ_EXTENSIONS = Object.keys(READERS);
/** Every extension the reader has something to say about, read or refused with a reason. */
export const KNOWN_EXTENSIONS = [...READ_EXTENSIONS, ...Object.keys(NOT_READ)];

export function extensionOf(name: string): string {
  const base = name.replace(/^.*[\\/]/, '');
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

export async function readInput(name: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<FormatResult> {
  const extension = extensionOf(name);
  if (bytes.length === 0) return { problem: 'the file is empty' };
  const reader = READERS[extension];
  if (!reader) {
    if (NOT_READ[extension]) return { problem: NOT_READ[extension] };
    return { problem: `${extension ? `.${extension} files are` : 'a file with no extension is'} not read: only ${READ_EXTENSIONS.map((e) => `.${e}`).join(', ')}` };
  }
  let result: FormatResult;
  try {
    result = await reader(bytes, options);
  } catch (error) {
    return { problem: `the file cannot be read as .${extension} (${error instanceof Error ? error.message : String(error)})` };
  }
  if ('problem' in result) return result;
  // (a page's markup saved as text: its lines read as the page's)
  if (reader === readText && holdsMarkup(result.text)) {
    const { textWithMarkup } = await import('./formats/html');
    const read = textWithMarkup(result.text);
    if (read.lines > 0) result = { text: read.text, warnings: [...(result.warnings ?? []), `${read.lines} line${read.lines > 1 ? 's' : ''} of web-page markup read as the page's text`] };
  }
  if (result.text.trim() === '') return { problem: `no text found in the .${extension} file` };
  if (!/[\u4e00-\u9fa5]/.test(result.text)) return { problem: `the .${extension} file holds no Chinese text` };
  return result;
}
