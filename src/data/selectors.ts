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
  /** Position among the dataset's rows: views keep per-row flags in arrays by it, not in maps. */
  index: number;
}

/** Joins records with their documents once, with a lower-cased text to search. */
export function indexRows(dataset: Dataset, today: string, provinceOf: (code: string) => string): Row[] {
  const documents = new Map(dataset.documents.map((d) => [d.id, d]));
  const families = new Map(dataset.indicators.map((i) => [i.key, i.family]));
  return dataset.targets.map((target, index) => {
    const document = documents.get(target.documentId);
    return {
      target,
      document,
      status: deadlineStatus(target.deadline, today),
      province: target.region.code === null ? target.region.name : provinceOf(target.region.code),
      family: target.indicatorKey === null ? null : families.get(target.indicatorKey) ?? null,
      haystack: `${target.indicator}\n${target.source.quote}\n${document?.title ?? ''}\n${target.region.name}`.toLowerCase(),
      index,
    };
  });
}

/** The terms of a search, lower-cased: every one must occur ("专利 浙江" finds 浙江省's patent targets). */
export function searchTerms(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

export function matchesSearch(row: Row, query: string): boolean {
  return matchesTerms(row, searchTerms(query));
}

function matchesTerms(row: Row, terms: readonly string[]): boolean {
  for (const term of terms) if (!row.haystack.includes(term)) return false;
  return true;
}

/** The rows the filters keep, in the order given (a list sorted once stays sorted). */
export function applyFilters(rows: readonly Row[], filters: Filters): Row[] {
  const terms = searchTerms(filters.q);
  return rows.filter((row) => {
    const { target, status, province } = row;
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
    if (terms.length && !matchesTerms(row, terms)) return false;
    return true;
  });
}

/**
 * The items of `all` (built from every row, e.g. sorted once per dataset) whose row is one of
 * `filtered`, in their order: filtering a sorted list of 50,000 is linear, sorting it again is not.
 */
export function keepFiltered<T>(all: readonly T[], rowOf: (item: T) => Row, rows: readonly Row[], filtered: readonly Row[]): readonly T[] {
  if (filtered.length === rows.length) return all;
  const kept = new Uint8Array(rows.length);
  for (const row of filtered) kept[row.index] = 1;
  return all.filter((item) => kept[rowOf(item).index] === 1);
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
  /** The same as times (ms since 1970, UTC): the start, and the deadline's first day and the day after its last (a year-only deadline spans its year). */
  time: { start: number; from: number; to: number };
}

const utc = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

/** Targets with a deadline, one item each, grouped by region or document, soonest first within a group. */
export function timelineItems(rows: readonly Row[], groupBy: 'region' | 'document'): TimelineItem[] {
  const keyed = rows
    .filter((r) => r.target.deadline)
    .map((row) => {
      const deadline = row.target.deadline!;
      const due = dueDate(deadline);
      const published = row.document?.published ?? null;
      const start = published && published <= due ? published : `${deadline.year}-01-01`;
      const time = { start: utc(start), from: utc(deadline.date ?? `${deadline.year}-01-01`), to: utc(deadline.date ?? `${deadline.year + 1}-01-01`) };
      return { item: { row, deadline, start, time, group: groupBy === 'region' ? row.target.region.name : row.document?.title ?? row.target.documentId }, due };
    });
  // code-point order (names, ISO dates, hex ids): stable on every machine and many times faster than localeCompare
  keyed.sort((a, b) => byCodePoint(a.item.group, b.item.group) || byCodePoint(a.due, b.due) || byCodePoint(a.item.row.target.id, b.item.row.target.id));
  return keyed.map((k) => k.item);
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
  // each key computed once, not once per comparison
  const keyed = rows.map((row) => ({ row, key: value(row) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.row.target.id < b.row.target.id ? -1 : 1));
  const sorted = keyed.map((k) => k.row);
  return descending ? sorted.reverse() : sorted;
}
