// Splits a decoded text into the paragraphs the pipeline reads, remembering each one's line in
// the file. A line far longer than any paragraph (a PDF or web page copied without line breaks)
// is cut after its sentence ends (。！？), and a run without any such mark at a clause mark or a
// space, so no stage ever works on one unbounded string.

/** Longer than any real paragraph (the seeds' longest is under 600 characters). */
export const LONG_LINE = 2000;
const SENTENCE_END = /[。！？!?]/g;
const SOFT_BREAK = /[，；：,;:\s]/;

export interface Paragraphs {
  texts: string[];
  /** 1-based line in the file of each paragraph (several paragraphs may share one line). */
  lineNumbers: number[];
}

export function splitLines(text: string): Paragraphs {
  const texts: string[] = [];
  const lineNumbers: number[] = [];
  let lineNumber = 0;
  let from = 0;
  const breaks = /\r\n|\r|\n/g;
  for (;;) {
    const m = breaks.exec(text);
    const end = m ? m.index : text.length;
    lineNumber++;
    const line = text.slice(from, end);
    if (line.length <= LONG_LINE) { texts.push(line); lineNumbers.push(lineNumber); }
    else for (const piece of splitLongLine(line)) { texts.push(piece); lineNumbers.push(lineNumber); }
    if (!m) break;
    from = m.index + m[0].length;
  }
  return { texts, lineNumbers };
}

/** One paragraph per sentence; a sentence over LONG_LINE is cut at its last soft break before the limit. */
export function splitLongLine(line: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (;;) {
    const m = SENTENCE_END.exec(line);
    const end = m ? m.index + 1 : line.length;
    while (end - from > LONG_LINE) {
      let cut = from + LONG_LINE;
      for (let i = cut - 1; i > from + LONG_LINE / 2; i--) {
        if (SOFT_BREAK.test(line[i])) { cut = i + 1; break; }
      }
      // never cut a surrogate pair in two
      if (isHighSurrogate(line.charCodeAt(cut - 1))) cut--;
      pieces.push(line.slice(from, cut));
      from = cut;
    }
    if (end > from) pieces.push(line.slice(from, end));
    from = end;
    if (!m) break;
  }
  return pieces;
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
