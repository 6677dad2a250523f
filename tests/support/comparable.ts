// Which canonical indicators of a dataset can be compared: the keys held by two or more named
// regions, most widely held first, with what each region holds (read from the dataset, so tests
// follow the data rather than hard-coding it).
import type { Dataset, Target } from '../../src/domain/schema';

export interface Holding { key: string; regions: Map<string, Target[]> }

export function comparableIndicators(dataset: Dataset, minRegions = 2): Holding[] {
  const byKey = new Map<string, Map<string, Target[]>>();
  for (const target of dataset.targets) {
    if (target.indicatorKey === null || target.region.level === 'unresolved') continue;
    const regions = byKey.get(target.indicatorKey) ?? new Map<string, Target[]>();
    regions.set(target.region.name, [...(regions.get(target.region.name) ?? []), target]);
    byKey.set(target.indicatorKey, regions);
  }
  return [...byKey.entries()].filter(([, regions]) => regions.size >= minRegions)
    .map(([key, regions]) => ({ key, regions }))
    .sort((a, b) => b.regions.size - a.regions.size || a.key.localeCompare(b.key));
}

/** Levels (province, city…) among a holding's regions. */
export const levelsOf = (holding: Holding): Set<string> => new Set([...holding.regions.values()].map((targets) => targets[0].region.level));

/** The chart panels a holding draws: one per level and kind of amount (per year apart from end states). */
export const panelsOf = (holding: Holding): Set<string> =>
  new Set([...holding.regions.values()].flatMap((targets) => targets.map((t) => `${t.region.level}/${t.annual ? 'annual' : 'end'}`)));

/** The compare view of the most widely held indicator, preferring one drawn in a single panel. */
export function bundledCompareHash(dataset: Dataset): string {
  const holdings = comparableIndicators(dataset);
  const widest = holdings.find((h) => panelsOf(h).size === 1) ?? holdings[0];
  if (!widest) throw new Error('data/targets.json has no indicator held by two or more regions: nothing to compare');
  return `#/compare?indicator=${encodeURIComponent(widest.key)}`;
}
