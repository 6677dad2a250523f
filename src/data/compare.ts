// Pure selectors behind the comparison of one canonical indicator or one family across regions:
// the picker's choices with how many regions hold each, one mark per region, indicator and
// deadline (on a stated scale), and the region × indicator matrix.
import type { DeadlineStatus } from '../domain/dates';
import { figuresFor, scaleModesFor, scaleValue, type ProvinceReference, type ScaleMode } from '../domain/province-reference';
import type { IndicatorEntry, Level } from '../domain/schema';
import type { Row } from './selectors';

export interface Named { zh: string; en: string }

export interface IndicatorChoice extends Named {
  kind: 'indicator' | 'family';
  key: string;
  /** Distinct regions (not counting unresolved ones) with at least one record. */
  regions: number;
  records: number;
}

/** Regions compared are named jurisdictions: a record whose region could not be told is left out. */
const comparable = (row: Row): boolean => row.target.indicatorKey !== null && row.target.region.level !== 'unresolved';

function tally(rows: readonly Row[], keyOf: (row: Row) => string | null): Map<string, { regions: Set<string>; records: number }> {
  const out = new Map<string, { regions: Set<string>; records: number }>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key === null || !comparable(row)) continue;
    const entry = out.get(key) ?? { regions: new Set<string>(), records: 0 };
    entry.regions.add(row.target.region.name);
    entry.records++;
    out.set(key, entry);
  }
  return out;
}

/**
 * Every family and indicator the rows hold, most widely held first: what the picker lists.
 * Names come from the dataset's indicators list and the family names passed in (a family the
 * catalogue does not name is shown by its key).
 */
export function indicatorChoices(rows: readonly Row[], indicators: readonly IndicatorEntry[], familyName: (key: string) => Named | undefined): IndicatorChoice[] {
  const entries = new Map(indicators.map((i) => [i.key, i]));
  const byIndicator = tally(rows, (row) => row.target.indicatorKey);
  const byFamily = tally(rows, (row) => row.family);
  const choices: IndicatorChoice[] = [];
  for (const [key, { regions, records }] of byFamily) {
    // a family with one member is that member: listing it twice adds nothing
    const members = new Set(rows.filter((r) => r.family === key && comparable(r)).map((r) => r.target.indicatorKey));
    if (members.size < 2) continue;
    const name = familyName(key) ?? { zh: key, en: key };
    choices.push({ kind: 'family', key, zh: name.zh, en: name.en, regions: regions.size, records });
  }
  for (const [key, { regions, records }] of byIndicator) {
    const entry = entries.get(key);
    choices.push({ kind: 'indicator', key, zh: entry?.zh ?? key, en: entry?.en ?? key, regions: regions.size, records });
  }
  return choices.sort((a, b) => b.regions - a.regions || b.records - a.records || (a.kind === b.kind ? a.key.localeCompare(b.key) : a.kind === 'family' ? -1 : 1));
}

export interface CompareMark {
  /** The record drawn; `others` are further records of the same region, indicator and deadline year. */
  row: Row;
  others: Row[];
  region: string;
  level: Level;
  indicatorKey: string;
  year: number | null;
  /** On the chosen scale: base units as stated, per 10,000 residents, or percent of GDP. */
  value: number;
  valueMax: number | null;
}

export interface ComparePanel {
  level: Level;
  baseUnit: string;
  /** Per-year amounts (每年新增3家, 年均增长10%): drawn apart from end-state targets (到2025年达到10家), never beside them. */
  annual: boolean;
  /** The scale the panel is drawn on: the one asked for when it applies to the unit, else as stated. */
  mode: ScaleMode;
  /** Regions top to bottom in the chosen order. */
  regions: string[];
  marks: CompareMark[];
}

export interface Comparison {
  panels: ComparePanel[];
  /** Every region holding the selection, before the region choice: what the region picker offers. */
  available: string[];
  /** The regions shown by choice: those asked for that hold the selection; empty when all are shown. */
  chosen: string[];
  /** Regions with records that cannot be put on the chosen scale (cities, the nation). */
  unscaled: string[];
}

export type CompareSort = 'value' | 'deadline';

export interface CompareOptions {
  /** Regions to show; empty (or none holding the selection) shows all. */
  regions: readonly string[];
  mode: ScaleMode;
  reference: ProvinceReference;
  sort: CompareSort;
  /** Base unit of each indicator key, from the dataset's indicators list. */
  baseUnitOf: (key: string) => string | undefined;
}

const LEVEL_ORDER: readonly Level[] = ['national', 'province', 'city', 'district', 'unresolved'];

/** The record that stands for several of one region, indicator and year: the largest value, then the lowest id. */
function representative(rows: readonly Row[]): Row {
  return [...rows].sort((a, b) => (b.target.normalized.valueMax ?? b.target.normalized.value) - (a.target.normalized.valueMax ?? a.target.normalized.value)
    || a.target.id.localeCompare(b.target.id))[0];
}

/**
 * One mark per region, indicator and deadline year, in panels by level (provinces apart from
 * cities), base unit (a family may mix money and counts) and whether the amount is per year or
 * an end state. Rows must already be the selection (one indicator or one family).
 */
