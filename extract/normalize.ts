// Normalises a line for matching while keeping a map back to the original characters, so
// quotes stay verbatim: full-width digits and signs become ASCII (２０２５ → 2025, ％ → %), and
// stray spaces around digits disappear (到 2025 年 → 到2025年), and a year in Chinese digits reads
// as one in Arabic digits (二〇三五年 → 2035年).
import { westernYears } from './numerals';

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

/** One-for-one replacements, so offsets do not move: ２→2, ％→%, (→（, "领导下,承担"→"领导下，承担" (not （）！，：；？, which the rules read as they are). */
// (⽀持, 最⾼, ⻔槛: the radicals a PDF's fonts set in place of characters, read as the characters)
const REPLACED = '\\uff02-\\uff07\\uff0a\\uff0b\\uff0d-\\uff19\\uff1c-\\uff1e\\uff20-\\uff5e(),;:\\ufe50-\\ufe57\\u300c-\\u300f\\u2e80-\\u2ef3\\u2f00-\\u2fd5';
const ONE_FOR_ONE = new RegExp(`[${REPLACED}]`, 'g');
/** The small forms some pages set punctuation in: ﹐﹑﹒﹔﹕﹖﹗ read as ，、.；：？！ (﹒ as ． is: a point). */
const SMALL_FORMS: Record<string, string> = {
  '\ufe50': '，', '\ufe51': '、', '\ufe52': '.', '\ufe54': '；', '\ufe55': '：', '\ufe56': '？', '\ufe57': '！',
};
/**
 * The simplified radicals a PDF's fonts set in place of the characters they look like (⻔槛 → 门槛); the
 * Kangxi radicals (⽀ → 支) are told by Unicode's compatibility decomposition.
 */
const SIMPLIFIED_RADICALS: Record<string, string> = {
  '\u2ec4': '西', '\u2ec5': '见', '\u2ec6': '角', '\u2ec9': '贝', '\u2ecb': '车', '\u2ed3': '长', '\u2ed4': '门', '\u2ed8': '青', '\u2ed9': '韦',
  '\u2eda': '页', '\u2edb': '风', '\u2edc': '飞', '\u2edd': '食', '\u2ee2': '马', '\u2ee5': '鱼', '\u2ee6': '鸟', '\u2ee8': '麦', '\u2ee9': '黄',
  '\u2eec': '齐', '\u2eee': '齿', '\u2ef0': '龙', '\u2ef3': '龟',
};
/** The corner quotes of traditional-script pages and the quotes they are read as: 「十五五」, 『百萬畝水稻生產標准化工程』 → “…” (the double ones stand alone too). */
export const CORNER_QUOTES: Readonly<Record<string, string>> = { '\u300c': '“', '\u300d': '”', '\u300e': '“', '\u300f': '”' };

function replaceOne(ch: string, at: number, line: string): string {
  switch (ch) {
    case '(': return '（';
    case ')': return '）';
    case ';': return '；';
    case ',': return isDigit(line.charCodeAt(at - 1)) && isDigit(line.charCodeAt(at + 1)) ? ',' : '，';
    case ':': return isDigit(line.charCodeAt(at - 1)) && isDigit(line.charCodeAt(at + 1)) ? ':' : '：';
    default: {
      const code = ch.charCodeAt(0);
      if (code >= 0xff00) return String.fromCharCode(code - 0xfee0);
      if (code >= 0x2f00 && code <= 0x2fd5) return ch.normalize('NFKC');
      return SMALL_FORMS[ch] ?? CORNER_QUOTES[ch] ?? SIMPLIFIED_RADICALS[ch] ?? ch;
    }
  }
}

/**
 * ‘十四五’: the single quotes around a plan period within a quote (others stay, so a speech's own quotes still pair: “…‘见犊补母’补贴…”).
 */
const INNER_QUOTE = /\u2018(?=十[一二三四五六七]五\u2019)|(?<=\u2018十[一二三四五六七]五)\u2019/g;

