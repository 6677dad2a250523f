// npm run bench (extraction part): builds a corpus of ≥ 50 MB by repeating the seeds with varied
// numbers, then prints extraction throughput and peak memory beside the time to merely read the
// same bytes and scan them with one regular expression.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPipeline, type InputFile } from '../../extract/run-pipeline';

const ROOT = join(import.meta.dirname, '..', '..');
const TARGET_BYTES = 50 * 1024 * 1024;

function buildCorpus(dir: string): string[] {
  const seeds = readdirSync(join(ROOT, 'seeds')).sort().map((name) => readFileSync(join(ROOT, 'seeds', name), 'utf8'));
  const paths: string[] = [];
  let bytes = 0;
  for (let copy = 0; bytes < TARGET_BYTES; copy++) {
    for (const [i, seed] of seeds.entries()) {
      // vary every amount so no two copies are the same text: 5000亿元 → 5003亿元
      const text = seed.replace(/(\d+)(?=\s*(?:亿|万|个|家|项|%|件))/g, (n) => String(Number(n) + (copy % 97)));
      const path = join(dir, `copy${String(copy).padStart(4, '0')}-${i}.txt`);
      writeFileSync(path, text);
      paths.push(path);
      bytes += Buffer.byteLength(text);
    }
  }
  return paths;
}

/** Peak resident memory of this process so far (maxRSS is reported in KiB). */
const peakRss = (): number => process.resourceUsage().maxRSS * 1024;

function extract(paths: readonly string[], dir: string) {
  function* files(): Generator<InputFile> {
    for (const path of paths) yield { name: path.slice(dir.length + 1), bytes: readFileSync(path) };
  }
  const start = performance.now();
  const result = runPipeline(files());
  const seconds = (performance.now() - start) / 1000;
  if (!result.built.ok) throw new Error(result.built.problem);
  return { seconds, records: result.built.dataset.targets.length, recordBytes: Buffer.byteLength(JSON.stringify(result.built.dataset)) };
}

const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);

async function main(): Promise<void> {
  const dir = join(tmpdir(), `policy-bench-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  try {
    const paths = buildCorpus(dir);
    const total = paths.reduce((sum, p) => sum + readFileSync(p).length, 0);

    const scanStart = performance.now();
    let hits = 0;
    const decoder = new TextDecoder();
    for (const path of paths) hits += decoder.decode(readFileSync(path)).match(/\d+(?:\.\d+)?\s*(?:万|亿)?(?:元|家|个|项|件|%)/g)?.length ?? 0;
    const scanSeconds = (performance.now() - scanStart) / 1000;

    const before = peakRss();
    const halfRecords = extract(paths.slice(0, paths.length >> 1), dir).recordBytes;
    const halfPeak = peakRss();
    const { seconds: extractSeconds, records, recordBytes } = extract(paths, dir);
    const fullPeak = peakRss();

    console.log(`corpus: ${paths.length} files, ${mb(total)} MB`);
    console.log(`raw read + one regex scan: ${(total / 1024 / 1024 / scanSeconds).toFixed(1)} MB/s (${scanSeconds.toFixed(2)} s, ${hits} number hits)`);
    console.log(`extraction:               ${(total / 1024 / 1024 / extractSeconds).toFixed(1)} MB/s (${extractSeconds.toFixed(2)} s, ${records} records)`);
    console.log(`extraction / raw scan:    ${((scanSeconds / extractSeconds) * 100).toFixed(1)}% of raw speed (aim ≥ 10%)`);
    console.log(`memory: peak RSS ${mb(before)} MB before extraction, ${mb(halfPeak)} MB after half the corpus, ${mb(fullPeak)} MB after all of it`);
    console.log(`        the records serialise to ${mb(halfRecords)} MB (half) and ${mb(recordBytes)} MB (all): growth beyond them is ${mb(fullPeak - halfPeak - (recordBytes - halfRecords))} MB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
