// Splits a decoded text into the paragraphs the pipeline reads, remembering each one's line in
// the file. A line far longer than any paragraph (a PDF or web page copied without line breaks)
// is cut after its sentence ends (。！？), and a run without any such mark at a clause mark or a
// space, so no stage ever works on one unbounded string. Text copied from a PDF with its printed
// line breaks (every line as wide as the page, sentences running on into the next) is joined back
// into its paragraphs, each later line's start remembered so a record still names its own line;
// so is one copied double-spaced (a blank line after every printed line), and, in a text of a
// paragraph a line, a long line broken inside a word before the rest of its sentence, and a
// page's figures set on lines of their own (…按 / 550 / 元 / / / 亩进行补助).

/** Longer than any real paragraph (the seeds' longest is under 600 characters). */
export const LONG_LINE = 2000;
const SENTENCE_END = /[。！？!?]/g;
/** U+2028, the line separator: a break within one line of the file, as a page's markup read from a text file's line gives. */
export const PARAGRAPH_IN_LINE = '\u2028';
const AFTER_PARAGRAPH_IN_LINE = /(?<=\u2028)/;
const SOFT_BREAK = /[，；：,;:\s]/;

export interface Paragraphs {
  texts: string[];
  /** 1-based line in the file of each paragraph (several paragraphs may share one line). */
  lineNumbers: number[];
  /** For a paragraph joined from printed lines: where in it its second, third… line begins, and that line's number in the file. */
  joins: ReadonlyMap<number, readonly Join[]>;
}
/** `inserted`: how many characters before `at` are not in the file (the comma put between phrases set a line each). */
export interface Join { at: number; line: number; inserted?: number }

/** The file line of the character at `offset` in paragraph `index`. */
export function lineAt(paragraphs: { lineNumbers: readonly number[]; joins: Paragraphs['joins'] }, index: number, offset: number): number {
  let line = paragraphs.lineNumbers[index];
  for (const join of paragraphs.joins.get(index) ?? []) if (join.at <= offset) line = join.line;
  return line;
}

export function splitLines(text: string): Paragraphs {
  const lines = text.split(/\r\n|\r|\n/);
  const width = printedWidth(lines);
  const spaced = width !== null && doubleSpaced(lines);
  const texts: string[] = [];
  const lineNumbers: number[] = [];
  const joins = new Map<number, Join[]>();
  const captioned = width === null ? captionJoins(lines) : null;
  const apart = width === null ? figuresSetApart(lines) : null;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    const lineNumber = i + 1;
    // a printed line as wide as the page that stops inside its sentence runs on into the next
    // (in a double-spaced copy, the next but one, past the blank line)
    const starts: Join[] = [];
    for (;;) {
      // (a text set a phrase a line, as a video's captions are: each phrase runs on into the next, a comma between)
      const phrase = captioned?.get(i);
      if (phrase !== undefined && line.length + lines[phrase].length < LONG_LINE) {
        // (《…发展 / 实施方案》, 规划“麻城-武汉- / 襄阳-十堰”低空航线: a name or a quote broken across phrases is joined whole)
        const comma = OPEN_NAME.test(line) ? '' : '，';
        line += comma;
        starts.push(comma ? { at: line.length, line: phrase + 1, inserted: comma.length } : { at: line.length, line: phrase + 1 });
        line += lines[phrase];
        i = phrase;
        continue;
      }
      // (a table's row copied a cell a line, bars between: the cell naming whom a payment goes to runs on into the cell paying it)
      const cell = starts.length === 0 ? payingCellAfter(lines, i) : -1;
      const next = cell >= 0 ? cell : spaced && i + 2 < lines.length && BLANK.test(lines[i + 1]) ? i + 2 : i + 1;
      // (…茶园建设按 / 550 / 元 / / / 亩进行补助: a page whose figures stand on lines of their own, the sentence running on around each)
      const aroundFigure = apart !== null && (apart.has(next) || apart.has(i));
      if (next >= lines.length || (cell < 0 && !aroundFigure && !(width === null ? breaksInsideWord(line, lines[next], i) : runsOn(line, lines[next], width))) || line.length + lines[next].length > LONG_LINE) break;
      starts.push({ at: line.length, line: next + 1 });
      line += lines[next];
      i = next;
    }
    if (starts.length) joins.set(texts.length, starts);
    // (a page's markup on one line of a text file, read as its paragraphs: each a paragraph of that line, the break kept at its end)
    for (const paragraph of line.includes(PARAGRAPH_IN_LINE) ? line.split(AFTER_PARAGRAPH_IN_LINE) : [line]) {
      if (paragraph.length <= LONG_LINE) { texts.push(paragraph); lineNumbers.push(lineNumber); }
      else for (const piece of splitLongLine(paragraph)) { texts.push(piece); lineNumbers.push(lineNumber); }
    }
  }
  return { texts, lineNumbers, joins };
}

