// Splits a paragraph into sentences (at 。！？, a point written between two words as one, and a table's cell
// borders |) and each sentence into clauses (at ，；：),
// keeping offsets into the normalised line so quotes can be cut from the original. Brackets
// hold their punctuation: “（责任单位：市经信局，市财政局）” does not split.
import { matchesOf } from '../src/domain/text';

export interface Span { start: number; end: number; text: string }
export interface Sentence extends Span { clauses: Span[] }

const Code = {
  FullStop: 0x3002, Exclamation: 0xff01, Question: 0xff1f, AsciiExclamation: 0x21, AsciiQuestion: 0x3f, VerticalLine: 0x7c,
  Comma: 0xff0c, Semicolon: 0xff1b, Colon: 0xff1a, Ellipsis: 0x2026, FullPoint: 0x2e,
  OpenParen: 0xff08, CloseParen: 0xff09, OpenSquare: 0x5b, CloseSquare: 0x5d, OpenLenticular: 0x3010, CloseLenticular: 0x3011,
} as const;

// (编号 | 目标任务 |: a table's cell border ends what its cell says)
const isSentenceEnd = (c: number): boolean => c === Code.FullStop || c === Code.Exclamation || c === Code.Question || c === Code.AsciiExclamation || c === Code.AsciiQuestion || c === Code.VerticalLine;
const isClauseEnd = (c: number): boolean => c === Code.Comma || c === Code.Semicolon || c === Code.Colon;
const isIdeograph = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;

/** 2月29日, 2024年: a day of the year, or a year, at `at`. */
const opensOnDate = (text: string, at: number): boolean => {
  const c = text.charCodeAt(at);
  return c >= 0x30 && c <= 0x39 && /^(?:\d{1,2}月\d{1,2}日|(?:19|20)\d{2}年)/.test(text.slice(at, at + 6));
};

function spans(text: string, start: number, end: number, isBoundary: (code: number) => boolean): Span[] {
  const out: Span[] = [];
  let from = start;
  let depth = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // most characters are ideographs, which neither bracket nor end anything
    if (c >= 0x4e00 && c <= 0x9fff) continue;
    if (c === Code.OpenParen || c === Code.OpenSquare || c === Code.OpenLenticular) depth++;
    else if ((c === Code.CloseParen || c === Code.CloseSquare || c === Code.CloseLenticular) && depth > 0) depth--;
    else if (depth === 0 && isBoundary(c)) {
      out.push({ start: from, end: i + 1, text: text.slice(from, i + 1) });
      from = i + 1;
    } else if (depth === 0 && c === Code.Ellipsis && isBoundary === isSentenceEnd && text.charCodeAt(i + 1) === Code.Ellipsis && (isIdeograph(text.charCodeAt(i + 2)) || opensOnDate(text, i + 2))) {
      // …预计5月底可完成主体框架施工……今年，我市…: an ellipsis closing a run of examples, and a new sentence after it
      // (…最高奖励1000万元……2月29日，武汉市召开…发布会: a summary's last item, and the report opening on its day;
      // …达到8500亿元……2024年，陕西省政府工作报告…: or on the year the items were set for)
      out.push({ start: from, end: i + 2, text: text.slice(from, i + 2) });
      from = i + 2;
      i++;
    } else if (depth === 0 && c === Code.FullPoint && isBoundary === isSentenceEnd && isIdeograph(text.charCodeAt(i - 1)) && isIdeograph(text.charCodeAt(i + 1))) {
      // (…家禽养殖量达到10万羽以上.对验收达标的大型养殖场，各扶持30万元: a page that writes its full stops as points, between words)
      out.push({ start: from, end: i + 1, text: text.slice(from, i + 1) });
      from = i + 1;
    } else if (depth === 0 && c === Code.FullPoint && isBoundary === isSentenceEnd && text.startsWith('...', i)) {
      // (…投资400亿元以上......2023年，深圳人…: an ellipsis typed as full points closes as one does)
      let end = i;
      while (text.charCodeAt(end) === Code.FullPoint) end++;
      if (isIdeograph(text.charCodeAt(end)) || opensOnDate(text, end)) {
        out.push({ start: from, end, text: text.slice(from, end) });
        from = end;
      }
      i = end - 1;
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

/** 一、 （一） 1. 1【 第三条 【组织保障】: the numbering that opens a heading, an item or an article, with the space after it. */
export const ITEM_NUMBER = /^(?:[①-⑳]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[.．、](?!\d)|\d{1,2}(?=【)|第[一二三四五六七八九十百\d]+[章条节]|【[^】]{1,20}】)\s*/;

/** （牵头单位：市发改委；责任单位：…，咸宁高新区管委会）, （由区科技局牵头）: the bodies a task is assigned to, not who plans it. */
export const IN_CHARGE = /[（(](?:(?:牵头|责任|主责|配合|协办)(?:单位|部门)[:：][^（()）\n]*|由[^（()）\n]{2,20}(?:牵头|负责)[^（()）\n]{0,10})[)）]/g;

/** An aside naming who answers for a task, with the next task after it: （牵头单位：县发改局，责任单位：…）2022年… */
const RESPONSIBLE_ASIDE = /（(?:牵头|责任|配合|主责|协办)(?:单位|部门)[^（）]*）(?=[^，。；：！？、）\s])/g;

/** （一）经济贡献奖励对于…: an item's heading run straight into its provision, no stop between them; cut off as a sentence of its own. */
const GLUED_HEADING = /^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、])[\u4e00-\u9fa5、“”]{2,14}?(?:奖励|补贴|补助|奖补|资助|支持|扶持)(?=对于?[^，。；]{2}|凡)/;

