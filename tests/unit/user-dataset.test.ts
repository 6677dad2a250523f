import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { diffDatasets, loadUserDataset, mergeDatasets, openUserDataset, removeUserDataset } from '../../src/data/user-dataset';
import { NotesDatabase } from '../../src/notes/notes-db';
import { makeDataset } from '../support/fixtures';

const base = makeDataset(30);
const next = structuredClone(base);
next.targets = next.targets.slice(3);
next.targets[0].deadline = { year: 2040, date: null };
next.targets.push({ ...structuredClone(next.targets[1]), id: 'aaaaaaaaaaaa' });

const db = new NotesDatabase('user-dataset-test');
afterEach(async () => { await db.datasets.clear(); });

describe('user dataset', () => {
  it('diffs by stable id: added, removed, changed with the fields that changed', () => {
    const diff = diffDatasets(base, next);
    expect(diff.added.map((t) => t.id)).toEqual(['aaaaaaaaaaaa']);
    expect(diff.removed.map((t) => t.id)).toEqual(base.targets.slice(0, 3).map((t) => t.id));
    expect(diff.changed).toHaveLength(1);
    expect(diff.changed[0].fields).toEqual(['deadline']);
    expect(diff.unchanged).toBe(26);
  });
  it('merges both with the user’s records winning', () => {
    const merged = mergeDatasets(base, next);
    expect(merged.targets).toHaveLength(31);
    expect(merged.targets.find((t) => t.id === next.targets[0].id)?.deadline).toEqual({ year: 2040, date: null });
  });
  it('keeps a valid file and refuses a broken one without touching the kept one', async () => {
    expect((await openUserDataset(db, 'mine.json', JSON.stringify(next))).ok).toBe(true);
    const refused = await openUserDataset(db, 'bad.json', JSON.stringify({ ...next, schemaVersion: 99 }));
    expect(refused).toMatchObject({ ok: false, title: 'bad.json does not match the dataset schema' });
    const kept = await loadUserDataset(db);
    expect(kept?.name).toBe('mine.json');
    expect(kept?.dataset.targets).toHaveLength(next.targets.length);
    await removeUserDataset(db);
    expect(await loadUserDataset(db)).toBeNull();
  });
  it('opens a dataset of schema version 1, upgraded with no indicator keys', async () => {
    const v1 = JSON.parse(JSON.stringify({ ...next, schemaVersion: 1 }), (key, value) => (key === 'indicators' || key === 'indicatorKey' ? undefined : value));
    const opened = await openUserDataset(db, 'old.json', JSON.stringify(v1));
    expect(opened.ok && opened.stored.dataset.schemaVersion).toBe(2);
    expect(opened.ok && opened.stored.dataset.targets.every((t) => t.indicatorKey === null)).toBe(true);
  });
  it('does not trust a stored dataset that no longer validates', async () => {
    await db.datasets.put({ id: 'user', name: 'x', loadedAt: '2024-01-01T00:00:00.000Z', dataset: { nope: true } });
    expect(await loadUserDataset(db)).toBeNull();
  });
});

