// The filters that apply across views, kept in the URL so every view can be bookmarked and
// shared: ?region=浙江省&kind=target&topic=ai&from=2024&to=2030&status=overdue,due-soon&strength=binding&q=专利,
// and one canonical indicator (?indicator=data-industry-scale) or family of indicators (?family=data-economy).
import type { DeadlineStatus } from '../domain/dates';
import type { Kind, Level } from '../domain/schema';

export interface Filters {
  region: string | null;
  level: Level | null;
  kind: Kind | null;
  topic: string | null;
  from: number | null;
  to: number | null;
  /** Any of these statuses; empty for all. */
  status: DeadlineStatus[];
  strength: Strength | null;
  q: string;
  /** Key of a canonical indicator: only records keyed to it. */
  indicator: string | null;
  /** Key of an indicator family: only records whose indicator belongs to it. */
  family: string | null;
}

/** How firmly a target is worded: 确保 (binding), 力争/争取 (aspirational), or neither. */
export type Strength = 'binding' | 'aspirational' | 'unstated';
export const STRENGTHS: readonly Strength[] = ['binding', 'aspirational', 'unstated'];

export const NO_FILTERS: Filters = { region: null, level: null, kind: null, topic: null, from: null, to: null, status: [], strength: null, q: '', indicator: null, family: null };

export const LEVELS: readonly Level[] = ['national', 'province', 'city', 'district', 'unresolved'];
const KINDS: readonly Kind[] = ['target', 'incentive'];
export const STATUSES: readonly DeadlineStatus[] = ['overdue', 'due-soon', 'later', 'none'];

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return allowed.find((a) => a === value) ?? null;
}

function year(value: string | null): number | null {
  if (!value || !/^\d{4}$/.test(value)) return null;
  return Number(value);
}

/** Reads filters from URL parameters, ignoring anything malformed. */
export function parseFilters(params: URLSearchParams): Filters {
  return {
    region: params.get('region') || null,
    level: oneOf(params.get('level'), LEVELS),
    kind: oneOf(params.get('kind'), KINDS),
    topic: params.get('topic') || null,
    from: year(params.get('from')),
    to: year(params.get('to')),
    status: STATUSES.filter((s) => (params.get('status') ?? '').split(',').includes(s)),
    strength: oneOf(params.get('strength'), STRENGTHS),
    q: params.get('q') ?? '',
    indicator: params.get('indicator') || null,
    family: params.get('family') || null,
  };
}

/** Writes filters into URL parameters, leaving out the ones not set; other parameters are kept. */
export function writeFilters(filters: Filters, params = new URLSearchParams()): URLSearchParams {
  const out = new URLSearchParams(params);
  const entries: [keyof Filters, string | null][] = [
    ['region', filters.region], ['level', filters.level], ['kind', filters.kind], ['topic', filters.topic],
    ['from', filters.from?.toString() ?? null], ['to', filters.to?.toString() ?? null], ['status', filters.status.join(',') || null], ['strength', filters.strength], ['q', filters.q || null],
    ['indicator', filters.indicator], ['family', filters.family],
  ];
  for (const [key, value] of entries) {
    if (value) out.set(key, value);
    else out.delete(key);
  }
  return out;
}

export function activeFilterCount(filters: Filters): number {
  return Object.values(filters).filter((v) => v !== null && v !== '' && !(Array.isArray(v) && !v.length)).length;
}
