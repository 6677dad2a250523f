// Files on disk → a dataset: reads them one at a time in name order, and, for a run large enough
// to gain from it, extracts them on a pool of threads (one per core). The CLI and the benchmark
// both run extraction through here, so what is measured is what users run.
import { readFileSync, statSync } from 'node:fs';
import { extractInputs } from './extract-inputs';
import { nodeCMaps } from './node-cmaps';
import './node-sha1';
import './node-utf8';
import './node-towns';
import { startPool, threadsFor, type Pool } from './node-pool';
import type { FileProblem, InputFile, PipelineResult } from './run-pipeline';
import { reasonOf, type FoundFile } from './walk-inputs';

export interface FilesResult extends PipelineResult {
  /** Files that could not be read from disk at all. */
  unreadable: FileProblem[];
  /** Threads used: 0 when extraction ran in this one. */
  threads: number;
  /** Why the threads could not be started, when they could not: extraction then ran in this one. */
  threadProblem: string | null;
}

export interface FilesOptions {
  /** Threads to extract on; 0 or 1 runs in this thread. Default: one per core for a run of several MB, none below. */
  threads?: number;
  /** A pool already started (and warmed up) to extract on instead; left open for the caller to close. */
  pool?: Pool;
}

const byName = (a: FoundFile, b: FoundFile): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function sizeOf(path: string): number {
  try { return statSync(path).size; } catch { return 0; }
}

export async function extractFiles(found: readonly FoundFile[], options: FilesOptions = {}): Promise<FilesResult> {
  const sorted = [...found].sort(byName);
  const unreadable: FileProblem[] = [];
  function* inputs(): Generator<InputFile> {
    for (const { path, name } of sorted) {
      let bytes: Uint8Array;
      try { bytes = readFileSync(path); } catch (error) { unreadable.push({ file: name, problem: `cannot be read (${reasonOf(error)})` }); continue; }
      yield { name, bytes };
    }
  }
  if (options.pool) {
    const result = await extractInputs(inputs(), { read: { cMaps: nodeCMaps }, runner: options.pool });
    return { ...result, unreadable, threads: options.pool.size, threadProblem: null };
  }
  // never more threads than files: each thread reads whole files
  const wanted = Math.min(sorted.length, options.threads ?? threadsFor(sorted.length, sorted.reduce((sum, f) => sum + sizeOf(f.path), 0)));
  let pool: Pool | null = null;
  let threadProblem: string | null = null;
  if (wanted > 1) {
    try { pool = await startPool(wanted); } catch (error) { threadProblem = reasonOf(error); }
  }
  try {
    const result = await extractInputs(inputs(), { read: { cMaps: nodeCMaps }, runner: pool ?? undefined });
    return { ...result, unreadable, threads: pool ? wanted : 0, threadProblem };
  } finally {
    await pool?.close();
  }
}
