// Pure selectors over the dataset: filtering (with Chinese full-text search), counts, deadlines
// and the series behind each chart. "today" is always passed in.
import { deadlineStatus, dueDate, type DeadlineStatus } from '../domain/dates';
import type { Dataset, PolicyDocument, Target } from '../domain/schema';
import type { Filters } from './filters';

export interface Row {
  target: Target;
  document: PolicyDocument | undefined;
  status: DeadlineStatus;
  /** Province-level name the record belongs to (杭州市 → 浙江省), or 全国. */
  province: string;
  /** Family of the record's canonical indicator (data-economy), from the dataset's indicators list. */
  family: string | null;
  haystack: string;
}

/** Joins records with their documents once, with a lower-cased text to search. */
export function indexRows(dataset: Dataset, today: string, provinceOf: (code: string) => string): Row[] {
  const documents = new Map(dataset.documents.map((d) => [d.id, d]));
  const families = new Map(dataset.indicators.map((i) => [i.key, i.family]));
  return dataset.targets.map((target) => {
    const document = documents.get(target.documentId);
    return {
      target,
      document,
      status: deadlineStatus(target.deadline, today),
      province: target.region.code === null ? target.region.name : provinceOf(target.region.code),
      family: target.indicatorKey === null ? null : families.get(target.indicatorKey) ?? null,
      haystack: `${target.indicator}\n${target.source.quote}\n${document?.title ?? ''}\n${target.region.name}`.toLowerCase(),
    };
  });
}

/** Every whitespace-separated term must occur: "专利 浙江" finds 浙江省's patent targets. */
export function matchesSearch(row: Row, query: string): boolean {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  return terms.every((term) => row.haystack.includes(term));
}

export function applyFilters(rows: readonly Row[], filters: Filters): Row[] {
  return rows.filter(({ target, status, province, ...row }) => {
    if (filters.region && target.region.name !== filters.region && province !== filters.region) return false;
    if (filters.level && target.region.level !== filters.level) return false;
    if (filters.kind && target.kind !== filters.kind) return false;
    if (filters.topic && target.topic !== filters.topic) return false;
    if (filters.from !== null && (!target.deadline || target.deadline.year < filters.from)) return false;
    if (filters.to !== null && (!target.deadline || target.deadline.year > filters.to)) return false;
    if (filters.status.length && !filters.status.includes(status)) return false;
    if (filters.strength && (target.strength ?? 'unstated') !== filters.strength) return false;
    if (filters.indicator && target.indicatorKey !== filters.indicator) return false;
    if (filters.family && row.family !== filters.family) return false;
    if (filters.q && !matchesSearch({ target, status, province, ...row }, filters.q)) return false;
    return true;
  });
}

export function countBy<K extends string>(rows: readonly Row[], key: (row: Row) => K): { key: K; count: number }[] {
  const counts = new Map<K, number>();
  for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1);
  return [...counts.entries()].map(([k, count]) => ({ key: k, count })).sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
}

/** Targets due from today on, soonest first. */
export function nextDeadlines(rows: readonly Row[], limit = 8): Row[] {
  return rows
    .filter((r) => r.target.deadline && (r.status === 'due-soon' || r.status === 'later'))
    .sort((a, b) => dueDate(a.target.deadline!).localeCompare(dueDate(b.target.deadline!)) || a.target.id.localeCompare(b.target.id))
    .slice(0, limit);
}

export function overdue(rows: readonly Row[]): Row[] {
  return rows.filter((r) => r.status === 'overdue')
    .sort((a, b) => dueDate(a.target.deadline!).localeCompare(dueDate(b.target.deadline!)) || a.target.id.localeCompare(b.target.id));
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export interface TimelineItem {
  row: Row;
  group: string;
  /** When the commitment was made: its document's date, else the start of its deadline year. */
  start: string;
  /** The deadline as stated: a day when the text names one, else the whole year. */
  deadline: { year: number; date: string | null };
}

/** Targets with a deadline, one item each, grouped by region or document, soonest first within a group. */
export function timelineItems(rows: readonly Row[], groupBy: 'region' | 'document'): TimelineItem[] {
  return rows
    .filter((r) => r.target.deadline)
    .map((row) => {
      const deadline = row.target.deadline!;
      const published = row.document?.published ?? null;
      const start = published && published <= dueDate(deadline) ? published : `${deadline.year}-01-01`;
      return { row, deadline, start, group: groupBy === 'region' ? row.target.region.name : row.document?.title ?? row.target.documentId };
    })
    // code-point order (names, ISO dates, hex ids): stable on every machine and many times faster than localeCompare
    .sort((a, b) => byCodePoint(a.group, b.group) || byCodePoint(dueDate(a.deadline), dueDate(b.deadline)) || byCodePoint(a.row.target.id, b.row.target.id));
}

export type SortKey = 'indicator' | 'region' | 'value' | 'deadline' | 'kind';

export function sortRows(rows: readonly Row[], key: SortKey, descending: boolean): Row[] {
  const value = (r: Row): string | number => {
    switch (key) {
      case 'indicator': return r.target.indicator;
      case 'region': return r.target.region.name;
      case 'value': return r.target.normalized.value;
      case 'deadline': return r.target.deadline ? dueDate(r.target.deadline) : '9999';
      case 'kind': return r.target.kind;
    }
  };
  const sorted = [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    return x < y ? -1 : x > y ? 1 : a.target.id < b.target.id ? -1 : 1;
  });
  return descending ? sorted.reverse() : sorted;
}
