import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/load-dataset';
import { NO_FILTERS, parseFilters, writeFilters } from '../../src/data/filters';
import { provinceOf } from '../../src/data/provinces';
import { applyFilters, countBy, indexRows, keepFiltered, nextDeadlines, overdue, sortRows, timelineItems } from '../../src/data/selectors';
import { deadlineStatus, dueDate, endOfMonthIso } from '../../src/domain/dates';
import { DatasetSchema } from '../../src/domain/schema';
import { bestMoneyScale, normalizeUnit, toMoneyScale } from '../../src/domain/units';
import { makeDataset } from '../support/fixtures';

const TODAY = '2026-11-22';
const dataset = makeDataset(120);
const rows = indexRows(dataset, TODAY, provinceOf);

describe('units', () => {
  it('normalises written units', () => {
    expect(normalizeUnit('亿元')).toEqual({ base: 'CNY', factor: 1e8 });
    expect(normalizeUnit('万亿元')).toEqual({ base: 'CNY', factor: 1e12 });
    expect(normalizeUnit('万件')).toEqual({ base: 'count', factor: 1e4 });
    expect(normalizeUnit('‰')).toEqual({ base: 'percent', factor: 0.1 });
    expect(normalizeUnit('光年')).toBeUndefined();
  });
  it('converts money between scales', () => {
    expect(toMoneyScale(5e11, 'yi')).toBe(5000);
    expect(toMoneyScale(3e7, 'wan')).toBe(3000);
    expect(toMoneyScale(2e12, 'wanyi')).toBe(2);
    expect(bestMoneyScale(3e7)).toBe('wan');
    expect(bestMoneyScale(5e11)).toBe('yi');
  });
});

describe('deadline status (today passed in)', () => {
  it.each([
    [{ year: 2025, date: null }, 'overdue'],
    [{ year: 2026, date: '2026-11-21' }, 'overdue'],
    [{ year: 2026, date: '2026-11-22' }, 'due-soon'],
    [{ year: 2027, date: '2027-06-30' }, 'due-soon'],
    [{ year: 2027, date: null }, 'later'],
    [null, 'none'],
  ] as const)('%j → %s', (deadline, status) => expect(deadlineStatus(deadline, TODAY)).toBe(status));
  it('knows month ends and year ends', () => {
    expect(endOfMonthIso(2024, 2)).toBe('2024-02-29');
    expect(dueDate({ year: 2025, date: null })).toBe('2025-12-31');
  });
});

describe('filters in the URL', () => {
  it('round-trip through URL parameters', () => {
    const filters = { ...NO_FILTERS, region: '浙江省', kind: 'target' as const, from: 2024, to: 2030, status: ['overdue' as const, 'due-soon' as const], strength: 'binding' as const, q: '专利 企业' };
    expect(parseFilters(writeFilters(filters))).toEqual(filters);
  });
  it('ignore malformed values and keep other parameters', () => {
    expect(parseFilters(new URLSearchParams('kind=money&from=20x5&level=galaxy'))).toEqual(NO_FILTERS);
    expect(writeFilters(NO_FILTERS, new URLSearchParams('unit=CNY&region=北京市')).toString()).toBe('unit=CNY');
  });
});