/** How wide a line prints: a Chinese character or a full-width mark takes two columns. */
function columns(line: string): number {
  let width = 0;
  for (let i = 0; i < line.length; i++) width += line.charCodeAt(i) >= 0x2e80 ? 2 : 1;
  return width;
}

/** The page width a text copied from a PDF keeps: most of its lines end within a few columns of it. */
const PRINTED_MIN_LINES = 6;
const PRINTED_SLACK = 6;
const PRINTED_WIDEST = 200;
function printedWidth(lines: readonly string[]): number | null {
  // lines of 40 to 200 columns, counted by width (a paragraph of prose is longer and passed over at once)
  const counts = new Uint32Array(PRINTED_WIDEST + 1);
  // each line's width, measured once for both passes (0: too short or too long to be a printed line)
  const widths = new Uint16Array(lines.length);
  let printed = 0;
  let nonBlank = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/\S/.test(line)) nonBlank++;
    if (line.length < 20 || line.length > PRINTED_WIDEST) continue;
    const width = columns(line.trimEnd());
    widths[i] = Math.min(width, PRINTED_WIDEST + 1);
    if (width >= 40 && width <= PRINTED_WIDEST) { counts[width]++; printed++; }
  }
  if (printed < PRINTED_MIN_LINES) return null;
  // the width most lines reach: the densest band of PRINTED_SLACK columns
  let best = 0;
  let bestCount = 0;
  let band = 0;
  for (let edge = 0; edge <= PRINTED_WIDEST; edge++) {
    band += counts[edge] - (edge >= PRINTED_SLACK ? counts[edge - PRINTED_SLACK] : 0);
    if (band > bestCount) { best = edge; bestCount = band; }
  }
  if (bestCount < PRINTED_MIN_LINES || bestCount < nonBlank / 4) return null;
  // and most of those stop inside a sentence, as only a printed line does
  let open = 0;
  for (let i = 0; i < lines.length; i++) {
    const width = widths[i];
    if (width !== 0 && width <= best && width > best - PRINTED_SLACK && !CLOSED.test(lines[i])) open++;
  }
  return open >= bestCount * 0.6 ? best : null;
}

const BLANK = /^\s*$/;
/** Most lines followed by one blank line, then text: a text copied double-spaced. */
function doubleSpaced(lines: readonly string[]): boolean {
  let text = 0;
  let spacedOnce = 0;
  for (let i = 0; i + 2 < lines.length; i++) {
    if (BLANK.test(lines[i])) continue;
    text++;
    if (BLANK.test(lines[i + 1]) && !BLANK.test(lines[i + 2])) spacedOnce++;
  }
  return text >= PRINTED_MIN_LINES && spacedOnce >= text * 0.8;
}

/** A sentence's or a clause's end, closing a printed line that a paragraph may end on. */
const CLOSED = /[。！？!?；;：:]\s*$/;
/** An item's or a heading's number, which opens a line of its own: 一、 (二) 3. ①. */
const ITEM_START = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[.．、](?!\d)|[①-⑳]|第[一二三四五六七八九十百\d]+[条章节])/;

function runsOn(line: string, next: string, width: number): boolean {
  return columns(line.trimEnd()) > width - PRINTED_SLACK && !CLOSED.test(line) && next.trim() !== '' && !ITEM_START.test(next);
}

