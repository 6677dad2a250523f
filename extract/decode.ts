// Turns the bytes of a policy text into a string: UTF-8 with or without BOM, UTF-16 with or
// without BOM, or GB18030/GBK (common for Chinese government files). Refuses binary and empty
// input; a few undecodable bytes in an otherwise readable file are replaced and reported by position.

export type Decoded = { ok: true; text: string; encoding: string; warnings: string[] } | { ok: false; problem: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];
/** At most this share of undecodable bytes is read with replacements; more means the wrong kind of file. */
const BAD_BYTE_SHARE = 0.001;
const BAD_BYTES_NAMED = 5;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Control bytes other than tab, newline, carriage return and form feed mark a binary file. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i];
    if (b === 0) return true;
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return control > sample.length * 0.01;
}

/** Code units a Chinese text is made of: CJK ideographs and punctuation, full-width forms, printable ASCII and line breaks. */
function plausible(unit: number): boolean {
  return (unit >= 0x4e00 && unit <= 0x9fff) || (unit >= 0x3000 && unit <= 0x303f) || (unit >= 0xff00 && unit <= 0xffef)
    || (unit >= 0x20 && unit < 0x7f) || unit === 9 || unit === 10 || unit === 13 || (unit >= 0x2010 && unit <= 0x206f);
}

/** UTF-16 without a BOM: read the first 8 KB both ways and keep the order whose code units look like Chinese text. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const pairs = Math.min(4096, bytes.length >> 1);
  let le = 0;
  let be = 0;
  for (let i = 0; i < pairs; i++) {
    const a = bytes[2 * i];
    const b = bytes[2 * i + 1];
    if (plausible(a | (b << 8))) le++;
    if (plausible((a << 8) | b)) be++;
  }
  if (le >= pairs * 0.95 && le > be) return 'utf-16le';
  if (be >= pairs * 0.95 && be > le) return 'utf-16be';
  return null;
}

/** Byte offsets where UTF-8 sequences are malformed (the lead byte of each bad sequence). */
function badUtf8Offsets(bytes: Uint8Array, limit: number): number[] {
  const bad: number[] = [];
  let i = 0;
  while (i < bytes.length && bad.length <= limit) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) { bad.push(i); i++; continue; }
    let ok = i + need < bytes.length;
    for (let k = 1; ok && k <= need; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (!ok) { bad.push(i); i++; continue; }
    i += need + 1;
  }
  return bad;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
}

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, problem: 'the file is empty' };
  if (startsWith(bytes, [0xff, 0xfe])) return finish(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return finish(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be');
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes;
  const utf8Text = decodeAs(body, 'utf-8');
  const utf8 = utf8Text !== null;
  const utf16 = sniffUtf16(body);
  // valid UTF-8 without NUL bytes is UTF-8 even when its ASCII pairs look like ideographs
  if (utf16 && (!utf8 || body.includes(0))) return finish(new TextDecoder(utf16).decode(body), utf16);
  if (looksBinary(bytes)) return { ok: false, problem: 'the file is binary, not text (it holds control bytes)' };
  if (utf8Text !== null) return finish(utf8Text, 'utf-8');
  // not UTF-8: try the national standard encoding, a superset of GBK and GB2312
  const national = decodeAs(bytes, 'gb18030');
  if (national !== null) return finish(national, 'gb18030');
  return withBadBytes(body, body === bytes ? 0 : 3);
}

/** Mostly UTF-8 with a few stray bytes (a truncated copy, a bad transfer): read the rest, name where. */
function withBadBytes(body: Uint8Array, shift: number): Decoded {
  const limit = Math.max(BAD_BYTES_NAMED, Math.floor(body.length * BAD_BYTE_SHARE));
  const bad = badUtf8Offsets(body, limit);
  if (bad.length === 0 || bad.length > limit) return { ok: false, problem: 'the file is neither UTF-8 nor GB18030/GBK text and cannot be decoded' };
  // adjacent bad bytes are one damaged spot: "bytes 98–101 (line 3)"
  const runs: [number, number][] = [];
  for (const at of bad) {
    const last = runs[runs.length - 1];
    if (last && last[1] === at - 1) last[1] = at; else runs.push([at, at]);
  }
  const where = runs.slice(0, BAD_BYTES_NAMED).map(([from, to]) => `${from === to ? `byte ${from + shift}` : `bytes ${from + shift}–${to + shift}`} (line ${lineAt(body, from)})`).join(', ');
  const more = runs.length > BAD_BYTES_NAMED ? ` and ${runs.length - BAD_BYTES_NAMED} more` : '';
  const warning = `${runs.length} spot(s) are not valid UTF-8 and were replaced by �: ${where}${more}`;
  return finish(new TextDecoder('utf-8').decode(body), 'utf-8', [warning]);
}

/** Strict UTF-8 reading the host does natively, or null to use a fatal TextDecoder. */
let readUtf8: ((bytes: Uint8Array) => string | null) | null = null;

/** Reads UTF-8 with the host's own check and decoder (node:buffer in the CLI, several times faster on the common case). */
export function useUtf8Reader(host: (bytes: Uint8Array) => string | null): void {
  readUtf8 = host;
}

/** The text in one encoding, or null when the bytes are not valid in it (GB18030 is a superset of GBK and GB2312). */
export function decodeAs(bytes: Uint8Array, encoding: string): string | null {
  if (encoding === 'utf-8' && readUtf8) {
    const text = readUtf8(bytes);
    return text !== null && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

function finish(text: string, encoding: string, warnings: string[] = []): Decoded {
  if (text.trim() === '') return { ok: false, problem: 'the file holds only whitespace' };
  if (!/[\u4e00-\u9fa5]/.test(text)) return { ok: false, problem: `the file (${encoding}) holds no Chinese text` };
  return { ok: true, text, encoding, warnings };
}
