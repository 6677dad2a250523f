// Normalises a line for matching while keeping a map back to the original characters, so
// quotes stay verbatim: full-width digits and signs become ASCII (２０２５ → 2025, ％ → %), and
// stray spaces around digits disappear (到 2025 年 → 到2025年).

export interface NormalizedLine {
  /** The text rules match against. */
  text: string;
  /**
   * Where `text` comes from in the original, as runs: pairs (start in `text`, start in the
   * original) of stretches copied one for one; null when text and original line up throughout.
   */
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

/** Full-width forms replaced one for one (not （）！，：；？, which the rules read as they are). */
const isOneForOneWide = (code: number): boolean => code >= 0xff02 && code <= 0xff5e
  && code !== 0xff08 && code !== 0xff09 && code !== 0xff0c && code !== 0xff1a && code !== 0xff1b && code !== 0xff1f;

/**
 * What a line needs, found in one pass over it: most lines need nothing, or only their indent
 * (the spaces it starts with) taken out; `remove` is for spaces or markup after the indent.
 */
function needsOf(line: string): { replace: boolean; remove: boolean; indent: number } {
  let replace = false;
  let remove = false;
  let indent = 0;
  while (indent < line.length && isSpace(line.charCodeAt(indent))) indent++;
  for (let i = indent; i < line.length && !(replace && remove); i++) {
    const code = line.charCodeAt(i);
    if (code < 0x80) {
      if (code === 40 || code === 41 || code === 44 || code === 58 || code === 59) replace = true;
      else if (code === 32 || code === 9 || code === 42) remove = true;
    } else if (code === 0x3000 || code === 0xa0) remove = true;
    else if (isOneForOneWide(code)) {
      replace = true;
      // ＊ becomes *, which may be markup to take out
      if (code === 0xff0a) remove = true;
    }
  }
  return { replace, remove, indent };
}

export function normalizeLine(original: string): NormalizedLine {
  const needs = needsOf(original);
  const replaced = needs.replace ? original.replace(ONE_FOR_ONE, replaceOne) : original;
  const prefix = MARKUP_PREFIX.exec(replaced)?.[0].length ?? 0;
  if (!needs.remove && prefix === 0) {
    if (needs.indent === 0) return { text: replaced, map: null, original };
    if (needs.indent < replaced.length) return { text: replaced.slice(needs.indent), map: new Int32Array([0, needs.indent]), original };
  }
  // the kept stretches of the line, copied whole; runs records where each starts on both sides
  const pieces: string[] = [];
  const runs: number[] = [];
  let length = 0;
  let lastKept = -1;
  const keep = (from: number, to: number): void => {
    if (to <= from) return;
    pieces.push(replaced.slice(from, to));
    runs.push(length, from);
    length += to - from;
    lastKept = replaced.charCodeAt(to - 1);
  };
  let from = prefix;
  for (let i = prefix; i < replaced.length; i++) {
    const code = replaced.charCodeAt(i);
    if (code === 42 /* * */ && (replaced.charCodeAt(i + 1) === 42 || replaced.charCodeAt(i - 1) === 42)) {
      keep(from, i);
      from = i + 1;
    } else if (isSpace(code)) {
      // a space survives only between two Latin letters: "Big Data" stays, "到 2025 年" closes up
      let j = i + 1;
      while (j < replaced.length && isSpace(replaced.charCodeAt(j))) j++;
      const before = i > from ? replaced.charCodeAt(i - 1) : lastKept;
      const after = j < replaced.length ? replaced.charCodeAt(j) : -1;
      keep(from, i);
      if (isLatin(before) && isLatin(after)) {
        // one plain space, whatever the run of spaces was (a full-width one, a tab)
        pieces.push(' ');
        runs.push(length, i);
        length++;
        lastKept = 32;
      }
      from = j;
      i = j - 1;
    }
  }
  keep(from, replaced.length);
  return { text: pieces.join(''), map: new Int32Array(runs), original };
}

/** The index in the original of text[index], for a line whose map is `runs`. */
function originalIndex(runs: Int32Array, index: number): number {
  let low = 0;
  let high = (runs.length >> 1) - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (runs[2 * middle] <= index) low = middle; else high = middle - 1;
  }
  return runs[2 * low + 1] + (index - runs[2 * low]);
}

/** The original characters behind text[start, end). */
export function originalSlice(line: NormalizedLine, start: number, end: number): string {
  if (start >= end) return '';
  if (!line.map) return line.original.slice(start, end);
  if (line.map.length === 0) return '';
  return line.original.slice(originalIndex(line.map, start), originalIndex(line.map, end - 1) + 1);
}

const TITLE_NOISE = /[\s《》“”"'*#]/g;

/** A key for comparing titles: no spaces, no markup, no book-title marks. */
export function titleKey(text: string): string {
  return normalizedTitleKey(normalizeLine(text).text);
}

/** titleKey of a text already normalised (a line's `text`). */
export function normalizedTitleKey(normalized: string): string {
  return normalized.replace(TITLE_NOISE, '');
}
