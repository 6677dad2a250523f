// The notes store on fake-indexeddb: repository operations, the upgrade from the previous schema
// version, and imports of broken files that must change nothing or merge exactly what they report.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changedFields, snapshotOf } from '../../src/domain/tracking';
import { summarizeProgress } from '../../src/domain/progress';
import { NotesDatabase, requestPersistence, toStorageError } from '../../src/notes/notes-db';
import {
  acknowledgeChange, addNote, addProgress, clearAll, deleteNote, readAll, reattach, setStatus, setTags, trackingFor, untrack, updateNote,
} from '../../src/notes/repository';
import { CSV_FIELDS, applyImport, exportCsv, exportJson, parseCsvImport, parseJsonImport, previewImport } from '../../src/notes/transfer';
import { makeDataset } from '../support/fixtures';

const dataset = makeDataset(40);
const [first, second, third] = dataset.targets;
const known = new Set(dataset.targets.map((t) => t.id));
let db: NotesDatabase;
let name: string;
let counter = 0;

beforeEach(async () => {
  name = `notes-test-${++counter}`;
  db = new NotesDatabase(name);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(name);
});

describe('repository', () => {
  it('keeps notes, status, tags and progress per record id', async () => {
    await addNote(db, first, '  省里口径与市里不同  ');
    const later = await addNote(db, first, '<script>alert(1)</script> 第二条');
    await setStatus(db, first, 'at-risk');
    await setTags(db, first, ['数据要素', '数据要素', ' 重点 ']);
    await addProgress(db, first, { value: 12, asOf: '2024-12-31', source: '统计公报' });
    const mine = await trackingFor(db, first.id);
    expect(mine.tracking).toMatchObject({ status: 'at-risk', tags: ['数据要素', '重点'], snapshot: snapshotOf(first) });
    expect(mine.notes.map((n) => n.text)).toEqual(expect.arrayContaining(['省里口径与市里不同', '<script>alert(1)</script> 第二条']));
    expect(mine.progress).toHaveLength(1);
    await updateNote(db, later.id, '改过的');
    await deleteNote(db, mine.notes.find((n) => n.text === '省里口径与市里不同')!.id);
    expect((await trackingFor(db, first.id)).notes.map((n) => n.text)).toEqual(['改过的']);
    expect((await trackingFor(db, second.id)).tracking).toBeNull();
    await untrack(db, first.id);
    expect(await readAll(db)).toEqual({ tracking: [], notes: [], progress: [] });
  });

  it('moves notes to the record that replaced a vanished one, and accepts changed wording', async () => {
    await addNote(db, first, '旧记录的笔记');
    await addProgress(db, first, { value: 1, asOf: '2024-01-01', source: '' });
    await reattach(db, first.id, second);
    const moved = await trackingFor(db, second.id);
    expect(moved.notes).toHaveLength(1);
    expect(moved.progress).toHaveLength(1);
    expect(moved.tracking?.snapshot).toEqual(snapshotOf(second));
    expect((await trackingFor(db, first.id)).tracking).toBeNull();
    const changed = { ...second, source: { ...second.source, quote: '新的原文' } };
    expect(changedFields(moved.tracking!.snapshot!, changed)).toEqual(['quote']);
    await acknowledgeChange(db, changed);
    expect(changedFields((await trackingFor(db, second.id)).tracking!.snapshot!, changed)).toEqual([]);
  });

  it('sets aside rows that do not validate instead of trusting them', async () => {
    await addNote(db, first, 'ok');
    await db.notes.put({ id: 'bad', targetId: 'nope', text: '', createdAt: 'yesterday', updatedAt: 'x' });
    expect((await readAll(db)).notes.map((n) => n.text)).toEqual(['ok']);
  });

  it('reports a full or missing storage plainly', () => {
    expect(toStorageError(Object.assign(new Error('x'), { name: 'QuotaExceededError' }))).toMatchObject({ problem: 'quota', message: expect.stringContaining('full') });
    expect(toStorageError(Object.assign(new Error('x'), { name: 'MissingAPIError' }))).toMatchObject({ problem: 'unavailable' });
  });

  it('asks the browser to keep its storage', async () => {
    expect(await requestPersistence({ persisted: async () => false, persist: async () => true } as unknown as StorageManager)).toBe('persisted');
    expect(await requestPersistence({ persisted: async () => false, persist: async () => false } as unknown as StorageManager)).toBe('best-effort');
    expect(await requestPersistence(undefined)).toBe('unsupported');
  });
});