/** 给于, 给与: slips for 给予 (to give), one for one (not 交给与会者, given to those at a meeting). */
const MISWRITTEN_GIVE = /给(?:于|与(?!会))/g;
/** 2万/5万/10万元: sums in 万 listed with slashes between them, the unit written after the last. */
const SLASHED_SUMS = /\d+(?:\.\d+)?万(?:\/\d+(?:\.\d+)?万)+元/g;

/** "十五五", "双碳": a straight quote next to a Chinese character, read as the curved one its place in its pair asks for. */
const STRAIGHT_QUOTE_BY_HAN = /(?<=[\u4e00-\u9fff，。、；：])"|"(?=[\u4e00-\u9fff])/;

/** Straight double quotes read as curved ones, opening and closing in turn, where the line pairs them and a Chinese character stands by one. */
function curvedQuotes(line: string): string {
  if (!STRAIGHT_QUOTE_BY_HAN.test(line)) return line;
  const count = line.split('"').length - 1;
  if (count % 2 !== 0) return line;
  let open = true;
  return line.replace(/"/g, () => { const quote = open ? '“' : '”'; open = !open; return quote; });
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;
/** 7 000, 12 500: up to three digits, a space, then three: a figure's thousands set apart by a space. */
const THOUSANDS_GROUP = /(?:^|\D)\d{1,3}\s+\d{3}(?:\D|$)/;
const isLatin = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isSpace = (code: number): boolean => code === 32 || code === 0x3000 || code === 9 || code === 0xa0;

/** jīng, zhìnéng, wànyuán: a word's pinyin, one to four syllables with a tone mark each. */
export const TONED_PINYIN = '[a-zü]{0,5}(?:[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5}){1,4}';
/** hé / huò, dì / de: a character's readings, toned pinyin first and the others after slashes (a heteronym's note). */
export const PINYIN_READINGS = `${TONED_PINYIN}(?: ?/ ?(?:${TONED_PINYIN}|[a-zü]{1,6}))*`;
/** 經(jīng)濟, 最高【gāo】: pinyin with its tone mark in brackets right after a character, a converter's note, not the text. */
// (會(huì )議: a space the converter left inside the brackets too)
// (智能(zhìnéng), 万元(wànyuán): a word's syllables in one note)
// (和(hé / huò), 地(dì / de): a heteronym's readings, all in one note)
const PINYIN_NOTE = new RegExp(`(?<=[\\u4e00-\\u9fff])(?:（${PINYIN_READINGS} ?）|【${PINYIN_READINGS} ?】)`, 'g');
/** shi, neng: a pinyin syllable written without its tone mark. */
// (lv, nv: ü written as v, as keyboards type it)
export const TONELESS_SYLLABLE = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:[aeiouü][a-z]{0,4}|(?<=[ln])v(?:e|an)?)';
/** 產(chan), 業(ye), as a page writes them (either bracket): a toneless syllable in brackets after a character or another note. */
export const PAGE_TONELESS_NOTE = new RegExp(`(?<=[\\u4e00-\\u9fff]|[)）])[（(]${TONELESS_SYLLABLE}[)）]`, 'g');
/** 市（shi）, 能（neng）, 的【de】: such a syllable in brackets after a character or another note (many in a line: a mirror's notes). */
const TONELESS_NOTE = new RegExp(`(?<=[\\u4e00-\\u9fff]|[）)】])(?:（${TONELESS_SYLLABLE}）|【${TONELESS_SYLLABLE}】)`, 'g');
/** （人民币，下同）, （下同）: a note that the unit holds for the figures after it; （不含购买土地费用，下同）: or what a measure leaves out. */
const SAME_BELOW_NOTE = /（(?:[^（()）\d，,、。；]{1,16})?[，、,]?下同）/g;
/** A bracket opening on a Latin letter, the only place a note can be: most bracketed lines have none. */
const NOTE_OPENING = /[（【][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]/;

/** Markdown decoration that carries no words: heading hashes, list bullets. */
const MARKUP_PREFIX = /^\s*(?:#{1,6}\s+|[-*+]\s+(?=\S))/;

/** Any character a line may need changed or taken out: most lines have none past their indent. */
const NEEDING = new RegExp(`[${REPLACED} \\t*\\u3000\\u00a0]`);
/** A character replaced one for one (full-width forms, small forms, corner quotes, ASCII punctuation). */
const REPLACE_NEEDED = new RegExp(`[${REPLACED}]`);
/** A character that may be taken out: a space, a tab, an asterisk of markup (＊ becomes one). */
const REMOVE_NEEDED = /[ \t*\u3000\u00a0\uff0a]/;

/**
 * What a line needs: most lines need nothing, or only their indent (the spaces it starts with)
 * taken out; `remove` is for spaces or markup after the indent. One pattern finds the first
 * character that may need anything, then one native scan each tells which.
 */
function needsOf(line: string): { replace: boolean; remove: boolean; indent: number } {
  let indent = 0;
  while (indent < line.length && isSpace(line.charCodeAt(indent))) indent++;
  const rest = indent ? line.slice(indent) : line;
  const first = rest.search(NEEDING);
  if (first < 0) return { replace: false, remove: false, indent };
  const tail = first ? rest.slice(first) : rest;
  return { replace: REPLACE_NEEDED.test(tail), remove: REMOVE_NEEDED.test(tail), indent };
}

/** A run of tabs, or of two spaces or more (ideographic ones too), between a line's words: where a table copied as text parts its cells. */
const CELL_GAP = /\t+|[ \u3000]{2,}/g;
/** Sentence marks, which no table's row of figures holds. */
const PROSE_MARK = /[。，；！？]/;

/**
 * 1\t数字经济增加值（亿元）\t1200\t2200, 1  5G基站数（个）  3000  12000: a table's row copied as text, its cells parted by tabs or by
 * wide gaps, read as a row of cells closed by bars (1|数字经济增加值（亿元）|1200|2200), each gap turned into a bar and spaces of its
 * own length, so offsets stay: two gaps or more between words; gaps of spaces only in a line of figures with no sentence marks.
 * (Read on the file's own text: a text converted from traditional characters has spaces where its pinyin notes were.)
 */
export function barredCells(line: string): string {
  if (!line.includes('\t') && !line.includes('  ') && !line.includes('\u3000\u3000')) return line;
  const gaps = [...line.trim().matchAll(CELL_GAP)];
  if (gaps.length < 2) return line;
  const tabbed = gaps.some((gap) => gap[0].includes('\t'));
  if (!tabbed && (PROSE_MARK.test(line) || !/\d/.test(line))) return line;
  const start = line.length - line.trimStart().length;
  const end = line.trimEnd().length;
  return line.slice(0, start) + line.slice(start, end).replace(CELL_GAP, (gap) => `|${' '.repeat(gap.length - 1)}`) + line.slice(end);
}

/** http://www.sina.com.cn, https://…/20071213/09444286420.shtml: a web address (not the date a page runs into it: …com2024年01月15日). */
const WEB_ADDRESS = /https?:\/\/[!-~]+?(?=(?:19|20)\d{2}年|[^!-~]|$)/g;

export function normalizeLine(original: string): NormalizedLine {
  // (6 A& G k5 H* k' V5 S% W% M+ T 安康市优良天数311天: the jamming code a forum sets among a post's words, blanked one for one)
  const jammed = original.includes(' ') ? original.replace(JAMMING_CODE, (run) => (isJamming(run) ? ' '.repeat(run.length) : run)) : original;
  // (…种糖蔗15万亩http://www.sina.com.cn 2007年12月13日: a web address run on after words says nothing of them, blanked one for one)
  const unjammed = jammed.includes('://') ? jammed.replace(WEB_ADDRESS, (address) => ' '.repeat(address.length)) : jammed;
  const needs = needsOf(unjammed);
  // 政策支持 - …补助 - 高技术产业项目…: a page's list run into one line, its items set apart by dashes between spaces
  // (a year in Chinese digits first: a colon or comma between digits is then told as the reference tells it, 1,000:2025年)
  const dashed = unjammed.includes(' - ') ? unjammed.replace(DASHED_ITEM, '；') : unjammed;
  // (2013年一2017年: a dash between two years written as 一, one for one)
  const listed = westernYears(dashed.includes('年一') ? dashed.replace(YEARS_JOINED_BY_ONE, '—') : dashed);
  const oneForOne = needs.replace ? listed.replace(ONE_FOR_ONE, replaceOne) : listed;
  // (展望"十五五"时期: straight quotes in Chinese text, paired, read as the curved ones the rules know)
  const quoted = oneForOne.includes('"') ? curvedQuotes(oneForOne) : oneForOne;
  // (“力争在‘十四五’期间，每年认定…”: a plan period in the single quotes of a quote within a quote, read as in double ones)
  const inner = quoted.includes('\u2018') || quoted.includes('\u2019') ? quoted.replace(INNER_QUOTE, (quote) => (quote === '\u2018' ? '“' : '”')) : quoted;
  // (一次性给于3万元补助, 省财政给与8000万元: 给于 and 给与, common slips for 给予, read as what they mean)
  const given = inner.includes('给于') || inner.includes('给与') ? inner.replace(MISWRITTEN_GIVE, '给予') : inner;
  // (分别给予2万/5万/10万元奖励: sums listed with slashes between, 元 said once after the last, read as a list, one for one)
  const replaced = given.includes('万/') ? given.replace(SLASHED_SUMS, (run) => run.replaceAll('/', '、')) : given;
  const prefix = MARKUP_PREFIX.exec(replaced)?.[0].length ?? 0;
  // 經(jīng)濟, 累計(jì)完成: the pinyin a converter wrote after characters, taken out (its start → its length)
  // (鄂尔多斯市（shi）新能（neng）（neng）源: or without their tones, where a line holds several)
  const bracketed = (replaced.includes('（') || replaced.includes('【')) && NOTE_OPENING.test(replaced);
  const toneless = bracketed ? [...replaced.matchAll(TONELESS_NOTE)] : [];
  // (给予100万元（人民币，下同）至1000万元: a note on the currency, taken out so the range reads whole)
  const same = replaced.includes('下同') ? [...replaced.matchAll(SAME_BELOW_NOTE)] : [];
  // (…获【huò】得【dé】的国家级的【de】…: a syllable without its tone among a mirror's notes is one too)
  const toned = bracketed ? [...replaced.matchAll(PINYIN_NOTE)] : [];
  const found = bracketed ? [...toned, ...(toneless.length >= 3 || toned.length >= 3 ? toneless : []), ...same] : same;
  const notes = found.length ? new Map(found.map((m) => [m.index, m[0].length])) : null;
  // (给予优惠支持,,且营业收入首次突破1亿元(含)、2亿元(含),、5亿元(含),…: a converter's stray comma before another mark, taken out)
  const doubled = STRAY_COMMA.test(replaced);
  if (!needs.remove && !doubled && prefix === 0 && !notes?.size) {
    if (needs.indent === 0) return { text: replaced, map: null, original };
    if (needs.indent < replaced.length) return { text: replaced.slice(needs.indent), map: new Int32Array([0, needs.indent]), original };
  }
  // the kept stretches of the line, copied whole, and where each starts on both sides; a pattern
  // jumps from one character that may be taken out to the next, over the stretches between
  const kept = new Stretches(replaced);
  let from = prefix;
  const special = doubled ? SPECIAL_OR_COMMA : SPECIAL;
  special.lastIndex = prefix;
  for (let m = special.exec(replaced); m; m = special.exec(replaced)) {
    const i = m.index;
    const code = replaced.charCodeAt(i);
    const note = code === 0xff08 || code === 0x3010 ? notes?.get(i) : undefined;
    if (note) {
      kept.keep(from, i);
      from = i + note;
      special.lastIndex = from;
    } else if (code === 0xff0c /* ， */) {
      if (STRAY_COMMA_BEFORE.has(replaced.charCodeAt(i + 1))) {
        kept.keep(from, i);
        from = i + 1;
      }
    } else if (code === 42 /* * */ && (replaced.charCodeAt(i + 1) === 42 || replaced.charCodeAt(i - 1) === 42)) {
      kept.keep(from, i);
      from = i + 1;
    } else if (isSpace(code)) {
      // a space survives only between two Latin letters: "Big Data" stays, "到 2025 年" closes up
      let j = i + 1;
      while (j < replaced.length && isSpace(replaced.charCodeAt(j))) j++;
      const before = i > from ? replaced.charCodeAt(i - 1) : kept.lastKept;
      const after = j < replaced.length ? replaced.charCodeAt(j) : -1;
      kept.keep(from, i);
      // one plain space, whatever the run of spaces was (a full-width one, a tab)
      // (2240 4000, two cells of a table row read as one line: two figures stay two, not 22404000; 7 000万元 is one, its
      // thousands set apart)
      if ((isLatin(before) && isLatin(after)) || (isDigit(before) && isDigit(after) && !THOUSANDS_GROUP.test(replaced.slice(Math.max(0, i - 4), j + 4)))) kept.space(i);
      // 力争2025年产值突破500亿元 海洋油气开发产业要…: a page that lost its full stops keeps a space after an amount
      // (not in a text that spaces its numbers apart: 按照不超过投资的 30% 予以补贴)
      // (not in a headline of two halves, 未来三年集群营收年均增长8% 河北印发方案…: a short line with no punctuation at all)
      else if (AMOUNT_END.has(before) && LOST_STOP_AFTER.test(replaced.slice(j, j + 7)) && closesAmount(replaced.slice(Math.max(0, i - 16), i)) && !isHeadlineOfHalves(replaced)) kept.stop(i);
      from = j;
      special.lastIndex = j;
    }
  }
  kept.keep(from, replaced.length);
  return { text: kept.pieces.join(''), map: new Int32Array(kept.runs), original };
}

/** 6 A& G k5 H* k' V5 S% W% M+ T: five or more runs of one or two ASCII characters, each set apart by a space. */
const JAMMING_CODE = /(?<![!-~])(?:[!-~]{1,2} ){4,}[!-~]{1,2}(?![!-~])/g;
/**
 * Jamming code mixes letters and symbols: two runs or more with a letter and two with a symbol a table does not set between its
 * cells (not 1 2 3 4 5, A B C D E, nor | 5% | 6% |).
 */
function isJamming(run: string): boolean {
  const pieces = run.split(' ');
  return pieces.filter((piece) => /[A-Za-z]/.test(piece)).length >= 2 && pieces.filter((piece) => /[^A-Za-z0-9|%.-]/.test(piece)).length >= 2;
}

/** 2013年一2017年: the 一 between two years of a span, a dash mistyped. */
const YEARS_JOINED_BY_ONE = /(?<=(?:19|20)\d{2}\s?年)一(?=\s?(?:19|20)\d{2}\s?年)/g;
/** A dash between spaces with words on both sides: one item of a list ends, the next begins (read as ；, one for one). */
const DASHED_ITEM = /(?<=[\u4e00-\u9fff\]）)] )-(?= [\u4e00-\u9fff\d])/g;

