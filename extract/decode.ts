// Turns the bytes of a policy text into a string: UTF-8 with or without BOM, UTF-16 with BOM,
// or GB18030/GBK (common for Chinese government files). Refuses binary and empty input.

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; problem: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Control bytes other than tab, newline, carriage return and form feed mark a binary file. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return control > sample.length * 0.01;
}

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, problem: 'the file is empty' };
  if (startsWith(bytes, [0xff, 0xfe])) return finish(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return finish(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be');
  if (looksBinary(bytes)) return { ok: false, problem: 'the file is binary, not text (it holds control bytes)' };
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes;
  const utf8 = decodeAs(body, 'utf-8');
  if (utf8 !== null) return finish(utf8, 'utf-8');
  const national = decodeAs(bytes, 'gb18030');
  if (national !== null) return finish(national, 'gb18030');
  return { ok: false, problem: 'the file is neither UTF-8 nor GB18030/GBK text and cannot be decoded' };
}

/** The text in one encoding, or null when the bytes are not valid in it (GB18030 is a superset of GBK and GB2312). */
export function decodeAs(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** Refuses text with nothing in it to read: only whitespace, or no Chinese at all. */
export function finish(text: string, encoding: string): Decoded {
  if (text.trim() === '') return { ok: false, problem: 'the file holds only whitespace' };
  if (!/[\u4e00-\u9fa5]/.test(text)) return { ok: false, problem: `the file (${encoding}) holds no Chinese text` };
  return { ok: true, text, encoding };
}
