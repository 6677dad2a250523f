// Splits a paragraph into sentences (at 。！？) and each sentence into clauses (at ，；：),
// keeping offsets into the normalised line so quotes can be cut from the original. Brackets
// hold their punctuation: “（责任单位：市经信局，市财政局）” does not split.

export interface Span { start: number; end: number; text: string }
export interface Sentence extends Span { clauses: Span[] }

const Code = {
  FullStop: 0x3002, Exclamation: 0xff01, Question: 0xff1f, AsciiExclamation: 0x21, AsciiQuestion: 0x3f,
  Comma: 0xff0c, Semicolon: 0xff1b, Colon: 0xff1a,
  OpenParen: 0xff08, CloseParen: 0xff09, OpenSquare: 0x5b, CloseSquare: 0x5d, OpenLenticular: 0x3010, CloseLenticular: 0x3011,
} as const;

const isSentenceEnd = (c: number): boolean => c === Code.FullStop || c === Code.Exclamation || c === Code.Question || c === Code.AsciiExclamation || c === Code.AsciiQuestion;
const isClauseEnd = (c: number): boolean => c === Code.Comma || c === Code.Semicolon || c === Code.Colon;

/** An aside naming who answers for a task: （牵头单位：县发改局，责任单位：…）. */
const RESPONSIBLE = /^(?:牵头|责任|配合|主责|协办)(?:单位|部门)/;

/**
 * Spans of the text cut after each boundary character outside brackets; with `asidesEnd`, a
 * sentence also ends after an aside naming who answers for it, as the next task follows it
 * without a full stop: …（责任单位：县财政局）2022年新增光伏装机60兆瓦。
 */
function spans(text: string, start: number, end: number, isBoundary: (code: number) => boolean, asidesEnd = false): Span[] {
  const out: Span[] = [];
  let from = start;
  let depth = 0;
  let openedAt = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // most characters are ideographs, which neither bracket nor end anything
    if (c >= 0x4e00 && c <= 0x9fff) continue;
    if (c === Code.OpenParen || c === Code.OpenSquare || c === Code.OpenLenticular) { if (depth++ === 0) openedAt = i; }
    else if ((c === Code.CloseParen || c === Code.CloseSquare || c === Code.CloseLenticular) && depth > 0) {
      depth--;
      if (asidesEnd && depth === 0 && i + 1 < end && !/[，。；：！？、）\s]/.test(text[i + 1]) && RESPONSIBLE.test(text.slice(openedAt + 1, openedAt + 5))) {
        out.push({ start: from, end: i + 1, text: text.slice(from, i + 1) });
        from = i + 1;
      }
    } else if (depth === 0 && isBoundary(c)) {
      out.push({ start: from, end: i + 1, text: text.slice(from, i + 1) });
      from = i + 1;
    }
  }
  if (end > from) out.push({ start: from, end, text: text.slice(from, end) });
  return out;
}

/** A sentence whose clauses are cut on first use: most sentences hold no number and are never asked. */
class LazySentence implements Sentence {
  private cut: Span[] | null = null;
  constructor(private readonly line: string, readonly start: number, readonly end: number, readonly text: string) {}
  get clauses(): Span[] {
    return (this.cut ??= spans(this.line, this.start, this.end, isClauseEnd));
  }
}

export function splitSentences(text: string): Sentence[] {
  return spans(text, 0, text.length, isSentenceEnd, true).map((sentence) => new LazySentence(text, sentence.start, sentence.end, sentence.text));
}

/** The clause's text without its closing punctuation: "数据产业规模达5000亿元，" → "数据产业规模达5000亿元". */
export function trimClause(span: Span): Span {
  const { start } = span;
  let { end } = span;
  while (end > start && /[，；：。！？!?\s]/.test(span.text[end - start - 1] ?? '')) end--;
  return { start, end, text: span.text.slice(0, end - span.start) };
}
