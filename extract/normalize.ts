// Normalises a line for matching while keeping a map back to the original characters, so
// quotes stay verbatim: full-width digits and signs become ASCII (２０２５ → 2025, ％ → %), and
// stray spaces around digits disappear (到 2025 年 → 到2025年).

export interface NormalizedLine {
  /** The text rules match against. */
  text: string;
  /** For each character of `text`, its index in the original line. */
  map: number[];
  original: string;
}

const FULL_WIDTH: Record<string, string> = {
  '％': '%', '‰': '‰', '．': '.', '，': '，', '～': '~', '－': '-', '＋': '+', '／': '/', '：': '：',
  '(': '（', ')': '）', '〜': '~', '﹪': '%',
};

function halfWidth(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xfee0); // ０-９
  if ((code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) return String.fromCharCode(code - 0xfee0);
  return FULL_WIDTH[ch] ?? ch;
}

/** ASCII punctuation inside Chinese prose reads as Chinese: "领导下,承担" splits like "领导下，承担"; 1,000 stays. */
function asciiPunctuation(ch: string, original: string, i: number): string {
  if (ch === ',') return /\d/.test(original[i - 1] ?? '') && /\d/.test(original[i + 1] ?? '') ? ',' : '，';
  if (ch === ';') return '；';
  if (ch === ':') return /\d/.test(original[i + 1] ?? '') && /\d/.test(original[i - 1] ?? '') ? ':' : '：';
  return ch;
}

const isCjkOrDigitOrSign = (ch: string | undefined): boolean => ch !== undefined && /[\u3000-\u9fff\uff00-\uffef0-9%‰.，。；、：（）“”《》—~]/.test(ch);

/** Markdown decoration that carries no words: heading hashes, list bullets, bold markers. */
const MARKUP_PREFIX = /^\s*(?:#{1,6}\s+|[-*+]\s+(?=\S))/;

export function normalizeLine(original: string): NormalizedLine {
  const prefix = MARKUP_PREFIX.exec(original)?.[0].length ?? 0;
  const out: string[] = [];
  const map: number[] = [];
  for (let i = prefix; i < original.length; i++) {
    const raw = original[i];
    if (raw === '*' && original[i + 1] === '*') { i++; continue; }
    if (raw === '*' && original[i - 1] === '*') continue;
    const ch = asciiPunctuation(halfWidth(raw), original, i);
    if (ch === ' ' || ch === '\u3000' || ch === '\t' || ch === '\u00a0') {
      // keep a space only between two Latin letters or digits: "IPv6 网络" keeps none, "E 级" none
      const before = out[out.length - 1];
      let j = i + 1;
      while (j < original.length && /[ \u3000\t\u00a0]/.test(original[j])) j++;
      const after = original[j] === undefined ? undefined : halfWidth(original[j]);
      if (before === undefined || after === undefined) continue;
      if (isCjkOrDigitOrSign(before) || isCjkOrDigitOrSign(after)) continue;
      out.push(' ');
      map.push(i);
      i = j - 1;
      continue;
    }
    out.push(ch);
    map.push(i);
  }
  return { text: out.join(''), map, original };
}

/** The original characters behind text[start, end). */
export function originalSlice(line: NormalizedLine, start: number, end: number): string {
  if (start >= end) return '';
  return line.original.slice(line.map[start], line.map[end - 1] + 1);
}

/** A key for comparing titles: no spaces, no markup, no book-title marks. */
export function titleKey(text: string): string {
  return normalizeLine(text).text.replace(/[\s《》“”"'*#]/g, '');
}
