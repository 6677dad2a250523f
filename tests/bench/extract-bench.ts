// npm run bench (extraction part): builds a corpus of ≥ 50 MB by repeating the seeds with varied
// numbers, then prints extraction throughput and peak memory beside the time to merely read the
// same bytes and scan them with one regular expression: warm, in one thread and on a pool of a
// thread per core, and the CLI's time on it in a fresh process, in one thread and on a thread per core. Then the shapes that used to be quadratic:
// one 200 MB text that is a single document, time per MB for lines of 1 KB to 1 MB, and a 1 MB line.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { extractFiles } from '../../extract/extract-files';
import { startPool, type Pool } from '../../extract/node-pool';
import { runPipeline } from '../../extract/run-pipeline';
import { seedTexts, varyAmounts, writeSeedCorpus } from './seed-corpus';

const ROOT = join(import.meta.dirname, '..', '..');
const TARGET_BYTES = 50 * 1024 * 1024;


/** Peak resident memory of this process so far (maxRSS is reported in KiB). */
const peakRss = (): number => process.resourceUsage().maxRSS * 1024;

/** Extracts the files as the CLI does (reading each from disk, in name order), in this thread or on a pool already started. */
async function extract(paths: readonly string[], dir: string, pool?: Pool) {
  const found = paths.map((path) => ({ path, name: path.slice(dir.length + 1) }));
  const start = performance.now();
  // the process's CPU time: every thread's, the pool's too
  const cpuStart = process.cpuUsage();
  const result = await extractFiles(found, pool ? { pool } : { threads: 0 });
  const seconds = (performance.now() - start) / 1000;
  const cpu = cpuSeconds(cpuStart);
  if (!result.built.ok) throw new Error(result.built.problem);
  const json = JSON.stringify(result.built.dataset);
  return { seconds, cpu, records: result.built.dataset.targets.length, recordBytes: Buffer.byteLength(json), json };
}

/** The median of three runs by wall time (one run on a shared machine varies by ±10%). */
function median<T extends { seconds: number }>(runs: readonly T[]): T {
  return [...runs].sort((a, b) => a.seconds - b.seconds)[1];
}

/** The CLI in a child process on the corpus folder: wall seconds from start to exit, and the dataset it wrote. */
function runCli(dir: string, threads: number): { seconds: number; dataset: string } {
  const out = join(tmpdir(), `policy-bench-${process.pid}-${threads}.json`);
  const start = performance.now();
  // with the memory flags `npm run extract` gives the CLI (a larger young generation: fewer collections of the many short-lived strings)
  const flags = process.execArgv.filter((arg) => arg.startsWith('--max-semi-space-size'));
  const run = spawnSync(process.execPath, [...flags, '--import', 'tsx', join(ROOT, 'extract', 'cli.ts'), dir, '--out', out, '--threads', String(threads)], { cwd: ROOT, encoding: 'utf8' });
  const seconds = (performance.now() - start) / 1000;
  if (run.status !== 0 || /could not be started/.test(run.stderr)) throw new Error(`the CLI failed (${run.status}): ${run.stderr}`);
  const dataset = readFileSync(out, 'utf8');
  rmSync(out);
  return { seconds, dataset };
}

const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);
/** CPU seconds since `start`: unlike wall time, not inflated when the machine is shared. */
const cpuSeconds = (start: NodeJS.CpuUsage): number => { const used = process.cpuUsage(start); return (used.user + used.system) / 1e6; };

/** The seeds' text with every amount varied per copy, as one string without line breaks (a PDF copied as text). */
function variedBodies(copies: number): string[] {
  const seeds = seedTexts();
  const out: string[] = [];
  for (let copy = 0; copy < copies; copy++) {
    for (const seed of seeds) out.push(varyAmounts(seed, copy));
  }
  return out;
}

function timeOne(name: string, text: string): { seconds: number; cpu: number; mbPerSecond: number; mbPerCpuSecond: number; records: number; bytes: number } {
  const bytes = Buffer.from(text);
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const result = runPipeline([{ name, bytes }]);
  const seconds = (performance.now() - start) / 1000;
  const cpu = cpuSeconds(cpuStart);
  if (!result.built.ok) throw new Error(result.built.problem);
  const size = bytes.length / 1024 / 1024;
  return { seconds, cpu, mbPerSecond: size / seconds, mbPerCpuSecond: size / cpu, records: result.built.dataset.targets.length, bytes: bytes.length };
}