/** 新华社长沙2月6日电（记者周楠）, 东南网3月28日讯(…): where and when a report was filed, and by whom, as its text opens (讯 or 电). */
const filedAs = (mark: string): string => String.raw`[\u4e00-\u9fa5]{2,12}?\d{1,2}月\d{1,2}日${mark}\s*(?:[（(][^（()）]{0,40}[)）])?\s*`;
/** 新华社长沙2月6日电（记者周楠）, 长城网9月17日讯(记者…): a report's dateline, no part of its first sentence. */
const DATELINE = new RegExp(String.raw`^\s*${filedAs('(?:讯|电)')}`);

/**
 * 原标题:市级龙头企业 奖励百万元 东南网3月28日讯(记者 …): a page's original headline run into the report after it, up to the
 * report's dateline; no part of its first sentence.
 */
export const ORIGINAL_HEADLINE = new RegExp(String.raw`^\s*原标题[：:][^。；！？\n]{2,60}?${filedAs('(?:讯|电)')}`);

export function splitSentences(text: string): Sentence[] {
  const glued = GLUED_HEADING.exec(text) ?? (/日[电讯]/.test(text) ? DATELINE.exec(text) : null) ?? (text.includes('原标题') ? ORIGINAL_HEADLINE.exec(text) : null);
  const sentences = glued ? [{ start: 0, end: glued[0].length, text: glued[0] }, ...spans(text, glued[0].length, text.length, isSentenceEnd)] : spans(text, 0, text.length, isSentenceEnd);
  // the task after such an aside starts a sentence of its own, though no full stop comes before it
  const afterAsides = /单位|部门/.test(text) ? splitAt(text, sentences, matchesOf(RESPONSIBLE_ASIDE, text).map((m) => m.index + m[0].length)) : sentences;
  // (…新迁入的企业，第四条【经营贡献奖】对经认定…: so does an article run on after the one before it, its stop lost)
  const split = text.includes('条') ? splitAt(text, afterAsides, matchesOf(ARTICLE_RUN_ON, text).map((m) => m.index + 1)) : afterAsides;
  // (…最高不超过600万元 A04-2：首次在宝山租赁…的，…: nor an item of a table's cell, run on under its code)
  const coded = /\d-\d/.test(text) ? splitAt(text, split, matchesOf(ITEM_CODE_RUN_ON, text).map((m) => m.index)) : split;
  // (…建设10公里城市绿道[3] 长期民生建设目标 - 宜宾市目标到2027年…: a summary's points end at the sources each cites, its stop
  // left out, and the next point or heading is a sentence of its own)
  const cited = text.includes(']') ? splitAt(text, coded, matchesOf(CITED_POINT_END, text).map((m) => m.index + m[0].length)) : coded;
  return cited.map((sentence) => new LazySentence(text, sentence.start, sentence.end, sentence.text));
}

/**
 * [3] 发展目标 - , [1][10] 发展成就总结 - , [2] 分组2: : the sources a summary's last point under a heading cites, the next heading
 * after them; [2] - 2024年… (its dash read as ；): or the next point under the same heading (not 数量 [2] 为…).
 */
const CITED_POINT_END = /(?:\[\d{1,2}\])+(?:\s*[；;]|(?=\s*[\u4e00-\u9fa5“”"\d]{2,24}\s*[-—；;：:]))/g;

/** ，第四条【经营贡献奖】, ，第十条 符合条件的…: an article's number after a comma, its heading or a space after it. */
const ARTICLE_RUN_ON = /[，,；\s]第[一二三四五六七八九十百零〇\d]{1,4}条(?=【|\s)/g;

/** A04-2：, B1-3：: the code of a cell's next item (its letter, its row, its number), run on after the one before (its space dropped). */
const ITEM_CODE_RUN_ON = /(?<=[\u4e00-\u9fa5\s])[A-Z]\d{1,3}(?:-\d{1,3})+[：:]/g;

function splitAt(text: string, sentences: Span[], cuts: readonly number[]): Span[] {
  if (!cuts.length) return sentences;
  return sentences.flatMap((sentence) => {
    const inside = cuts.filter((cut) => cut > sentence.start && cut < sentence.end);
    const bounds = [sentence.start, ...inside, sentence.end];
    return inside.length ? bounds.slice(1).map((end, k) => ({ start: bounds[k], end, text: text.slice(bounds[k], end) })) : [sentence];
  });
}

/** The clause's text without its closing punctuation: "数据产业规模达5000亿元，" → "数据产业规模达5000亿元". */
export function trimClause(span: Span): Span {
  const { start } = span;
  let { end } = span;
  while (end > start && /[，；：。！？!?\s]/.test(span.text[end - start - 1] ?? '')) end--;
  return { start, end, text: span.text.slice(0, end - span.start) };
}
