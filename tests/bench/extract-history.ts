// npm run bench:history -- <commit>... : how fast each commit's extractor reads the same text, to find when extraction
// grew slower. Each commit's extract/ is bundled with esbuild from a worktree of that commit, then timed in a fresh
// process over the same 10 MB of today's seeds (amounts varied per copy, as the extraction bench does): the best of four
// warm passes, in CPU-seconds a pass, with the records each found. The same text for every commit, so rules that find
// more records cost what they cost.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSeedCorpus } from './seed-corpus';

const ROOT = join(import.meta.dirname, '..', '..');
/** 10 MB, or the megabytes BENCH_HISTORY_MB asks for (the test runs it on a small corpus). */
const CORPUS_BYTES = Number(process.env.BENCH_HISTORY_MB ?? 10) * 1024 * 1024;
const PASSES = 4;

/** The timing script each bundle runs: warm up once, then PASSES passes; prints one JSON line. */
function timingScript(bundle: string, corpus: string): string {
  return `
import { readFileSync, readdirSync } from 'node:fs';
import { runPipeline } from ${JSON.stringify(bundle)};
const dir = ${JSON.stringify(corpus)};
const files = readdirSync(dir).sort().map((name) => ({ name, bytes: readFileSync(dir + '/' + name) }));
const pass = () => files.reduce((n, f) => { const r = runPipeline([f]); return n + (r.built.ok ? r.built.dataset.targets.length : 0); }, 0);
pass();
const cpu = [];
let records = 0;
for (let i = 0; i < ${PASSES}; i++) { const start = process.cpuUsage(); records = pass(); const used = process.cpuUsage(start); cpu.push((used.user + used.system) / 1e6); }
console.log(JSON.stringify({ cpu, records }));
`;
}


function timeCommit(commit: string, work: string, corpus: string): { cpu: number[]; records: number } {
  const tree = join(work, `tree-${commit}`);
  execFileSync('git', ['-C', ROOT, 'worktree', 'add', '--detach', '-f', tree, commit], { stdio: 'ignore' });
  try {
    symlinkSync(join(ROOT, 'node_modules'), join(tree, 'node_modules'));
    const bundle = join(work, `extract-${commit}.mjs`);
    execFileSync(join(ROOT, 'node_modules', '.bin', 'esbuild'), [join(tree, 'extract', 'run-pipeline.ts'), '--bundle', '--platform=node', '--format=esm', `--outfile=${bundle}`, '--log-level=error'], { cwd: tree });
    const script = join(work, `time-${commit}.mjs`);
    writeFileSync(script, timingScript(bundle, corpus));
    const run = spawnSync(process.execPath, ['--max-semi-space-size=32', script], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`${commit}: the timing run failed: ${run.stderr}`);
    return JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}');
  } finally {
    execFileSync('git', ['-C', ROOT, 'worktree', 'remove', '--force', tree], { stdio: 'ignore' });
  }
}

const commits = process.argv.slice(2);
if (commits.length === 0) {
  console.error('usage: npm run bench:history -- <commit> [<commit>...]   (oldest first; HEAD for the working commit)');
  process.exit(2);
}
/** A commit's short hash, or null when the repository has no such commit. */
function shortHash(commit: string): string | null {
  const run = spawnSync('git', ['-C', ROOT, 'rev-parse', '--short', '--verify', '--quiet', `${commit}^{commit}`], { encoding: 'utf8' });
  return run.status === 0 ? run.stdout.trim() : null;
}

const unknown = commits.filter((commit) => shortHash(commit) === null);
if (unknown.length) {
  console.error(`not a commit of this repository: ${unknown.join(', ')}`);
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), 'policy-history-'));
try {
  const corpus = join(work, 'corpus');
  mkdirSync(corpus);
  const { bytes } = writeSeedCorpus(corpus, CORPUS_BYTES);
  console.log(`corpus: ${(bytes / 1024 / 1024).toFixed(1)} MB of today's seeds; best of ${PASSES} warm passes each`);
  for (const commit of commits) {
    const sha = shortHash(commit) ?? commit;
    const date = execFileSync('git', ['-C', ROOT, 'log', '-1', '--format=%ad', '--date=format:%Y-%m-%d %H:%M', sha], { encoding: 'utf8' }).trim();
    const { cpu, records } = timeCommit(sha, work, corpus);
    const best = Math.min(...cpu);
    console.log(`${sha} ${date}  ${best.toFixed(2)} CPU-s a pass (${(bytes / 1024 / 1024 / best).toFixed(1)} MB per CPU-second; passes ${cpu.map((c) => c.toFixed(2)).join(', ')}), ${records} records`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
