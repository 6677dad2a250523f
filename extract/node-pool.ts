// The CLI's threads: a pool of worker threads that each read and extract whole files, so a large
// corpus uses every core. The workers run the pipeline's TypeScript bundled once per run by
// esbuild (its packages stay in node_modules), into node_modules/.cache, removed at the end.
import { build, type Plugin } from 'esbuild';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ExtractRunner } from './extract-inputs';
import type { FileProblem, FileRecords, InputFile } from './run-pipeline';

export interface PoolRequest { id: number; file: InputFile }
export type PoolReply = { id: number; result: FileRecords | FileProblem } | { id: number; failure: string; stack?: string };

const HERE = dirname(fileURLToPath(import.meta.url));
const CACHE = resolve(HERE, '..', 'node_modules', '.cache', 'policy-targets');
/** Files each worker holds at once: one being extracted, one waiting, so no thread idles between files. */
const PER_WORKER = 2;

/**
 * Threads worth starting for these inputs: none for a small run, where starting them costs more
 * than they save, and none on fewer than 4 cores. One thread already keeps more than one core busy
 * (V8 compiles and collects garbage beside it), and each thread warms its code up on its own: on 2
 * cores a pool of 2 spent 40–50% more CPU time on the 50 MB corpus and finished no sooner.
 */
export function threadsFor(files: number, bytes: number, cores = availableParallelism()): number {
  if (cores < 4 || files < 2 || bytes < 4 * 1024 * 1024) return 0;
  return Math.min(cores, files, 8);
}

/** Packages are loaded from node_modules as they are, but their JSON data is bundled (Node would want an import attribute for it). */
const DEPENDENCIES_STAY: Plugin = {
  name: 'dependencies-stay',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, (args) => (args.path.endsWith('.json') ? undefined : { path: args.path, external: true }));
  },
};

export interface Pool extends ExtractRunner { size: number; close(): Promise<void> }

export async function startPool(size: number): Promise<Pool> {
  mkdirSync(CACHE, { recursive: true });
  const dir = mkdtempSync(join(CACHE, 'worker-'));
  try {
    await build({
      entryPoints: [join(HERE, 'node-pool-worker.ts')], outdir: dir, bundle: true, splitting: true,
      platform: 'node', format: 'esm', target: 'node20', outExtension: { '.js': '.mjs' }, logLevel: 'silent',
      plugins: [DEPENDENCIES_STAY],
    });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const workers = Array.from({ length: size }, () => new Worker(join(dir, 'node-pool-worker.mjs')));
  const waiting = new Map<number, { resolve: (r: FileRecords | FileProblem) => void; reject: (e: Error) => void }>();
  const load = new Map(workers.map((w) => [w, 0]));
  let nextId = 0;
  let broken: Error | null = null;
  const fail = (error: Error): void => {
    broken ??= error;
    for (const { reject } of waiting.values()) reject(broken);
    waiting.clear();
  };
  for (const worker of workers) {
    worker.on('message', (reply: PoolReply) => {
      const job = waiting.get(reply.id);
      if (!job) return;
      waiting.delete(reply.id);
      load.set(worker, (load.get(worker) ?? 1) - 1);
      // the thread's error, with its stack for DEBUG=1
      if ('failure' in reply) job.reject(Object.assign(new Error(reply.failure), { stack: reply.stack }));
      else job.resolve(reply.result);
    });
    worker.on('error', (error: unknown) => fail(error instanceof Error ? error : new Error(String(error))));
    worker.on('exit', (code) => { if (code !== 0) fail(new Error(`an extraction thread stopped (exit code ${code})`)); });
  }
  return {
    size,
    concurrency: size * PER_WORKER,
    extract(file) {
      if (broken) return Promise.reject(broken);
      const worker = workers.reduce((a, b) => ((load.get(b) ?? 0) < (load.get(a) ?? 0) ? b : a));
      load.set(worker, (load.get(worker) ?? 0) + 1);
      const id = nextId++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, file } satisfies PoolRequest);
      });
    },
    async close() {
      broken ??= new Error('the extraction threads are closed');
      await Promise.all(workers.map((w) => w.terminate()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