/** One text of `size` bytes that is a single document: the seeds' bodies without their tables of contents. */
function singleDocument(size: number): string {
  const parts: string[] = ['浙江省数字经济发展行动方案\n'];
  let length = 0;
  for (let copy = 0; length < size; copy++) {
    for (const body of variedBodies(1).map((b) => varyAmounts(b.replace(/^.*本期要目.*$/gm, ''), copy))) {
      parts.push(body);
      length += Buffer.byteLength(body);
    }
  }
  return parts.join('\n');
}

/** About `total` bytes of the seeds' sentences, cut into lines of `lineLength` characters. */
function withLineLength(lineLength: number, total: number): string {
  const flat = variedBodies(8).join('').replace(/\r?\n/g, '');
  const lines: string[] = [];
  let bytes = 0;
  for (let at = 0; bytes < total; at = (at + lineLength) % Math.max(1, flat.length - lineLength)) {
    const line = flat.slice(at, at + lineLength);
    lines.push(line);
    bytes += Buffer.byteLength(line) + 1;
  }
  return `浙江省数字经济发展行动方案\n${lines.join('\n')}`;
}

function longShapes(corpusMbPerSecond: number, corpusMbPerCpuSecond: number): void {
  const big = timeOne('single-200mb.txt', singleDocument(200 * 1024 * 1024));
  console.log(`one 200 MB text, a single document: ${big.mbPerSecond.toFixed(1)} MB/s wall, ${big.mbPerCpuSecond.toFixed(1)} MB per CPU-second (${big.seconds.toFixed(1)} s, ${big.cpu.toFixed(1)} CPU-s, ${big.records} records; ${((big.mbPerSecond / corpusMbPerSecond) * 100).toFixed(0)}% of the corpus's wall rate, ${((big.mbPerCpuSecond / corpusMbPerCpuSecond) * 100).toFixed(0)}% of its CPU rate), peak RSS ${mb(peakRss())} MB`);
  const perLength: string[] = [];
  for (const length of [1_000, 10_000, 100_000, 1_000_000]) {
    const run = timeOne(`lines-${length}.txt`, withLineLength(length, 8 * 1024 * 1024));
    perLength.push(`${length.toLocaleString('en')} chars ${(run.cpu / (run.bytes / 1024 / 1024) * 1000).toFixed(0)} CPU-ms/MB`);
  }
  console.log(`time per MB by line length (8 MB each): ${perLength.join(' · ')}`);
  const oneLine = variedBodies(4).join('').replace(/\r?\n/g, '').slice(0, 350_000);
  const line = timeOne('one-line.txt', `浙江省数字经济发展行动方案\n${oneLine}`);
  console.log(`a single line of ${mb(line.bytes)} MB: ${line.seconds.toFixed(2)} s, ${line.records} records`);
  // a sentence listing thousands of short items of one kind (…示范工厂120家、车间4个、车间4个…): each item's name looks back at most a few
  // items, so twice the items should cost about twice the time
  const listed = [2_500, 5_000].map((count) => timeOne(`list-${count}.txt`, `到2025年，打造数字化智能化示范工厂120家${'、车间4个'.repeat(count)}。\n`));
  console.log(`one sentence listing short items: ${listed.map((run, i) => `${[2_500, 5_000][i].toLocaleString('en')} items ${run.seconds.toFixed(2)} s (${run.records} records)`).join(', ')}`);
}