describe('schema upgrade', () => {
  it('keeps every note when opening a version 1 database', async () => {
    const oldName = `${name}-v1`;
    const v1 = new Dexie(oldName);
    v1.version(1).stores({ tracking: 'targetId, status, *tags', notes: 'id, targetId, date', progress: 'id, targetId, asOf' });
    await v1.open();
    await v1.table('tracking').put({ targetId: first.id, status: 'on-track', tags: ['老'] });
    await v1.table('notes').bulkPut(Array.from({ length: 50 }, (_, i) => ({ id: `n${i}`, targetId: first.id, text: `笔记${i}`, date: `2024-01-${String((i % 28) + 1).padStart(2, '0')}T08:00:00.000Z` })));
    await v1.table('progress').put({ id: 'p1', targetId: first.id, value: 3, asOf: '2024-06-30', source: '年报', createdAt: '2024-07-01T00:00:00.000Z' });
    v1.close();
    const upgraded = new NotesDatabase(oldName);
    const all = await readAll(upgraded);
    expect(all.notes).toHaveLength(50);
    expect(all.notes.find((n) => n.id === 'n3')).toMatchObject({ text: '笔记3', createdAt: '2024-01-04T08:00:00.000Z', updatedAt: '2024-01-04T08:00:00.000Z' });
    expect(all.tracking).toEqual([expect.objectContaining({ targetId: first.id, status: 'on-track', tags: ['老'], snapshot: null })]);
    expect(all.progress).toHaveLength(1);
    expect(upgraded.verno).toBe(3);
    upgraded.close();
    await Dexie.delete(oldName);
  });
});

