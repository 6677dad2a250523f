// Numbers as readers of each language expect them: 5000亿元, 3万家, 60% in Chinese; 500 billion
// yuan, 30,000 firms, 60% in English. Every view, tooltip, label and export formats through here, so no
// raw code (CNY, count) or Western grouping of a Chinese amount ever reaches the screen.
import { roundValue } from './units';

export type Language = 'zh' | 'en';

/** Names of base units in each language; `count` takes the record's own measure word when known. */
export const UNIT_NAMES: Record<string, { zh: string; en: string }> = {
  CNY: { zh: '元', en: 'yuan' },
  USD: { zh: '美元', en: 'US dollars' },
  EUR: { zh: '欧元', en: 'euros' },
  HKD: { zh: '港元', en: 'Hong Kong dollars' },
  JPY: { zh: '日元', en: 'yen' },
  count: { zh: '', en: '' },
  percent: { zh: '%', en: '%' },
  percentage_point: { zh: '个百分点', en: 'percentage points' },
  PFLOPS: { zh: 'PFLOPS', en: 'PFLOPS' },
  Gbps: { zh: 'Gbps', en: 'Gbps' },
  PB: { zh: 'PB', en: 'PB' },
  PUE: { zh: '', en: '' },
  index: { zh: '', en: '' },
  ratio: { zh: '', en: '' },
  per_100000: { zh: '/10万', en: 'per 100,000' },
  岁: { zh: '岁', en: 'years of age' },
  t: { zh: '吨', en: 'tonnes' },
  tce: { zh: '吨标准煤', en: 'tce' },
  km: { zh: '公里', en: 'km' },
  km2: { zh: '平方公里', en: 'km²' },
  m2: { zh: '平方米', en: 'm²' },
  m3: { zh: '立方米', en: 'm³' },
  'ug/m3': { zh: '微克/立方米', en: 'μg/m³' },
  TEU: { zh: '标箱', en: 'TEU' },
  kW: { zh: '千瓦', en: 'kW' },
  kWh: { zh: '千瓦时', en: 'kWh' },
  kVA: { zh: '千伏安', en: 'kVA' },
  亩: { zh: '亩', en: 'mu' },
  倍: { zh: '倍', en: '×' },
  番: { zh: '番', en: 'doublings' },
  年: { zh: '年', en: 'years' },
  月: { zh: '个月', en: 'months' },
  天: { zh: '天', en: 'days' },
  ms: { zh: '毫秒', en: 'ms' },
  h: { zh: '小时', en: 'hours' },
};

/**
 * Chinese measure words of counts with a plain English noun: 3万家 → 30,000 firms. Those with no
 * noun of their own (个, 项, 条 count whatever the indicator names) are left to the indicator.
 */
const EN_COUNT_NOUNS: Record<string, string> = {
  家: 'firms', 户: 'households', 人: 'people', 名: 'people', 人次: 'visits', 场次: 'events', 架次: 'flights', 台: 'units', 套: 'sets',
  个基站: 'base stations', 基站: 'base stations', 标准机架: 'standard racks', 机架: 'racks',
  所: 'institutions', 篇: 'papers', 辆: 'vehicles', 艘: 'vessels', 列: 'trains', 场: 'events', 次: 'times', 件: 'items',
};

const ZH_SCALES = [{ factor: 1e12, word: '万亿' }, { factor: 1e8, word: '亿' }, { factor: 1e4, word: '万' }] as const;
const EN_SCALES = [{ factor: 1e12, word: 'trillion' }, { factor: 1e9, word: 'billion' }, { factor: 1e6, word: 'million' }] as const;

/** Up to `digits` decimals, trailing zeros dropped: 2.50 → 2.5, 3.0 → 3. */
function trimmed(value: number, digits = 4): string {
  return String(roundValue(Number(value.toFixed(digits))));
}