describe('selectors', () => {
  it('filter by region including the cities of a province', () => {
    const zhejiang = applyFilters(rows, { ...NO_FILTERS, region: '浙江省' });
    expect(new Set(zhejiang.map((r) => r.target.region.name))).toEqual(new Set(['浙江省', '杭州市']));
  });
  it('search in Chinese over indicator, quote and document, every term', () => {
    const found = applyFilters(rows, { ...NO_FILTERS, q: '专精特新 浙江' });
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((r) => r.target.indicator.includes('专精特新') && r.target.region.name === '浙江省')).toBe(true);
  });
  it('filter by several statuses at once and by wording strength', () => {
    const either = applyFilters(rows, { ...NO_FILTERS, status: ['overdue', 'none'] });
    expect(either.length).toBe(rows.filter((r) => r.status === 'overdue' || r.status === 'none').length);
    expect(new Set(either.map((r) => r.status))).toEqual(new Set(['overdue', 'none']));
    const strong = rows.map((r, i) => ({ ...r, target: { ...r.target, strength: i % 2 ? 'binding' as const : null } }));
    expect(applyFilters(strong, { ...NO_FILTERS, strength: 'binding' })).toHaveLength(strong.filter((r) => r.target.strength === 'binding').length);
    expect(applyFilters(strong, { ...NO_FILTERS, strength: 'unstated' }).every((r) => r.target.strength === null)).toBe(true);
  });
  it('filter by deadline range and status', () => {
    const ranged = applyFilters(rows, { ...NO_FILTERS, from: 2027, to: 2028 });
    expect(ranged.every((r) => r.target.deadline && r.target.deadline.year >= 2027 && r.target.deadline.year <= 2028)).toBe(true);
    expect(applyFilters(rows, { ...NO_FILTERS, status: ['none'] }).every((r) => r.target.deadline === null)).toBe(true);
  });
  it('count, list next deadlines and overdue records', () => {
    expect(countBy(rows, (r) => r.target.kind).reduce((s, c) => s + c.count, 0)).toBe(120);
    const next = nextDeadlines(rows, 5);
    expect(next.map((r) => dueDate(r.target.deadline!))).toEqual([...next.map((r) => dueDate(r.target.deadline!))].sort());
    expect(next.every((r) => dueDate(r.target.deadline!) >= TODAY)).toBe(true);
    expect(overdue(rows).every((r) => dueDate(r.target.deadline!) < TODAY)).toBe(true);
  });
  it('place targets on the timeline by due date, grouped', () => {
    const items = timelineItems(rows, 'document');
    expect(items.length).toBe(rows.filter((r) => r.target.deadline).length);
    expect(items[0].group).toContain('行动方案');
    // a year-only deadline stays a year; the row starts at its document's date
    const yearOnly = items.find((i) => i.deadline.date === null)!;
    expect(yearOnly.deadline).toEqual(yearOnly.row.target.deadline);
    expect(yearOnly.start).toBe(yearOnly.row.document!.published);
    // grouped, then soonest first within a group
    for (let i = 1; i < items.length; i++) {
      if (items[i].group === items[i - 1].group) expect(dueDate(items[i].deadline) >= dueDate(items[i - 1].deadline)).toBe(true);
      else expect(items[i].group > items[i - 1].group).toBe(true);
    }
  });
  it('sort by any column, both ways', () => {
    const up = sortRows(rows, 'value', false).map((r) => r.target.normalized.value);
    expect(up).toEqual([...up].sort((a, b) => a - b));
    expect(sortRows(rows, 'value', true)[0].target.normalized.value).toBe(Math.max(...up));
  });
  it('keeps a list sorted once per dataset in order when a filter picks from it', () => {
    expect(rows.every((row, i) => row.index === i)).toBe(true);
    for (const [key, descending] of [['region', false], ['deadline', true], ['value', false]] as const) {
      const sorted = sortRows(rows, key, descending);
      for (const filters of [{ region: '浙江省' }, { q: '专精特新' }, { q: '没有这个词' }, {}]) {
        const filtered = applyFilters(rows, { ...NO_FILTERS, ...filters });
        expect(keepFiltered(sorted, (row) => row, rows, filtered)).toEqual(sortRows(filtered, key, descending));
      }
    }
    const items = timelineItems(rows, 'region');
    const zhejiang = applyFilters(rows, { ...NO_FILTERS, region: '浙江省' });
    expect(keepFiltered(items, (item) => item.row, rows, zhejiang)).toEqual(timelineItems(zhejiang, 'region'));
  });
});

describe('loading', () => {
  it('accepts a valid dataset and names what is wrong with a broken one', () => {
    expect(parseDataset(JSON.stringify(dataset), 'x.json').ok).toBe(true);
    expect(parseDataset('{', 'x.json')).toMatchObject({ ok: false, title: 'x.json is not valid JSON' });
    const broken = parseDataset(JSON.stringify({ ...dataset, targets: [{ ...dataset.targets[0], value: 'many' }] }), 'x.json');
    expect(broken).toMatchObject({ ok: false, title: 'x.json does not match the dataset schema' });
    expect(!broken.ok && broken.detail).toContain('targets.0.value');
  });
  it('the fixture itself is a valid dataset', () => expect(DatasetSchema.safeParse(dataset).success).toBe(true));
});
