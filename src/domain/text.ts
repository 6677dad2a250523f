// Small text helpers shared by extraction and app: whitespace-free bigram similarity, used to
// merge repeated commitments and to match titles.

function bigrams(text: string): Set<string> {
  const s = text.replace(/\s+/g, '');
  const grams = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) grams.add(s.slice(i, i + 2));
  if (grams.size === 0 && s) grams.add(s);
  return grams;
}

/** Dice coefficient over character bigrams: 数据产业规模 vs 数据产业总规模 → 0.73. */
export function similarity(a: string, b: string): number {
  const A = bigrams(a);
  const B = bigrams(b);
  if (!A.size || !B.size) return 0;
  let shared = 0;
  for (const gram of A) if (B.has(gram)) shared++;
  return (2 * shared) / (A.size + B.size);
}

/**
 * Every match of a global pattern in a text, as `text.matchAll(pattern)` gives them, without the
 * copy of the pattern matchAll makes on each call (a cost that dominates for the extractor's long
 * patterns run on many short sentences). Each match's `index` is its offset.
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`matchesOf needs a global pattern (/${pattern.source}/g)`);
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    found.push(m);
    // an empty match would find itself again: step past it (by code point for a /u pattern)
    if (m[0] === '') pattern.lastIndex += pattern.unicode && (text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1;
  }
  pattern.lastIndex = 0;
  return found;
}

/** [3], [12], [[4]]: a footnote's mark after a clause or a name. */
export const FOOTNOTE_MARK = /\[+\d{1,2}\]+/g;

/** ■ ● ◆ ▲ ★ □ ◇ ▶ ► ▪: the marks a news layout opens a bullet line with, for a character class. */
export const BULLET_MARKS = '■●◆▲★□◇▶►▪▎☑☐✓✔√✅';