/** What the pass over a line that needs changes stops at: a bracket (a pinyin note may open), an asterisk, a space. */
const SPECIAL = /[（【* \t\u3000\u00a0]/g;
/** The same, and a comma, on a line where a comma stands right before another mark. */
const SPECIAL_OR_COMMA = /[（【* \t\u3000\u00a0，]/g;
/** ，，, ，、, ，。: a comma right before another mark of punctuation, which says all it says. */
const STRAY_COMMA = /，(?=[，、。；])/;
const STRAY_COMMA_BEFORE = new Set([...'，、。；'].map((c) => c.charCodeAt(0)));

/** A line of no more than 40 characters holding no punctuation of a sentence: a headline, whose space parts its halves. */
const HEADLINE_LENGTH = 40;
function isHeadlineOfHalves(line: string): boolean {
  return line.trim().length <= HEADLINE_LENGTH && !/[，。；,;：:！？!?]/.test(line);
}
/** Characters an amount ends on: 500亿元, 20%, 100家; asked first, as most spaces follow none of them. */
// (装机达到3000万千瓦 年发电量达到800亿千瓦时 装机容量…: or a power's or an energy's unit)
const AMOUNT_END = new Set([...'元%人亩吨瓦时上右'].map((c) => c.charCodeAt(0)));
/** Words that open a new sentence after an amount, not the amount's own 以上, 左右, unit or the payment it is (100万元 一次性奖励). */
// (年发电量, 年产值: a yearly measure opens one; 年底, 年内 close the amount's own)
const LOST_STOP_AFTER = /^(?!以上|以下|以内|左右|及以上|工作日|一次性|奖励|补贴|补助|资助|奖补|[月日天万亿元的]|年(?![发产销营接均]))[\u4e00-\u9fff]{2}|^(?:到|至)(?:19|20)\d{2}年/;

