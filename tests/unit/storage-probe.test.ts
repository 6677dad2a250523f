import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { probeStorage } from '../../src/notes/storage-probe';

describe('storage probe', () => {
  it('finds IndexedDB where it opens', async () => {
    expect(await probeStorage(indexedDB)).toBe('ok');
  });
  it('says unavailable without IndexedDB, or when opening throws or fails', async () => {
    expect(await probeStorage(null)).toBe('unavailable');
    const throwing = { open: () => { throw new Error('SecurityError'); } } as unknown as IDBFactory;
    expect(await probeStorage(throwing)).toBe('unavailable');
    const failing = { open: () => { const request = {} as IDBOpenDBRequest; setTimeout(() => request.onerror?.(new Event('error'))); return request; } } as unknown as IDBFactory;
    expect(await probeStorage(failing)).toBe('unavailable');
  });
});
