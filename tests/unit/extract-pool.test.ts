// A pool of extraction threads started once serves several runs (the benchmark keeps one warm):
// each run gives the dataset one thread gives, and the pool stays open until its owner closes it.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFiles } from '../../extract/extract-files';
import { startPool } from '../../extract/node-pool';

const SEEDS = join(import.meta.dirname, '..', '..', 'seeds');
const found = readdirSync(SEEDS).sort().map((name) => ({ path: join(SEEDS, name), name }));

describe('extractFiles on a pool started by its caller', () => {
  it('gives one thread’s dataset on every run, and leaves the pool open', async () => {
    const one = await extractFiles(found, { threads: 0 });
    if (!one.built.ok) throw new Error(one.built.problem);
    const pool = await startPool(2);
    try {
      for (let run = 0; run < 2; run++) {
        const pooled = await extractFiles(found, { pool });
        if (!pooled.built.ok) throw new Error(pooled.built.problem);
        expect(pooled.threads).toBe(2);
        expect(JSON.stringify(pooled.built.dataset)).toBe(JSON.stringify(one.built.dataset));
      }
    } finally {
      await pool.close();
    }
    await expect(pool.extract({ name: 'late.txt', bytes: new Uint8Array() })).rejects.toThrow(/closed/);
  }, 60_000);
});
