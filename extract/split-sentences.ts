// Splits a paragraph into sentences (at 。！？) and each sentence into clauses (at ，；：),
// keeping offsets into the normalised line so quotes can be cut from the original.

export interface Span { start: number; end: number; text: string }
export interface Sentence extends Span { clauses: Span[] }

const SENTENCE_END = /[。！？!?]/;
const CLAUSE_END = /[，；：]/;

function spans(text: string, start: number, end: number, boundary: RegExp): Span[] {
  const out: Span[] = [];
  let from = start;
  let depth = 0;
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (ch === '（' || ch === '[' || ch === '【') depth++;
    else if ((ch === '）' || ch === ']' || ch === '】') && depth > 0) depth--;
    else if (depth === 0 && boundary.test(ch)) {
      if (i + 1 > from) out.push({ start: from, end: i + 1, text: text.slice(from, i + 1) });
      from = i + 1;
    }
  }
  if (end > from) out.push({ start: from, end, text: text.slice(from, end) });
  return out;
}

export function splitSentences(text: string): Sentence[] {
  return spans(text, 0, text.length, SENTENCE_END).map((sentence) => ({
    ...sentence,
    clauses: spans(text, sentence.start, sentence.end, CLAUSE_END),
  }));
}

/** The clause's text without its closing punctuation: "数据产业规模达5000亿元，" → "数据产业规模达5000亿元". */
export function trimClause(span: Span): Span {
  const { start } = span;
  let { end } = span;
  while (end > start && /[，；：。！？!?\s]/.test(span.text[end - start - 1] ?? '')) end--;
  return { start, end, text: span.text.slice(0, end - span.start) };
}
