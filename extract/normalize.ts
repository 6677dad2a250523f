// Normalises a line for matching while keeping a map back to the original characters, so
// quotes stay verbatim: full-width digits and signs become ASCII (２０２５ → 2025, ％ → %), and
// stray spaces around digits disappear (到 2025 年 → 到2025年).

export interface NormalizedLine {
  /** The text rules match against. */
  text: string;
  /** For each character of `text`, its index in the original line; null when they are the same. */
  map: Int32Array | null;
  original: string;
}

/** One-for-one replacements, so offsets do not move: ２→2, ％→%, (→（, "领导下,承担"→"领导下，承担". */
const ONE_FOR_ONE = /[\uff02-\uff07\uff0a\uff0b\uff0d-\uff19\uff1c-\uff1e\uff20-\uff5e(),;:]/g;

function replaceOne(ch: string, at: number, line: string): string {
  switch (ch) {
    case '(': return '（';
    case ')': return '）';
    case ';': return '；';
    case ',': return isDigit(line.charCodeAt(at - 1)) && isDigit(line.charCodeAt(at + 1)) ? ',' : '，';
    case ':': return isDigit(line.charCodeAt(at - 1)) && isDigit(line.charCodeAt(at + 1)) ? ':' : '：';
    default: return String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
  }
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;
const isLatin = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isSpace = (code: number): boolean => code === 32 || code === 0x3000 || code === 9 || code === 0xa0;

/** Markdown decoration that carries no words: heading hashes, list bullets. */
const MARKUP_PREFIX = /^\s*(?:#{1,6}\s+|[-*+]\s+(?=\S))/;
const NEEDS_REMOVAL = /[ \u3000\t\u00a0*]/;

export function normalizeLine(original: string): NormalizedLine {
  const replaced = original.replace(ONE_FOR_ONE, replaceOne);
  const prefix = MARKUP_PREFIX.exec(replaced)?.[0].length ?? 0;
  if (prefix === 0 && !NEEDS_REMOVAL.test(replaced)) return { text: replaced, map: null, original };
  const out: number[] = [];
  const map = new Int32Array(replaced.length);
  let length = 0;
  for (let i = prefix; i < replaced.length; i++) {
    const code = replaced.charCodeAt(i);
    if (code === 42 /* * */ && (replaced.charCodeAt(i + 1) === 42 || replaced.charCodeAt(i - 1) === 42)) continue;
    if (isSpace(code)) {
      // a space survives only between two Latin letters: "Big Data" stays, "到 2025 年" closes up
      let j = i + 1;
      while (j < replaced.length && isSpace(replaced.charCodeAt(j))) j++;
      const before = length ? out[length - 1] : -1;
      const after = j < replaced.length ? replaced.charCodeAt(j) : -1;
      if (isLatin(before) && isLatin(after)) { out.push(32); map[length++] = i; }
      i = j - 1;
      continue;
    }
    out.push(code);
    map[length++] = i;
  }
  return { text: fromCodes(out), map: map.subarray(0, length), original };
}

function fromCodes(codes: readonly number[]): string {
  let text = '';
  for (let i = 0; i < codes.length; i += 8192) text += String.fromCharCode(...codes.slice(i, i + 8192));
  return text;
}

/** The original characters behind text[start, end). */
export function originalSlice(line: NormalizedLine, start: number, end: number): string {
  if (start >= end) return '';
  if (!line.map) return line.original.slice(start, end);
  return line.original.slice(line.map[start], line.map[end - 1] + 1);
}

/** A key for comparing titles: no spaces, no markup, no book-title marks. */
export function titleKey(text: string): string {
  return normalizeLine(text).text.replace(/[\s《》“”"'*#]/g, '');
}