async function main(): Promise<void> {
  const dir = join(tmpdir(), `policy-bench-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  try {
    const { paths } = writeSeedCorpus(dir, TARGET_BYTES);
    const total = paths.reduce((sum, p) => sum + readFileSync(p).length, 0);

    // the raw read and scan, the median of three runs like the extraction it is set against
    let hits = 0;
    const scans: number[] = [];
    for (let run = 0; run < 3; run++) {
      const scanStart = performance.now();
      hits = 0;
      const decoder = new TextDecoder();
      for (const path of paths) hits += decoder.decode(readFileSync(path)).match(/\d+(?:\.\d+)?\s*(?:万|亿)?(?:元|家|个|项|件|%)/g)?.length ?? 0;
      scans.push((performance.now() - scanStart) / 1000);
    }
    const scanSeconds = [...scans].sort((a, b) => a - b)[1];

    // in this process, one thread, as the pipeline runs anywhere (the browser worker too): half the
    // corpus first, which also warms the code up, then all of it
    const before = peakRss();
    const halfRecords = (await extract(paths.slice(0, paths.length >> 1), dir)).recordBytes;
    const halfPeak = peakRss();
    const { seconds: firstSeconds, cpu: firstCpu, records, recordBytes, json: oneThreadDataset } = await extract(paths, dir);
    const fullPeak = peakRss();
    // two more runs of the whole corpus: the median of three, as one run on a shared machine varies by ±10%
    const runs = [{ seconds: firstSeconds, cpu: firstCpu }];
    for (let run = 0; run < 2; run++) runs.push(await extract(paths, dir));
    const { seconds: extractSeconds, cpu: extractCpu } = median(runs);
    // on a pool of a thread per core, started once and warmed up on the whole corpus (each thread warms
    // its code and grows its heap on its own), as a long-running extraction keeps its threads: the
    // median of three runs of the whole corpus after that
    const threads = Math.min(availableParallelism(), 8);
    const pool = await startPool(threads);
    let pooled: Awaited<ReturnType<typeof extract>>[];
    try {
      await extract(paths, dir, pool);
      pooled = [];
      for (let run = 0; run < 3; run++) pooled.push(await extract(paths, dir, pool));
    } finally {
      await pool.close();
    }
    const onPool = median(pooled);
    if (pooled.some((run) => run.json !== oneThreadDataset)) throw new Error('the pool gave another dataset than one thread');
    // the CLI as a user runs it: a fresh process (code not yet warm, start-up included), in one thread and on a thread per core
    const cliOne = runCli(dir, 1);
    const cliThreads = runCli(dir, threads);
    if (cliOne.dataset !== cliThreads.dataset) throw new Error('the threads gave another dataset than one thread');

    const rate = (seconds: number): string => `${(total / 1024 / 1024 / seconds).toFixed(1)} MB/s`;
    const share = (seconds: number): string => `${((scanSeconds / seconds) * 100).toFixed(1)}%`;
    console.log(`corpus: ${paths.length} files, ${mb(total)} MB`);
    console.log(`raw read + one regex scan: ${rate(scanSeconds)} (${scanSeconds.toFixed(2)} s, ${hits} number hits)`);
    console.log(`extraction, one thread:   ${rate(extractSeconds)} (${extractSeconds.toFixed(2)} s, ${extractCpu.toFixed(1)} CPU-s, ${records} records; warm; runs: ${runs.map((r) => rate(r.seconds)).join(', ')}) = ${share(extractSeconds)} of raw speed`);
    console.log(`extraction, ${threads} threads:    ${rate(onPool.seconds)} (${onPool.seconds.toFixed(2)} s, ${onPool.cpu.toFixed(1)} CPU-s; a warm pool; runs: ${pooled.map((r) => rate(r.seconds)).join(', ')}) = ${share(onPool.seconds)} of raw speed`);
    console.log(`extraction / raw scan:    ${share(Math.min(extractSeconds, onPool.seconds))} of raw speed at best (aim ≥ 10%)`);
    console.log(`the CLI, a fresh process: ${cliOne.seconds.toFixed(2)} s in one thread (${rate(cliOne.seconds)}, ${share(cliOne.seconds)}), ${cliThreads.seconds.toFixed(2)} s on ${threads} threads (${rate(cliThreads.seconds)}, ${share(cliThreads.seconds)}); start-up and writing included, the same dataset`);
    console.log(`memory: peak RSS ${mb(before)} MB before extraction, ${mb(halfPeak)} MB after half the corpus, ${mb(fullPeak)} MB after all of it`);
    console.log(`        the records serialise to ${mb(halfRecords)} MB (half) and ${mb(recordBytes)} MB (all): growth beyond them is ${mb(fullPeak - halfPeak - (recordBytes - halfRecords))} MB`);
    console.log(`extraction per CPU-second:  ${(total / 1024 / 1024 / extractCpu).toFixed(1)} MB (${extractCpu.toFixed(1)} CPU-s)`);
    longShapes(total / 1024 / 1024 / extractSeconds, total / 1024 / 1024 / extractCpu);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
