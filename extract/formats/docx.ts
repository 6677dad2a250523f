// A Word .docx → its paragraphs and table rows as lines (mammoth reads the document as HTML,
// which the page reader's block walk turns into lines). A legacy binary .doc is named, not guessed at.
import mammoth from 'mammoth';
import { parseHTML } from 'linkedom';
import { blockText } from './html';
import { LEGACY_DOC, type FormatResult } from './format-result';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean => prefix.every((b, i) => bytes[i] === b);



export async function readDocx(bytes: Uint8Array): Promise<FormatResult> {
  if (startsWith(bytes, OLE)) return { problem: LEGACY_DOC };
  if (!startsWith(bytes, ZIP)) return { problem: 'the file is not a .docx (a .docx is a zip archive, and this is not one)' };
  const copy = bytes.slice();
  // Node's build of mammoth opens a buffer, the browser build an arrayBuffer: give both
  const input: { arrayBuffer: ArrayBuffer } = Object.assign({ arrayBuffer: copy.buffer }, { buffer: copy });
  let html: string;
  try {
    html = (await mammoth.convertToHtml(input)).value;
  } catch (error) {
    return { problem: `the .docx cannot be read (${error instanceof Error ? error.message : String(error)})` };
  }
  return { text: blockText(parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body) };
}