describe('export and import', () => {
  async function seed(): Promise<void> {
    await addNote(db, first, '第一条，含逗号和"引号"\n换行');
    await addNote(db, second, 'second');
    await setStatus(db, second, 'achieved');
    await setTags(db, second, ['a', 'b']);
    await addProgress(db, third, { value: 4.5, asOf: '2025-03-31', source: '季报' });
  }

  it('round-trips losslessly through JSON and through CSV', async () => {
    await seed();
    const before = await readAll(db);
    const json = await exportJson(db, dataset.version);
    const csv = await exportCsv(db);
    await clearAll(db);
    const jsonPlan = parseJsonImport(json, known);
    expect(jsonPlan.errors).toEqual([]);
    await applyImport(db, jsonPlan);
    expect(await readAll(db)).toEqual(before);
    await clearAll(db);
    const csvPlan = parseCsvImport(csv, known);
    expect(csvPlan.errors).toEqual([]);
    await applyImport(db, csvPlan);
    const after = await readAll(db);
    expect(after.notes).toEqual(before.notes);
    expect(after.progress).toEqual(before.progress);
    expect(after.tracking.map(({ snapshot: _s, ...rest }) => rest)).toEqual(before.tracking.map(({ snapshot: _s, ...rest }) => rest));
  });

  it('merges without duplicating when the same file is imported twice', async () => {
    await seed();
    const json = await exportJson(db, null);
    const plan = parseJsonImport(json, known);
    const preview = await previewImport(db, plan);
    expect(preview.added).toEqual({ tracking: 0, notes: 0, progress: 0 });
    expect(preview.duplicates).toBe(plan.rows);
    const before = await readAll(db);
    await applyImport(db, plan);
    expect(await readAll(db)).toEqual(before);
  });

  it('refuses bad JSON and a foreign JSON file as a whole, changing nothing', async () => {
    await seed();
    const before = await readAll(db);
    expect(parseJsonImport('{"format": "policy-targets-notes", ', known).fatal).toMatch(/not valid JSON/);
    expect(parseJsonImport('{"hello": 1}', known).fatal).toMatch(/not a notes export/);
    await expect(applyImport(db, parseJsonImport('{', known))).rejects.toThrow();
    expect(await readAll(db)).toEqual(before);
  });

  it('refuses a CSV with wrong columns as a whole', () => {
    const plan = parseCsvImport('type,id,note\nnote,1,x\n', known);
    expect(plan.fatal).toMatch(/lacks the column\(s\) record_type, target_id/);
  });

  it('reports bad dates, bad values and unknown ids by row and merges exactly the rest', async () => {
    const header = CSV_FIELDS.join(',');
    const rows = [
      `progress,${first.id},,,12,2024-13-45,年报,,,,`,
      `progress,${first.id},,,lots,2024-12-31,年报,,,,`,
      `note,ffffffffffff,,孤儿,,,,,,2024-01-01T00:00:00.000Z,`,
      `status,${second.id},,,,,,finished,,,2024-01-01T00:00:00.000Z`,
      `note,${second.id},,有效的笔记,,,,,,2024-01-01T00:00:00.000Z,2024-01-01T00:00:00.000Z`,
      `progress,${third.id},,,7,2024-12-31,公报,,,,`,
    ];
    const plan = parseCsvImport(`${header}\n${rows.join('\n')}\n`, known);
    expect(plan.errors.map((e) => e.row)).toEqual([2, 3, 4, 5]);
    expect(plan.errors[0].message).toMatch(/asOf/);
    expect(plan.errors[1].message).toMatch(/value/);
    expect(plan.errors[2].message).toMatch(/unknown record id ffffffffffff/);
    expect(plan.errors[3].message).toMatch(/status/);
    const preview = await previewImport(db, plan);
    const done = await applyImport(db, plan);
    expect(done.added).toEqual(preview.added);
    const all = await readAll(db);
    expect(all.notes).toHaveLength(done.added.notes);
    expect(all.progress).toHaveLength(done.added.progress);
    expect(all.tracking).toHaveLength(done.added.tracking);
    expect(done.added).toEqual({ tracking: 2, notes: 1, progress: 1 });
  });

  it('imports 5,000 rows in one go and exactly once', async () => {
    const header = CSV_FIELDS.join(',');
    const lines = Array.from({ length: 5000 }, (_, i) => {
      const target = dataset.targets[i % dataset.targets.length];
      return `note,${target.id},,笔记 ${i},,,,,,2024-01-01T00:00:${String(i % 60).padStart(2, '0')}.000Z,`;
    });
    const plan = parseCsvImport(`${header}\n${lines.join('\n')}\n`, known);
    expect(plan.errors).toEqual([]);
    const done = await applyImport(db, plan);
    expect(done.added.notes).toBe(5000);
    expect(await db.notes.count()).toBe(5000);
    const again = await applyImport(db, parseCsvImport(`${header}\n${lines.join('\n')}\n`, known));
    expect(again.added.notes).toBe(0);
    expect(await db.notes.count()).toBe(5000);
  });

  it('writes nothing when the transaction fails half-way', async () => {
    await seed();
    const before = await readAll(db);
    const plan = parseJsonImport(await exportJson(db, null), known);
    plan.notes.push({ ...plan.notes[0], id: 'new-note' });
    plan.progress.push({ ...plan.progress[0], id: 'bad', value: Number.NaN });
    db.progress.hook('creating', (_key, entry) => {
      if (Number.isNaN((entry as { value: number }).value)) throw new Error('refused');
    });
    await expect(applyImport(db, plan)).rejects.toThrow(/refused/);
    expect(await readAll(db)).toEqual(before);
  });
});

describe('progress', () => {
  const target = { ...first, value: 100, valueMax: null, comparator: '>=' as const, kind: 'target' as const, deadline: { year: 2025, date: '2025-12-31' } };
  const entry = (value: number, asOf: string) => ({ id: asOf, targetId: first.id, value, asOf, source: '', createdAt: `${asOf}T00:00:00.000Z` });
  it('shares achieved and pace against a straight line to the deadline', () => {
    expect(summarizeProgress(target, [])).toMatchObject({ share: null, pace: 'unknown' });
    expect(summarizeProgress(target, [entry(20, '2023-12-31')])).toMatchObject({ share: 0.2, pace: 'unknown' });
    const ahead = summarizeProgress(target, [entry(20, '2023-12-31'), entry(70, '2024-12-31')]);
    expect(ahead.pace).toBe('on-track');
    expect(ahead.expected).toBeCloseTo(60, 0);
    expect(summarizeProgress(target, [entry(20, '2023-12-31'), entry(40, '2024-12-31')]).pace).toBe('behind');
    expect(summarizeProgress(target, [entry(20, '2023-12-31'), entry(120, '2024-06-30')])).toMatchObject({ pace: 'achieved', share: 1.2 });
  });
  it('treats a cap as met from above', () => {
    const cap = { ...target, value: 1.25, comparator: '<=' as const };
    expect(summarizeProgress(cap, [entry(1.5, '2023-01-01'), entry(1.3, '2024-12-31')]).pace).toBe('on-track');
    expect(summarizeProgress(cap, [entry(1.2, '2024-12-31')]).pace).toBe('achieved');
  });
});