export function compareIndicator(rows: readonly Row[], options: CompareOptions): Comparison {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    if (!comparable(row)) continue;
    const { region, indicatorKey, deadline, annual } = row.target;
    const key = `${region.name}\u0000${indicatorKey}\u0000${deadline?.year ?? ''}\u0000${annual}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const available = new Set([...groups.values()].map((group) => group[0].target.region.name));
  const chosen = options.regions.filter((region) => available.has(region));
  const unscaled = new Set<string>();
  const panels = new Map<string, ComparePanel>();
  for (const group of groups.values()) {
    const row = representative(group);
    const { target } = row;
    if (chosen.length && !chosen.includes(target.region.name)) continue;
    const baseUnit = options.baseUnitOf(target.indicatorKey ?? '') ?? target.normalized.unit;
    const figures = target.region.level === 'province' ? figuresFor(options.reference, target.region.code) : undefined;
    // a family may mix money and counts: each unit is drawn on the asked scale where it applies
    const mode = scaleModesFor(baseUnit).includes(options.mode) ? options.mode : 'none';
    const value = scaleValue(target.normalized.value, baseUnit, mode, figures);
    if (value === null) { unscaled.add(target.region.name); continue; }
    const valueMax = target.normalized.valueMax === null ? null : scaleValue(target.normalized.valueMax, baseUnit, mode, figures);
    const panelKey = `${target.region.level}\u0000${baseUnit}\u0000${target.annual}`;
    const panel = panels.get(panelKey) ?? { level: target.region.level, baseUnit, annual: target.annual, mode, regions: [], marks: [] };
    panel.marks.push({
      row, others: group.filter((r) => r !== row), region: target.region.name, level: target.region.level,
      indicatorKey: target.indicatorKey ?? '', year: target.deadline?.year ?? null, value, valueMax,
    });
    panels.set(panelKey, panel);
  }
  const ordered = [...panels.values()].sort((a, b) => LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level)
    || a.baseUnit.localeCompare(b.baseUnit) || Number(a.annual) - Number(b.annual));
  for (const panel of ordered) {
    panel.marks.sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999) || a.indicatorKey.localeCompare(b.indicatorKey) || a.region.localeCompare(b.region));
    panel.regions = orderRegions(panel.marks, options.sort);
  }
  return { panels: ordered, available: [...available].sort((a, b) => a.localeCompare(b, 'zh-CN')), chosen, unscaled: [...unscaled].sort() };
}

/** By value: the region's largest mark first; by deadline: its earliest deadline first (none last). */
function orderRegions(marks: readonly CompareMark[], sort: CompareSort): string[] {
  const summary = new Map<string, { top: number; first: number }>();
  for (const mark of marks) {
    const current = summary.get(mark.region) ?? { top: -Infinity, first: Infinity };
    summary.set(mark.region, { top: Math.max(current.top, mark.valueMax ?? mark.value), first: Math.min(current.first, mark.year ?? 9999) });
  }
  return [...summary.entries()].sort(([ra, a], [rb, b]) => (sort === 'value'
    ? b.top - a.top || a.first - b.first
    : a.first - b.first || b.top - a.top) || ra.localeCompare(rb)).map(([region]) => region);
}

export interface MatrixCell {
  region: string;
  indicatorKey: string;
  /** The record shown: the one with the latest deadline (the region's furthest commitment). */
  shown: Row;
  /** Every record of this region and indicator, the shown one first. */
  rows: Row[];
  status: DeadlineStatus;
}

export interface Matrix {
  regions: string[];
  /** Indicator keys targeted by two or more regions, most widely held first. */
  columns: string[];
  cells: MatrixCell[];
}

const latestFirst = (a: Row, b: Row): number => (b.target.deadline?.year ?? 0) - (a.target.deadline?.year ?? 0)
  || (b.target.deadline?.date ?? '').localeCompare(a.target.deadline?.date ?? '')
  || (b.target.normalized.valueMax ?? b.target.normalized.value) - (a.target.normalized.valueMax ?? a.target.normalized.value)
  || a.target.id.localeCompare(b.target.id);

/** Who targets what: rows are regions, columns the indicators two or more regions target. */
export function regionIndicatorMatrix(rows: readonly Row[]): Matrix {
  const byCell = new Map<string, Row[]>();
  const regionsOf = new Map<string, Set<string>>();
  const levelOf = new Map<string, Level>();
  for (const row of rows) {
    if (!comparable(row)) continue;
    const { region, indicatorKey } = row.target;
    const key = indicatorKey ?? '';
    byCell.set(`${region.name}\u0000${key}`, [...(byCell.get(`${region.name}\u0000${key}`) ?? []), row]);
    regionsOf.set(key, (regionsOf.get(key) ?? new Set()).add(region.name));
    levelOf.set(region.name, region.level);
  }
  const columns = [...regionsOf.entries()].filter(([, regions]) => regions.size >= 2)
    .sort(([ka, a], [kb, b]) => b.size - a.size || ka.localeCompare(kb)).map(([key]) => key);
  const cells: MatrixCell[] = [];
  const filled = new Map<string, number>();
  for (const [id, group] of byCell) {
    const [region, indicatorKey] = id.split('\u0000');
    if (!columns.includes(indicatorKey)) continue;
    const ordered = [...group].sort(latestFirst);
    cells.push({ region, indicatorKey, shown: ordered[0], rows: ordered, status: ordered[0].status });
    filled.set(region, (filled.get(region) ?? 0) + 1);
  }
  const regions = [...filled.keys()].sort((a, b) => LEVEL_ORDER.indexOf(levelOf.get(a)!) - LEVEL_ORDER.indexOf(levelOf.get(b)!)
    || filled.get(b)! - filled.get(a)! || a.localeCompare(b, 'zh-CN'));
  cells.sort((a, b) => regions.indexOf(a.region) - regions.indexOf(b.region) || columns.indexOf(a.indicatorKey) - columns.indexOf(b.indicatorKey));
  return { regions, columns, cells };
}