/** 5e11 → 5000亿, 30000 → 3万, 42000 → 4.2万, 8 → 8 (Chinese scale words, no grouping). */
export function formatNumberZh(value: number): string {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  for (const { factor, word } of ZH_SCALES) {
    // keep 5000亿 rather than 0.5万亿: a scale is used once the number reaches it
    if (abs >= factor) return `${sign}${trimmed(abs / factor)}${word}`;
  }
  return `${sign}${trimmed(abs)}`;
}

/** 5e11 → 500 billion, 30000 → 30,000, 1234567 → 1.23 million. */
export function formatNumberEn(value: number): string {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  for (const { factor, word } of EN_SCALES) {
    if (abs >= factor) return `${sign}${trimmed(abs / factor, 2)} ${word}`;
  }
  return `${sign}${roundValue(Number(abs.toFixed(4))).toLocaleString('en-US', { maximumFractionDigits: 4 })}`;
}

export function formatNumber(value: number, language: Language): string {
  return language === 'zh' ? formatNumberZh(value) : formatNumberEn(value);
}

/** The unit's name in a language, never a raw code: CNY → 元 / yuan; an unknown unit as written. */
export function unitName(baseUnit: string, language: Language, measureWord = ''): string {
  if (baseUnit === 'count') return language === 'zh' ? measureWord : EN_COUNT_NOUNS[measureWord] ?? '';
  return UNIT_NAMES[baseUnit]?.[language] ?? baseUnit;
}

/**
 * A value in base units with its unit: (5e11, CNY) → 5000亿元 / 500 billion yuan;
 * (30000, count, 家) → 3万家 / 30,000 firms; (60, percent) → 60%.
 */
export function formatQuantity(value: number, baseUnit: string, language: Language, measureWord = ''): string {
  // (财政支出的三分之二以上 → ≥66.7%: a share of a whole, read from a fraction, as readers compare shares)
  if (isShare(value, baseUnit)) return `${trimmed(value * 100, 1)}%`;
  const number = formatNumber(value, language);
  const unit = unitName(baseUnit, language, measureWord);
  if (!unit) return number;
  if (language === 'zh' || unit === '%' || unit === '×') return `${number}${unit}`;
  return `${number} ${unit}`;
}

/** A ratio up to one is a share of a whole (三分之二, 1:0.5 matched), shown as a percent; 2.5 (a multiple) stays a number. */
const isShare = (value: number, baseUnit: string): boolean => baseUnit === 'ratio' && value > 0 && value <= 1;

/** The measure word of a unit as written, for counts: 万家 → 家, 个 → 个, 人次 → 人次. */
export function measureWordOf(writtenUnit: string): string {
  return writtenUnit.replace(/^(万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千)/, '');
}

const COMPARATOR_SIGNS: Record<string, string> = { '>=': '≥', '<=': '≤', '~': '≈', '=': '', range: '' };

/** What a record's amount needs: its comparator, its unit as written and its normalised value. */
export interface AmountParts {
  comparator: string;
  unit: string;
  normalized: { value: number; valueMax: number | null; unit: string };
}

/**
 * A record's amount with its comparator: ≥3万件, ≤200万元, 10–20亿元 / ≥30,000, ≤2 million yuan,
 * 1 billion–2 billion yuan. Always from the normalised value, so 3万件 and 30000件 read alike.
 */
export function formatAmount(parts: AmountParts, language: Language): string {
  const { value, valueMax, unit } = parts.normalized;
  const word = measureWordOf(parts.unit);
  const sign = COMPARATOR_SIGNS[parts.comparator] ?? '';
  if (valueMax === null) return `${sign}${formatQuantity(value, unit, language, word)}`;
  // (a range of shares: 30%–50%, both ends as percents)
  const low = isShare(value, unit) && isShare(valueMax, unit) ? formatQuantity(value, unit, language, word) : formatNumber(value, language);
  return `${sign}${low}–${formatQuantity(valueMax, unit, language, word)}`;
}