/** A figure and its unit closing the text before a space: 500亿元, 20%, 100家 (not 单个, a word). */
const AMOUNT_BEFORE = /\d(?:[万亿千百]{0,2}(?:[元人亩吨]|千瓦时?|瓦时?)|%)(?:以上|左右)?$/;
/** An amount with a space before its figure: 的 30%, 最高 3000 万元. */
const SPACED_AMOUNT = /\s[\d.,]+\s*[^\d\s]{0,3}$/;
/** Whether the text before a space ends on an amount written tight, as a sentence whose full stop was lost does. */
const closesAmount = (before: string): boolean => AMOUNT_BEFORE.test(before) && !SPACED_AMOUNT.test(before);

/** Stretches of a line kept whole; `runs` holds, for each, where it starts in the result and in the line. */
class Stretches {
  readonly pieces: string[] = [];
  readonly runs: number[] = [];
  private length = 0;
  /** The last character kept, -1 before any. */
  lastKept = -1;

  constructor(private readonly line: string) {}

  keep(from: number, to: number): void {
    if (to <= from) return;
    this.pieces.push(this.line.slice(from, to));
    this.runs.push(this.length, from);
    this.length += to - from;
    this.lastKept = this.line.charCodeAt(to - 1);
  }

  /** A full stop standing for the run of spaces at `at`, where a sentence ended. */
  stop(at: number): void {
    this.pieces.push('。');
    this.runs.push(this.length, at);
    this.length++;
    this.lastKept = 0x3002;
  }

