// Periods of reported figures (a year, a run of months, a day): their last day, the year they
// count for, and a short label, shared by the extractor, the linking of baselines and the app.
import { endOfMonthIso } from './dates';
import type { Period } from './schema';

/** The last day a period covers: 2022 → 2022-12-31; 2023-01..2023-05 → 2023-05-31. */
export function periodEnd(period: Period): string {
  if (period.kind === 'year') return `${period.year}-12-31`;
  if (period.kind === 'asOf') return period.date;
  const [year, month] = period.end.split('-').map(Number);
  return endOfMonthIso(year, month);
}

/** The year a period counts for in yearly arithmetic: the year it ends in. */
export function periodYear(period: Period): number {
  return Number(periodEnd(period).slice(0, 4));
}

/** Whether a figure of this period speaks for a whole year (or a point in time), not part of one. */
export function isWholeYearOrPoint(period: Period): boolean {
  if (period.kind !== 'months') return true;
  return period.start.endsWith('-01') && period.end.endsWith('-12') && period.start.slice(0, 4) === period.end.slice(0, 4);
}

/** 2022 / 2023-01—2023-05 / 2023-05 / ≤2022-12-31 in Chinese or English. */
export function periodLabel(period: Period, language: 'zh' | 'en' = 'zh'): string {
  if (period.kind === 'year') return language === 'zh' ? `${period.year}年` : String(period.year);
  if (period.kind === 'asOf') return language === 'zh' ? `截至${period.date}` : `as of ${period.date}`;
  if (period.start === period.end) return period.start;
  return `${period.start}—${period.end}`;
}
