// Finds every number with a unit in a sentence: Arabic and Chinese numerals (3万件, 三十家),
// 万/亿/万亿 multipliers, %, ‰, 个百分点, ranges (10%—15%, 1—2场), 翻两番, and acronym units
// named beside the number (达到5000千万亿次浮点指令/秒（PFLOPS）, （PUE）值低于1.25).
import nzh from 'nzh/cn';
import { MULTIPLIERS, UNIT_WORDS, normalizeUnit, roundValue } from '../src/domain/units';

export interface Quantity {
  /** Span of the whole mention in the sentence, number to unit (and a range's second number). */
  start: number;
  end: number;
  value: number;
  valueMax: number | null;
  /** The unit as written, multiplier included: 亿元, 万家, %, PFLOPS. */
  unit: string;
  base: string;
  factor: number;
  /** 180余家, 100多个: the text says "more than". */
  more: boolean;
  chinese: boolean;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const AR = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
const CN = '[零〇一二两三四五六七八九十百千]+';
const MULT = Object.keys(MULTIPLIERS).sort((a, b) => b.length - a.length).join('|');
const UNIT = UNIT_WORDS.map(escape).join('|');
const DASH = '[—–\\-~至]';

/** number, optional 余/多, optional multiplier, unit; optionally a range "number unit? — number". */
const QUANTITY = new RegExp(
  `(${AR}|${CN})(?:(${MULT})?(${UNIT})?${DASH}{1,2}(${AR}|${CN}))?(余|多)?(${MULT})?(${UNIT})`,
  'gu',
);
/** A number whose unit is an acronym in brackets a few characters on: 5000千万亿次浮点指令/秒（PFLOPS）. */
const ACRONYM_AFTER = /^[^，。；、\d]{0,16}?（([A-Z]{2,8})）/;
/** A bare number after a term named by an acronym: 电能利用效率（PUE）值低于1.25. */
const ACRONYM_BEFORE = /（([A-Z]{2,6})）值?[^，。；\d（]{0,6}$/;
const BARE_NUMBER = new RegExp(`(${AR})(?![\\d.])`, 'g');
const DOUBLINGS = /翻([一两二三四])番/g;

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 百: 100, 千: 1000 };

function chineseValue(text: string): number {
  if (text.length === 1) return DIGITS[text] ?? Number.NaN;
  const value = Number(nzh.decodeS(text.replace(/两/g, '二').replace(/〇/g, '零')));
  return Number.isFinite(value) ? value : Number.NaN;
}

function parseNumber(text: string): number {
  return /\d/.test(text) ? Number(text.replace(/,/g, '')) : chineseValue(text);
}

/** Chinese numerals that are part of words, not amounts: 一批, 一体化, 三位一体, 两个提升. */
function isWordlikeChinese(text: string, value: number, unit: string): boolean {
  if (!Number.isFinite(value) || value <= 1) return true;
  if (value < 10 && /^(个|项|类|批|种|条|次|部|方|位|门|期|名|人|组|队|支|片|处|层|间|本|只|份)$/.test(unit)) return true;
  return text.length === 1 && value < 10 && !/元|%|家|万|亿/.test(unit);
}

/** Is text[index] inside “quotes” or 《book titles》 (names such as “新智造100”工程)? */
function insideQuotes(text: string, index: number): boolean {
  let quote = 0;
  let book = 0;
  for (let i = 0; i < index; i++) {
    const ch = text[i];
    if (ch === '“') quote++;
    else if (ch === '”') quote = Math.max(0, quote - 1);
    else if (ch === '《') book++;
    else if (ch === '》') book = Math.max(0, book - 1);
  }
  return quote > 0 || book > 0;
}

/** Numbers glued to Latin letters or arithmetic are names (5G, IPv6, C919, 3+6, 1+N+X); 第三/14号 are ordinals. */
function isNameOrOrdinal(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  if (/[A-Za-z+〔[]/.test(before) || /[+〕\]]/.test(after)) return true;
  if (before === '第' || before === '前') return true;
  return /^(号|届|版|期|章|节|条)/.test(text.slice(end, end + 1)) && !/\d/.test(text[end + 1] ?? '');
}

export function findQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  const taken: [number, number][] = [];
  const overlaps = (s: number, e: number): boolean => taken.some(([a, b]) => s < b && e > a);

  if (text.includes('翻')) for (const m of text.matchAll(DOUBLINGS)) {
    const start = m.index;
    found.push({ start, end: start + m[0].length, value: chineseValue(m[1]), valueMax: null, unit: '番', base: '番', factor: 1, more: false, chinese: true });
    taken.push([start, start + m[0].length]);
  }

  for (const m of text.matchAll(QUANTITY)) {
    const [whole, first, firstMult, firstUnit, second, approx, mult, unitWord] = m;
    const start = m.index;
    const end = start + whole.length;
    if (overlaps(start, end)) continue;
    const chinese = !/\d/.test(first);
    // a Chinese numeral directly after a digit or Chinese numeral is part of a word: 十四五
    if (/[\d.]/.test(text[start - 1] ?? '')) continue;
    const unit = (mult ?? '') + unitWord;
    if (second && firstUnit && firstUnit !== unitWord) continue;
    if (second && firstMult && firstMult !== mult) continue;
    const normalized = normalizeUnit(unit);
    if (!normalized) continue;
    const value = parseNumber(first);
    const valueMax = second ? parseNumber(second) : null;
    if (Number.isNaN(value) || (valueMax !== null && Number.isNaN(valueMax))) continue;
    if (chinese && isWordlikeChinese(first, value, unit)) continue;
    if (isYear(value, unitWord, first)) continue;
    if (isNameOrOrdinal(text, start, end) || insideQuotes(text, start)) continue;
    found.push({ start, end, value, valueMax, unit, base: normalized.base, factor: normalized.factor, more: Boolean(approx), chinese });
    taken.push([start, end]);
  }

  if (!/（[A-Z]{2,8}）/.test(text)) return found.sort((a, b) => a.start - b.start);
  for (const m of text.matchAll(BARE_NUMBER)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(start, end) || /[\dA-Za-z.]/.test(text[start - 1] ?? '') || /[A-Za-z年月日号]/.test(text[end] ?? '')) continue;
    if (insideQuotes(text, start)) continue;
    const after = ACRONYM_AFTER.exec(text.slice(end));
    const before = ACRONYM_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
    const unit = after?.[1] ?? before?.[1];
    if (!unit) continue;
    const normalized = normalizeUnit(unit) ?? { base: unit, factor: 1 };
    const spanEnd = after ? end + after[0].length : end;
    found.push({ start, end: spanEnd, value: Number(m[1]), valueMax: null, unit, base: normalized.base, factor: normalized.factor, more: false, chinese: false });
    taken.push([start, spanEnd]);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** 2025年, 2023—2025年: calendar years, not durations. */
function isYear(value: number, unit: string, written: string): boolean {
  return unit === '年' && Number.isInteger(value) && value >= 1900 && value <= 2100 && /^\d{4}$/.test(written);
}

export function baseValue(quantity: Pick<Quantity, 'factor'>, value: number): number {
  return roundValue(value * quantity.factor);
}
