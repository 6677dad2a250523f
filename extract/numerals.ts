// Numbers as Chinese policy texts write them, to values: 三百, 十二点五, 二万三千 (nzh reads each
// piece), compounds across 万/亿 in either script (3万4000 → 34000, 1亿2000 before 万 → 12000),
// 百分之四十五 → 45, 七成 → 70, 三分之一 → 0.333333, and 百亿级 → 100 (亿).
import nzh from 'nzh/cn';

/** Characters of a Chinese numeral, without the 万/亿 that may join its pieces: 二万三千 = 二 · 万 · 三千. */
export const CN_DIGIT = '零〇一二两三四五六七八九十百千';
/** A Chinese numeral: 三百, 十二点五, 二万三千 (a 万/亿 inside only when more digits follow it). */
export const CN_NUMBER = `[${CN_DIGIT}]+(?:[万亿][${CN_DIGIT}]+)*(?:点[${CN_DIGIT}]+)?`;
/** An Arabic number, optionally compound across 万/亿: 3,000, 12.5, 3万4000, 1亿2000. */
export const AR_NUMBER = String.raw`\d+(?:,\d{3})*(?:\.\d+)?(?:亿\d{1,4}(?![\d.])(?:万\d{1,4}(?![\d.]))?|万\d{4}(?![\d.]))?`;

/** 二〇二五年, 一九九八年, 二00四年: a year written in Chinese digits (some pages set its zeros as 0). */
const CN_YEAR = /(?:二[〇零0]|一九)[〇零0一二三四五六七八九]{2}(?=年)/g;
const YEAR_DIGITS = '〇一二三四五六七八九';

/** The text with each year in Chinese digits written in Arabic ones, in as many characters: 到二〇三五年 → 到2035年. */
export function westernYears(text: string): string {
  // (three native scans cost less than one pattern over every line)
  if (!text.includes('〇') && !text.includes('零') && !text.includes('二0')) return text;
  return text.replace(CN_YEAR, (year) => [...year].map((c) => (c === '零' || c === '0' ? 0 : YEAR_DIGITS.indexOf(c))).join(''));
}

const LEVELS: [string, number][] = [['亿', 1e8], ['万', 1e4]];
const SINGLE: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 百: 100, 千: 1000 };

/** Chinese numerals already read: a text writes the same few (一, 两, 三十) again and again. */
const CHINESE_VALUES = new Map<string, number>();

/** 一两, 三五, 一二三: Chinese digits side by side, with no 十, 百 or 千 to place them. */
const BARE_DIGITS = /^[零〇一二两三四五六七八九]{2,}$/;

/** 百千, 十百千: 十, 百 or 千 straight after another of them. */
const PLACES_SIDE_BY_SIDE = /[十百千]{2}/;

/** One piece without 万/亿: 3,000 → 3000, 十二点五 → 12.5, 两千 → 2000. */
function simpleValue(text: string): number {
  const first = text.charCodeAt(0);
  if (first >= 48 && first <= 57) return Number(text.includes(',') ? text.replace(/,/g, '') : text);
  if (text.length === 1) return SINGLE[text] ?? Number.NaN;
  // (一两家, 三五个, 七八所: two digits side by side say one or two, three or five, not 12 or 35: no number; a year's digits are
  // read as a year before this)
  if (BARE_DIGITS.test(text)) return Number.NaN;
  // (“百千万”人才工程, 十百千: place words side by side, no digit between them, are a programme's name, no number)
  if (PLACES_SIDE_BY_SIDE.test(text)) return Number.NaN;
  let value = CHINESE_VALUES.get(text);
  if (value === undefined) {
    const read = Number(nzh.decodeS(text.replace(/两/g, '二').replace(/〇/g, '零')));
    value = Number.isFinite(read) && read > 0 ? read : Number.NaN;
    if (CHINESE_VALUES.size < 4096) CHINESE_VALUES.set(text, value);
  }
  return value;
}

/**
 * The value of a written number in units of `scale` (the multiplier written after it, 1 when none):
 * 二万三千 → 23000; 3万4000 → 34000; 1亿2000 with 万 after it → 12000 (万).
 */
export function numeralValue(text: string, scale = 1): number {
  if (!text.includes('万') && !text.includes('亿')) return simpleValue(text);
  for (const [word, factor] of LEVELS) {
    const at = text.indexOf(word);
    if (at <= 0) continue;
    const head = simpleValue(text.slice(0, at));
    const rest = text.slice(at + 1);
    // below a larger written multiplier the level is part of the count: 二万三千亿 = 23000 亿
    const multiple = factor > scale ? factor / scale : factor;
    return head * multiple + (rest ? numeralValue(rest, scale) : 0);
  }
  return simpleValue(text);
}

/** 百亿级 → 100, 千亿级 → 1000, 万亿级 → 10000: the scale word in 亿. */
export function scaleClassValue(word: string): number {
  return ({ 十: 10, 百: 100, 千: 1000, 万: 10000 } as Record<string, number>)[word] ?? Number.NaN;
}

/** 三分之一, 1/3 → 0.333333 (six decimals, as shares are written). */
export function fractionValue(numerator: number, denominator: number): number {
  return denominator ? Math.round((numerator / denominator) * 1e6) / 1e6 : Number.NaN;
}
