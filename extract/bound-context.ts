// The context a record carries: its whole paragraph when that is of ordinary length, otherwise
// the sentence holding the quote, cut to a window around the quote when the sentence itself is
// long. Keeps every record small however long the lines of the source text are.
import { originalSlice, type NormalizedLine } from './normalize';

/** Paragraphs up to this length are kept whole (the seeds' longest is under 600 characters). */
export const CONTEXT_LIMIT = 600;

/** Offsets are into the normalised text: the sentence [sentenceStart, sentenceEnd) and the quote [quoteStart, quoteEnd). */
export function boundedContext(line: NormalizedLine, sentenceStart: number, sentenceEnd: number, quoteStart: number, quoteEnd: number): string {
  if (line.original.length <= CONTEXT_LIMIT) return line.original.trim();
  let start = sentenceStart;
  let end = sentenceEnd;
  if (end - start > CONTEXT_LIMIT) {
    const room = Math.max(0, CONTEXT_LIMIT - (quoteEnd - quoteStart));
    start = Math.max(sentenceStart, quoteStart - (room >> 1));
    end = Math.min(sentenceEnd, Math.max(quoteEnd, start + CONTEXT_LIMIT));
    start = Math.max(sentenceStart, Math.min(start, end - CONTEXT_LIMIT));
  }
  return originalSlice(line, start, end).trim() || line.original.slice(0, CONTEXT_LIMIT).trim();
}