  /** One plain space standing for the run of spaces at `at`. */
  space(at: number): void {
    this.pieces.push(' ');
    this.runs.push(this.length, at);
    this.length++;
    this.lastKept = 32;
  }
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

/** Where in the original text[index] comes from (a join's offset or a line's column is counted there). */
export function originalOffset(line: NormalizedLine, index: number): number {
  return line.map && line.map.length ? originalIndex(line.map, index) : index;
}

/**
 * The line with `inserted` read into its text at `at` (预期增长(%) over a cell of 6左右: 6%左右), each inserted character
 * standing for the one before it, so quotes keep the line's own characters.
 */
export function withInserted(line: NormalizedLine, at: number, inserted: string): NormalizedLine {
  const old = line.map && line.map.length ? line.map : new Int32Array([0, 0]);
  const runs: number[] = [];
  for (let r = 0; r < old.length; r += 2) if (old[r] < at) runs.push(old[r], old[r + 1]);
  runs.push(at, originalOffset(line, Math.max(0, at - 1)), at + inserted.length, originalOffset(line, at));
  for (let r = 0; r < old.length; r += 2) if (old[r] > at) runs.push(old[r] + inserted.length, old[r + 1]);
  return { text: line.text.slice(0, at) + inserted + line.text.slice(at), map: Int32Array.from(runs), original: line.original };
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
