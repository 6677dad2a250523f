// When a reported figure holds: 2022年 → the year; 1—5月份, 上半年, 一季度 → a run of months;
// 截至2022年底, 截至5月底 → a day. A month run without its year takes the report's year.
import { endOfMonthIso as lastDay } from '../src/domain/dates';
import type { Period } from '../src/domain/schema';
import { matchesOf } from '../src/domain/text';

export interface PeriodMention { at: number; end: number; period: Period }

const pad = (n: number): string => String(n).padStart(2, '0');
const month = (year: number, m: number): string => `${year}-${pad(m)}`;

const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 1: 1, 2: 2, 3: 3, 4: 4 };
const YEAR = '((?:19|20)\\d{2})年';

/** Named parts of a year: 上半年 → Jan–Jun, 前三季度 → Jan–Sep, 一季度 → Jan–Mar. */
const PARTS: readonly [RegExp, (q: string) => [number, number]][] = [
  [/上半年/, () => [1, 6]],
  [/下半年/, () => [7, 12]],
  [/前三季度/, () => [1, 9]],
  [/第?([一二三四1-4])季度/, (q) => [CN_DIGIT[q] * 3 - 2, CN_DIGIT[q] * 3]],
];

/** 截至2022年底, 截止到5月末, 截至2023年6月底. */
const AS_OF = new RegExp(`(?:截至|截止)(?:到)?(?:${YEAR})?(?:(\\d{1,2})月)?(底|末)?`, 'g');
/** 9月末, 2023年6月底, 2023年末 written without 截至: a day too (not 2025年底前, a deadline). */
const MONTH_END = new RegExp(`(?<![到至])(?:${YEAR})?(?:(\\d{1,2})月)?(?:底|末)(?!前)`, 'g');
/** 2023年1—5月份, 1-5月. */
const MONTH_RUN = new RegExp(`(?:${YEAR})?(\\d{1,2})[—–\\-~至](\\d{1,2})月份?`, 'g');
/** 2023年上半年, 今年一季度, 前三季度. */
const YEAR_PART = new RegExp(`(?:${YEAR}|今年)?(上半年|下半年|前三季度|第?[一二三四1-4]季度)`, 'g');
/** 6月份, 2023年6月 (a date such as 6月28日 is not a period). */
const SINGLE_MONTH = new RegExp(`(?:${YEAR})?(?<![\\d—–\\-~至])(\\d{1,2})月份?(?![\\d底末])`, 'g');
/** 2022年，… / 2022年全年 (not 到2025年, 2025年底前, 2012—2022年间, 2023年7月). */
const WHOLE_YEAR = new RegExp(`(?<![到至—–\\-~前])${YEAR}(?:全年|度)?(?![底末前间以后内\\d—–\\-~])`, 'g');

/** Adds a period where it overlaps none found before (an earlier pattern takes precedence). */
function addPeriod(found: PeriodMention[], at: number, end: number, period: Period | null): void {
  if (period && !found.some((f) => at < f.end && end > f.at)) found.push({ at, end, period });
}

/**
 * Every period a sentence names, in order. `reportYear` fills in a month run or an as-of month
 * written without its year (the year of the report: 1—5月份 in a 2023 report → 2023-01..2023-05).
 */
export function findPeriods(text: string, reportYear: number | null): PeriodMention[] {
  const found: PeriodMention[] = [];
  for (const m of matchesOf(AS_OF, text)) {
    const year = m[1] ? Number(m[1]) : reportYear;
    const mm = m[2] ? Number(m[2]) : null;
    if (year === null || (!m[1] && mm === null)) continue;
    if (mm === null) addPeriod(found, m.index, m.index + m[0].length, m[3] ? { kind: 'asOf', date: `${year}-12-31` } : { kind: 'year', year });
    else if (mm >= 1 && mm <= 12) addPeriod(found, m.index, m.index + m[0].length, { kind: 'asOf', date: lastDay(year, mm) });
  }
  for (const m of matchesOf(MONTH_END, text)) {
    const year = m[1] ? Number(m[1]) : reportYear;
    const mm = m[2] ? Number(m[2]) : 12;
    if (year === null || (!m[1] && !m[2]) || mm < 1 || mm > 12) continue;
    addPeriod(found, m.index, m.index + m[0].length, { kind: 'asOf', date: lastDay(year, mm) });
  }
  for (const m of matchesOf(MONTH_RUN, text)) {
    const year = m[1] ? Number(m[1]) : reportYear;
    const [from, to] = [Number(m[2]), Number(m[3])];
    if (year === null || from < 1 || to > 12 || from >= to) continue;
    addPeriod(found, m.index, m.index + m[0].length, { kind: 'months', start: month(year, from), end: month(year, to) });
  }
  for (const m of matchesOf(YEAR_PART, text)) {
    const year = m[1] ? Number(m[1]) : reportYear;
    if (year === null) continue;
    const part = PARTS.find(([pattern]) => pattern.test(m[2]));
    if (!part) continue;
    const [from, to] = part[1](/([一二三四1-4])季度/.exec(m[2])?.[1] ?? '');
    addPeriod(found, m.index, m.index + m[0].length, { kind: 'months', start: month(year, from), end: month(year, to) });
  }
  for (const m of matchesOf(SINGLE_MONTH, text)) {
    const year = m[1] ? Number(m[1]) : reportYear;
    const mm = Number(m[2]);
    if (year === null || mm < 1 || mm > 12 || /^\d{1,2}日/.test(text.slice(m.index + m[0].length))) continue;
    addPeriod(found, m.index, m.index + m[0].length, { kind: 'months', start: month(year, mm), end: month(year, mm) });
  }
  for (const m of matchesOf(WHOLE_YEAR, text)) addPeriod(found, m.index, m.index + m[0].length, { kind: 'year', year: Number(m[1]) });
  return found.sort((a, b) => a.at - b.at);
}
