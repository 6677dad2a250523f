// Whether the browser offers IndexedDB at all (private modes and policies switch it off), asked
// with a bare open of a probe database so the first view needs none of the notes code (Dexie).
export type StorageState = 'checking' | 'ok' | 'unavailable';

const PROBE = 'policy-targets-storage-probe';

export function probeStorage(factory: IDBFactory | null = globalThis.indexedDB ?? null): Promise<Exclude<StorageState, 'checking'>> {
  if (!factory) return Promise.resolve('unavailable');
  return new Promise((resolve) => {
    try {
      const request = factory.open(PROBE);
      request.onsuccess = () => { request.result.close(); resolve('ok'); };
      request.onerror = () => resolve('unavailable');
      request.onblocked = () => resolve('ok');
    } catch {
      resolve('unavailable');
    }
  });
}
