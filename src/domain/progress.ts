// Progress of a target from the user's entries: the share achieved by the latest actual figure,
// and the pace — where that figure stands against a straight line from the earliest entry to the
// target value at the deadline. "today" is not needed: the line is read at the latest entry's date.
import { differenceInCalendarDays, parseISO } from 'date-fns';
import { dueDate } from './dates';
import type { Target } from './schema';
import type { Progress } from './tracking';

export type Pace = 'achieved' | 'on-track' | 'behind' | 'unknown';

export interface ProgressSummary {
  latest: Progress | null;
  /** 0.42 = 42% of the target reached; null without entries. */
  share: number | null;
  /** The value the straight line expects at the latest entry's date. */
  expected: number | null;
  pace: Pace;
}

export function summarizeProgress(target: Target, entries: readonly Progress[]): ProgressSummary {
  const sorted = [...entries].sort((a, b) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : a.createdAt < b.createdAt ? -1 : 1));
  const latest = sorted[sorted.length - 1] ?? null;
  if (!latest) return { latest: null, share: null, expected: null, pace: 'unknown' };
  const goal = target.valueMax ?? target.value;
  // a cap (PUE ≤ 1.25) is met from above; everything else from below
  const lowerIsBetter = target.comparator === '<=' && target.kind === 'target';
  const share = lowerIsBetter ? (latest.value <= goal ? 1 : goal / latest.value) : goal === 0 ? 1 : latest.value / goal;
  const met = lowerIsBetter ? latest.value <= goal : latest.value >= goal;
  if (met) return { latest, share, expected: goal, pace: 'achieved' };
  const earliest = sorted[0];
  if (!target.deadline || earliest === latest) return { latest, share, expected: null, pace: 'unknown' };
  const span = differenceInCalendarDays(parseISO(dueDate(target.deadline)), parseISO(earliest.asOf));
  const elapsed = differenceInCalendarDays(parseISO(latest.asOf), parseISO(earliest.asOf));
  if (span <= 0) return { latest, share, expected: goal, pace: 'behind' };
  const expected = earliest.value + (goal - earliest.value) * Math.min(1, elapsed / span);
  const onTrack = lowerIsBetter ? latest.value <= expected : latest.value >= expected;
  return { latest, share, expected, pace: onTrack ? 'on-track' : 'behind' };
}
