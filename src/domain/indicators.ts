// The indicator catalogue: canonical indicators with a stable key, names in Chinese and English,
// a family of related measures, a base unit and the phrases that identify each one. Shared by the
// extractor (which keys every record) and the app (which compares records of one key or family).
import type { IndicatorEntry } from './schema';

export interface IndicatorDefinition extends IndicatorEntry {
  /** Phrases that name this indicator in a policy text: 数据产业规模 → data-industry-scale. */
  phrases: readonly RegExp[];
  /** Phrases that look alike but mean another measure: 数据要素市场规模 is not 数据产业规模. */
  excludes?: readonly RegExp[];
}

export interface IndicatorFamily { key: string; zh: string; en: string }

export const FAMILIES: readonly IndicatorFamily[] = [
  { key: 'data-economy', zh: '数据经济', en: 'Data economy' },
];

export const INDICATORS: readonly IndicatorDefinition[] = [
  {
    key: 'data-industry-scale', family: 'data-economy', zh: '数据产业规模', en: 'Data industry size', baseUnit: 'CNY', topic: 'data-market',
    phrases: [/数据产业规模/], excludes: [/数据要素市场/, /数据安全产业/],
  },
];

const byKey = new Map(INDICATORS.map((i) => [i.key, i]));

export function indicatorByKey(key: string): IndicatorDefinition | undefined {
  return byKey.get(key);
}

/** The catalogue entry a dataset carries for a key: the definition without its matching rules. */
export function toIndicatorEntry({ key, family, zh, en, baseUnit, topic }: IndicatorDefinition): IndicatorEntry {
  return { key, family, zh, en, baseUnit, topic };
}

/**
 * The key of the indicator an indicator phrase (and its quote) names, when its base unit fits;
 * null when none does, which is the honest answer for most phrases.
 */
export function keyIndicator(phrase: string, baseUnit: string): string | null {
  for (const indicator of INDICATORS) {
    if (indicator.baseUnit !== baseUnit) continue;
    if (!indicator.phrases.some((p) => p.test(phrase))) continue;
    if (indicator.excludes?.some((p) => p.test(phrase))) continue;
    return indicator.key;
  }
  return null;
}