/** A line long enough to be prose, which no heading or title is. */
const PROSE_LINE = 40;
/** The lines a text's title and its page's head stand on, which may run long without a stop. */
const HEAD_LINES = 3;
/** 比 / 例予以…: a character that ends no sentence and no heading, then one that goes on from it. */
const ENDS_INSIDE = /[\u4e00-\u9fa5]$/;
const GOES_ON = /^[\u4e00-\u9fa5]/;
/** …的一次性补贴。: the rest of the sentence, closed (a paragraph whose page lost its stop runs on into a new one, unclosed or not). */
const SENTENCE_CLOSED = /[。！？]\s*$/;

/**
 * …研发投入超过 300 万部分按 8%比 / 例予以最高不超过 100 万元的一次性补贴。: in a text of a paragraph a line, a long line that stops
 * on a character inside its sentence, with no stop, no clause mark and no bracket closing it, was broken by whoever copied it
 * when the next line goes on with a character and closes the sentence (not an item or a heading of its own, nor a paragraph
 * of a page that lost its stops: 南昌占全省比重 / 在重点产业和空间布局方面，…).
 */
function breaksInsideWord(line: string, next: string, index: number): boolean {
  // (the checks of a line's ends first: most lines of such a text end on a stop, and are passed over at once)
  return index >= HEAD_LINES && ENDS_INSIDE.test(line) && GOES_ON.test(next) && line.length >= PROSE_LINE && SENTENCE_CLOSED.test(next) && !ITEM_START.test(next) && /[，。；：,;:]/.test(line);
}

/** 550, 1.5: a figure alone on its line; / between a unit and what it is per, AA of a grade. */
const BARE_FIGURE = /^\s*(?:\d+(?:[.,]\d+)*|\/|[A-Z]{1,4})\s*$/;
/** 元, 万亩。, %: a unit opening the line after a figure set apart. */
const UNIT_START = /^\s*(?:[万亿千百]?(?:元|亩|个|家|项|人|户|吨|公里|米|平方米|立方米|千瓦|辆|台|套|所|座|条|次|场|年|月|天)|[万亿%‰])/;
/** How many figures set apart make a page that sets its figures so. */
const FIGURES_APART = 3;

/**
 * 茶园建设按 / 550 / 元 / / / 亩进行补助: a page that sets its figures in elements of their own, copied with a line for each, the
 * sentence running on around them. The lines of the figures (and of a / between a unit and what it is per), when three or more
 * stand between an unclosed line and a unit; null when the text has fewer (a list's item numbers stand before no unit).
 */
function figuresSetApart(lines: readonly string[]): Set<number> | null {
  const apart = new Set<number>();
  let figures = 0;
  for (let i = 1; i + 1 < lines.length; i++) {
    if (!BARE_FIGURE.test(lines[i])) continue;
    // (/ and 绿色食品茶 / AA / 级认证: a mark or a grade in latin letters set apart too, within the sentence)
    const mark = !/\d/.test(lines[i]);
    if (!mark && (CLOSED.test(lines[i - 1]) || BLANK.test(lines[i - 1]) || !UNIT_START.test(lines[i + 1]))) continue;
    if (mark && (BLANK.test(lines[i - 1]) || BLANK.test(lines[i + 1]))) continue;
    apart.add(i);
    if (!mark) figures++;
  }
  return figures >= FIGURES_APART ? apart : null;
}

/** 2027年总数达50个, 将加速通用机场与起降点建设: a short phrase standing alone on its line, no mark of a clause's end in it. */
const PHRASE_LINE = /^\s*[^。！？!?；;：:，,|｜\s][^。！？!?；;：:，,|｜]{1,23}\s*$/;
/** How many phrases in a row, blank lines aside, make a text set a phrase a line. */
const CAPTION_RUN = 8;
/** - 第一章 总则, • 新闻: an entry of a contents list or a menu, bulleted or a chapter's. */
const LISTED_ENTRY = /^\s*[-•·●▪■◆*]|第[一二三四五六七八九十百\d]+[章节篇]/;
/** How long a table's cell runs, which few phrases are as short as. */
const CELL_WIDTH = 4;
const HAS_FIGURE = /\d/;
const YEAR = /(?:19|20)\d{2}年/g;
/** 《…发展, 规划“麻城-武汉-: a phrase that leaves a name or a quote open. */
const OPEN_NAME = /[《“][^》”]*$|[-—]\s*$/;
const GOES_ON_JOINED = /^\s*(?:和|及|与|以及|等|并)/;
/** “十五五”期间启动建设, 2030年前全部建成: a horizon opening a phrase, and what is done by then. */
const HORIZON_PHRASE = /^\s*(?:“[^”]{2,6}”|[\u4e00-\u9fa5]{2,6})(?:期间|期内|时期)|^\s*(?:19|20)\d{2}年(?:底|末)?前(?!\d)[^\d]*$/;

