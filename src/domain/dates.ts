// Dates in one place: ISO strings in and out, date-fns underneath, and "today" always a
// parameter so tests can pin it.
import { differenceInCalendarDays, endOfMonth, formatISO, parseISO } from 'date-fns';
import type { Deadline } from './schema';

/** 2024, 6 → 2024-06-30: the last day of a stated month ("2024年6月底前"). */
export function endOfMonthIso(year: number, month: number): string {
  return formatISO(endOfMonth(new Date(year, month - 1, 1)), { representation: 'date' });
}

/** The day a deadline falls due: its stated date, else the last day of its year. */
export function dueDate(deadline: Deadline): string {
  return deadline.date ?? `${deadline.year}-12-31`;
}

export type DeadlineStatus = 'overdue' | 'due-soon' | 'later' | 'none';

/** overdue once the due date has passed; due-soon within 365 days of today; later beyond; none without a deadline. */
export function deadlineStatus(deadline: Deadline | null, today: string): DeadlineStatus {
  if (!deadline) return 'none';
  const days = differenceInCalendarDays(parseISO(dueDate(deadline)), parseISO(today));
  if (days < 0) return 'overdue';
  return days <= 365 ? 'due-soon' : 'later';
}

export function todayIso(now: Date): string {
  return formatISO(now, { representation: 'date' });
}

/** Five-year plan periods, drawn as bands on the timeline and used to resolve "十四五期间". */
export const PLAN_PERIODS = [
  { name: '十一五', start: 2006, end: 2010 },
  { name: '十二五', start: 2011, end: 2015 },
  { name: '十三五', start: 2016, end: 2020 },
  { name: '十四五', start: 2021, end: 2025 },
  { name: '十五五', start: 2026, end: 2030 },
] as const;
/** The ordinal of each plan period above (一 of 十一五 … 五 of 十五五), as a character class for patterns. */
export const PLAN_PERIOD_ORDINAL = `[${PLAN_PERIODS.map((period) => period.name[1]).join('')}]`;
/** 十一五 … 十五五: the name of a plan period above, as a pattern. */
export const PLAN_PERIOD_NAME = `十${PLAN_PERIOD_ORDINAL}五`;
