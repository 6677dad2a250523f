// Links each target to the reported figures of its region and indicator key: the latest figure
// before the deadline is its baseline, from which the average annual change the target requires
// follows — (target/baseline)^(1/years) − 1 for levels, points per year for shares — beside the
// change observed between the last two figures.
import { dueDate } from './dates';
import { isWholeYearOrPoint, periodEnd, periodYear } from './periods';
import type { Observation, Target } from './schema';
import type { Progress } from './tracking';

/** growth: compound percent per year (levels); points: percentage points per year (percent and percentage-point indicators). */
export type RateKind = 'growth' | 'points';

export interface Rate {
  kind: RateKind;
  /** 8.2 = 8.2% a year (growth) or 0.55 points a year (points). */
  value: number;
  fromYear: number;
  toYear: number;
}

export interface BaselineLink {
  /** Every reported figure of the target's region and indicator, oldest first. */
  observations: Observation[];
  /** The latest whole-year (or point-in-time) figure before the deadline; null when none. */
  baseline: Observation | null;
  /** The average annual change needed from the baseline to the target. */
  required: Rate | null;
  /** The average annual change between the last two figures before the deadline. */
  observed: Rate | null;
}

const POINT_UNITS = new Set(['percent', 'percentage_point']);

/** Whether changes of this base unit are counted in points a year rather than compound growth. */
export function rateKindOf(unit: string): RateKind {
  return POINT_UNITS.has(unit) ? 'points' : 'growth';
}

/**
 * The average annual change from `from` (in year `fromYear`) to `to` (in `toYear`):
 * growth = ((to/from)^(1/years) − 1) × 100; points = (to − from) / years. Null when the years do
 * not advance or a growth would start from or reach zero or below.
 */
export function annualRate(unit: string, from: number, fromYear: number, to: number, toYear: number): Rate | null {
  const years = toYear - fromYear;
  if (years <= 0) return null;
  const kind = rateKindOf(unit);
  if (kind === 'points') return { kind, value: (to - from) / years, fromYear, toYear };
  if (from <= 0 || to <= 0) return null;
  return { kind, value: ((to / from) ** (1 / years) - 1) * 100, fromYear, toYear };
}

const regionKey = (region: Target['region']): string | null => (region.code === null ? null : region.code);
const linkKey = (key: string, region: string, unit: string): string => `${key}\u0000${region}\u0000${unit}`;

/** Observations by indicator key, region and unit, oldest first: built once per dataset. */
export function indexObservations(observations: readonly Observation[]): Map<string, Observation[]> {
  const index = new Map<string, Observation[]>();
  for (const observation of observations) {
    const region = regionKey(observation.region);
    if (observation.measure !== 'level' || !observation.indicatorKey || region === null) continue;
    const key = linkKey(observation.indicatorKey, region, observation.normalized.unit);
    const bucket = index.get(key) ?? [];
    bucket.push(observation);
    index.set(key, bucket);
  }
  for (const bucket of index.values()) bucket.sort((a, b) => (periodEnd(a.period) < periodEnd(b.period) ? -1 : periodEnd(a.period) > periodEnd(b.period) ? 1 : 0));
  return index;
}

/** The figures of a target's region (全国 for a national target) and indicator key, in its unit, oldest first. */
export function observationsOf(target: Target, index: ReadonlyMap<string, readonly Observation[]>): Observation[] {
  const region = regionKey(target.region);
  if (!target.indicatorKey || region === null) return [];
  // the very number of the target (the same value where the target reads or quotes it) is never its own baseline
  const own = (o: Observation): boolean => o.normalized.value === target.normalized.value && o.source.file === target.source.file
    && (o.source.line === target.source.line || target.source.alsoLines.includes(o.source.line) || target.source.quote.includes(o.source.quote));
  return (index.get(linkKey(target.indicatorKey, region, target.normalized.unit)) ?? []).filter((o) => !own(o));
}

/** Baseline, required and observed change for one target. */
export function linkBaseline(target: Target, index: ReadonlyMap<string, readonly Observation[]>): BaselineLink {
  const observations = observationsOf(target, index);
  if (!target.deadline || target.kind !== 'target') return { observations, baseline: null, required: null, observed: null };
  const due = dueDate(target.deadline);
  const comparable = observations.filter((o) => isWholeYearOrPoint(o.period) && periodEnd(o.period) < due);
  const baseline = comparable[comparable.length - 1] ?? null;
  const unit = target.normalized.unit;
  const required = baseline ? annualRate(unit, baseline.normalized.value, periodYear(baseline.period), target.normalized.value, target.deadline.year) : null;
  const earlier = baseline ? [...comparable].reverse().find((o) => periodYear(o.period) < periodYear(baseline.period)) : undefined;
  const observed = baseline && earlier
    ? annualRate(unit, earlier.normalized.value, periodYear(earlier.period), baseline.normalized.value, periodYear(baseline.period))
    : null;
  return { observations, baseline, required, observed };
}

/** Baselines of every target that has linked figures, by target id. */
export function linkBaselines(targets: readonly Target[], observations: readonly Observation[]): Map<string, BaselineLink> {
  const index = indexObservations(observations);
  const links = new Map<string, BaselineLink>();
  for (const target of targets) {
    const link = linkBaseline(target, index);
    if (link.observations.length) links.set(target.id, link);
  }
  return links;
}

/** A figure in the target's own unit: 0.51 万亿元 → 5100 for a target in 亿元. */
export function inTargetUnit(target: Target, observation: Observation): number {
  const factor = target.value === 0 ? 0 : target.normalized.value / target.value;
  return factor === 0 ? observation.normalized.value : Number.parseFloat((observation.normalized.value / factor).toPrecision(12));
}

/**
 * Reported figures as progress entries in the target's own unit (亿元 for a target in 亿元), for
 * the pace of a tracked target whose user has entered none; only whole-year and point-in-time
 * figures. Ids start with "observation:".
 */
export function observationsAsProgress(target: Target, observations: readonly Observation[]): Progress[] {
  // part of a year's flow (1—5月份收入) is no reading of a yearly target
  return observations.filter((o) => isWholeYearOrPoint(o.period)).map((o) => ({
    id: `observation:${o.id}`,
    targetId: target.id,
    value: inTargetUnit(target, o),
    asOf: periodEnd(o.period),
    source: o.source.quote,
    createdAt: `${periodEnd(o.period)}T00:00:00.000Z`,
  }));
}