/**
 * 2026年力争开通 / 4条汉黄商务航线 / 2027年再增5条 / 物流配送航线按运营规模 / 给予20万元至40万元奖励: a run of short phrases a
 * line, most with no figure (not a list of goals a line, 地区生产总值增长5% / 规模以上工业增加值增长5%, nor numbered items), is
 * sentences set a phrase a line. Each phrase of such a run maps to the next one's line, up to a phrase with a figure.
 */
function captionJoins(lines: readonly string[]): Map<number, number> | null {
  let joined: Map<number, number> | null = null;
  let run: number[] = [];
  const close = (): void => {
    // (not a table copied a cell a line, 指标名称 / 属性 / 全年目标 / …预期性 / …预期性: its cells short, and many alike)
    const texts = run.map((i) => lines[i].trim());
    const cells = texts.filter((text) => text.length <= CELL_WIDTH).length;
    // (nor a run with no figure at all, which no reading of it changes)
    const figures = texts.filter((text) => HAS_FIGURE.test(text)).length;
    if (run.length >= CAPTION_RUN && figures > 0 && figures * 2 <= run.length && new Set(texts).size === texts.length && cells * 3 < texts.length) {
      joined ??= new Map();
      // (a phrase with a figure closes its sentence, unless the next goes on with what it joins: 培育50家零部件企业 / 和10家新型材料企业)
      // (“十五五”期间启动建设: a horizon and what is done by then stand alone, as a line of their own, for the phrase before)
      for (let k = 0; k + 1 < run.length; k++) {
        const closes = HAS_FIGURE.test(lines[run[k]].replace(YEAR, '')) || HORIZON_PHRASE.test(lines[run[k]]);
        if ((!closes && !HORIZON_PHRASE.test(lines[run[k + 1]])) || GOES_ON_JOINED.test(lines[run[k + 1]])) joined.set(run[k], run[k + 1]);
      }
    }
    run = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (BLANK.test(line)) continue;
    if (PHRASE_LINE.test(line) && !ITEM_START.test(line) && !LISTED_ENTRY.test(line)) run.push(i);
    else close();
  }
  close();
  return joined;
}

/** A line between a table's cells copied one a line: a bar, or nothing. */
const CELL_SEPARATOR = /^\s*\|?\s*$/;
/** 对得到认定的企业自建研发平台 (對…, as a page in traditional script writes it): a cell naming whom a payment goes to, unclosed. */
const RECEIVER_CELL = /^\s*[对對][^。；！？!?;|]{2,300}$/;
/** 提供10万元至500万元补助: a cell that opens on paying an amount. */
const PAYING_CELL = /^\s*(?:提供|给予|給予|予以)[^。；|]{0,12}?\d/;
/** How many separator lines may stand between two cells of one row. */
const CELL_GAP = 3;

/**
 * 对得到认定的企业自建研发平台 / | / 提供10万元至500万元补助: the line of the cell paying what the cell on line `index` names a
 * receiver for, past the bars between them, or -1.
 */
function payingCellAfter(lines: readonly string[], index: number): number {
  const line = lines[index];
  if (!RECEIVER_CELL.test(line)) return -1;
  let next = index + 1;
  while (next < lines.length && next - index <= CELL_GAP && CELL_SEPARATOR.test(lines[next])) next++;
  return next > index + 1 && next < lines.length && PAYING_CELL.test(lines[next]) ? next : -1;
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
