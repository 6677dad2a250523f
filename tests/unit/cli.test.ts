// The CLI end to end on bad and hostile input: a clear message naming the file and the problem,
// a distinct exit code for each outcome, the previous dataset left exactly as it was, and the
// input files byte-identical afterwards.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { threadsFor } from '../../extract/node-pool';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = ['--import', 'tsx', join(ROOT, 'extract', 'cli.ts')];
/** Tests that run the CLI several times over the whole corpus: a slow machine may need longer than a test's usual 30 s. */
const SEVERAL_RUNS = 120_000;
/** npm run passes INIT_CWD; the tests say explicitly where the caller stands. */
function run(args: readonly string[], { caller, user }: { caller?: string; user?: 'nobody' } = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.INIT_CWD;
  if (caller) env.INIT_CWD = caller;
  const options: SpawnSyncOptions = { cwd: ROOT, env, encoding: 'utf8' };
  const result = user
    ? spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, ...CLI, ...args], options)
    : spawnSync(process.execPath, [...CLI, ...args], options);
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

let dir: string;
let out: string;
const PREVIOUS = '{"previous": true}\n';
const PLAN = '杭州市数字经济行动方案（2023—2025年）\n\n全市建设30个试点示范项目。\n';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'extract-'));
  out = join(dir, 'targets.json');
  writeFileSync(out, PREVIOUS);
});

/** Every file's bytes under a folder (links not followed), to prove the inputs are untouched. */
function snapshot(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) files.set(join(entry.parentPath, entry.name), readFileSync(join(entry.parentPath, entry.name), 'base64'));
  }
  return files;
}
const noStackTrace = (text: string): void => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('extract CLI', () => {
  it('writes a dataset from a folder of texts', () => {
    mkdirSync(join(dir, 'texts'));
    writeFileSync(join(dir, 'texts', 'plan.txt'), PLAN);
    const result = run([join(dir, 'texts'), '--out', out]);
    expect(result.status).toBe(0);
    const dataset = JSON.parse(readFileSync(out, 'utf8'));
    expect(dataset.targets).toHaveLength(1);
    expect(dataset.targets[0]).toMatchObject({ value: 30, region: { name: '杭州市' }, source: { file: 'plan.txt', line: 3 } });
  });
  it('refuses a missing path as a usage error and keeps the old dataset', () => {
    const result = run([join(dir, 'nowhere'), '--out', out]);
    expect(result.status).toBe(64);
    expect(result.stderr).toMatch(/nowhere: no such file or folder/);
    expect(readFileSync(out, 'utf8')).toBe(PREVIOUS);
  });
  it('refuses an empty folder', () => {
    mkdirSync(join(dir, 'empty'));
    const result = run([join(dir, 'empty'), '--out', out]);
    expect(result.status).toBe(64);
    expect(result.stderr).toMatch(/empty: the folder holds no \.txt, \.md, \.html, \.pdf or \.docx files/);
    expect(readFileSync(out, 'utf8')).toBe(PREVIOUS);
  });
  it('names binary and empty files and writes nothing when no file could be read', () => {
    writeFileSync(join(dir, 'scan.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3]));
    writeFileSync(join(dir, 'blank.md'), '');
    const result = run([join(dir, 'scan.txt'), join(dir, 'blank.md'), '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/scan\.txt: the file is binary/);
    expect(result.stderr).toMatch(/blank\.md: the file is empty/);
    expect(readFileSync(out, 'utf8')).toBe(PREVIOUS);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
  it('fails --check with its own exit code when the committed dataset is stale', () => {
    expect(run(['--check', '--out', out]).status).toBe(3);
    expect(run(['--check']).status).toBe(0);
  });

  it('prints usage and exits 0 on --help', () => {
    const result = run(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^usage: npm run extract/);
    expect(result.stdout).toMatch(/64 usage error/);
  });
  it('takes --out --check as a usage error and writes no file named --check', () => {
    const result = run(['--out', '--check'], { caller: dir });
    expect(result.status).toBe(64);
    expect(result.stderr).toMatch(/--out needs a path/);
    expect(existsSync(join(dir, '--check'))).toBe(false);
    expect(existsSync(join(ROOT, '--check'))).toBe(false);
  });
  it('refuses an unknown option as a usage error', () => {
    const result = run(['--outt', out]);
    expect(result.status).toBe(64);
    expect(result.stderr).toMatch(/unknown option --outt/);
  });

  it('refuses an --out that names one of its inputs, directly or inside a folder given', () => {
    mkdirSync(join(dir, 'texts'));
    writeFileSync(join(dir, 'texts', 'plan.txt'), PLAN);
    symlinkSync(join(dir, 'texts', 'plan.txt'), join(dir, 'alias.txt'));
    const before = snapshot(dir);
    for (const args of [[join(dir, 'texts', 'plan.txt'), '--out', join(dir, 'texts', 'plan.txt')], [join(dir, 'texts'), '--out', join(dir, 'alias.txt')]]) {
      const result = run(args);
      expect(result.status).toBe(73);
      expect(result.stderr).toMatch(/is one of the input files: refusing to overwrite it/);
      noStackTrace(result.stderr);
    }
    expect(snapshot(dir)).toEqual(before);
  });
  it('refuses an --out that is a folder or cannot be created', () => {
    writeFileSync(join(dir, 'plan.txt'), PLAN);
    const before = snapshot(dir);
    const folder = run([join(dir, 'plan.txt'), '--out', dir]);
    expect(folder.status).toBe(73);
    expect(folder.stderr).toMatch(/is a folder: name a file/);
    const underFile = run([join(dir, 'plan.txt'), '--out', join(dir, 'plan.txt', 'out.json')]);
    expect(underFile.status).toBe(73);
    expect(underFile.stderr).toMatch(/cannot be written: .*plan\.txt is a file, not a folder/);
    noStackTrace(folder.stderr + underFile.stderr);
    expect(snapshot(dir)).toEqual(before);
  });
  it('refuses an --out in a folder it may not write to', () => {
    writeFileSync(join(dir, 'plan.txt'), PLAN);
    mkdirSync(join(dir, 'locked'));
    chmodSync(join(dir, 'locked'), 0o555);
    chmodSync(dir, 0o777);
    // root may write anywhere, so the refusal is checked as an unprivileged user
    const result = run([join(dir, 'plan.txt'), '--out', join(dir, 'locked', 'out.json')], { user: process.getuid?.() === 0 ? 'nobody' : undefined });
    expect(result.status).toBe(73);
    expect(result.stderr).toMatch(/cannot be written: no permission to write in/);
    expect(existsSync(join(dir, 'locked', 'out.json'))).toBe(false);
  });

  it('resolves relative paths against the folder the command was typed in', () => {
    mkdirSync(join(dir, 'texts'));
    writeFileSync(join(dir, 'texts', 'plan.txt'), PLAN);
    const result = run(['texts', '--out', 'mine.json'], { caller: dir });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^mine\.json: 1 records/);
    expect(JSON.parse(readFileSync(join(dir, 'mine.json'), 'utf8')).targets).toHaveLength(1);
  });

  it('walks a folder holding links to itself, to its parent and to a missing file once, naming each link', () => {
    const texts = join(dir, 'texts');
    mkdirSync(texts);
    writeFileSync(join(texts, 'plan.txt'), PLAN);
    symlinkSync('.', join(texts, 'self'));
    symlinkSync('..', join(texts, 'parent'));
    symlinkSync('gone.txt', join(texts, 'dangling.txt'));
    symlinkSync('loop.txt', join(texts, 'loop.txt'));
    symlinkSync('plan.txt', join(texts, 'same-plan.txt'));
    const before = snapshot(texts);
    const result = run([texts, '--out', out]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/dangling\.txt: skipped: a broken link/);
    expect(result.stderr).toMatch(/loop\.txt: skipped: a link that points back to itself/);
    expect(result.stderr).toMatch(/self: skipped: a link back to .* \(a loop\)/);
    // the parent is walked as any linked folder, until it leads back into the tree
    expect(result.stderr).toMatch(/parent[/\\]texts: skipped: a link back to .* \(a loop\)/);
    noStackTrace(result.stderr);
    const dataset = JSON.parse(readFileSync(out, 'utf8'));
    // plan.txt is read once, whichever of its names is seen first
    expect(dataset.documents).toHaveLength(1);
    expect(dataset.targets).toHaveLength(1);
    expect(snapshot(texts)).toEqual(before);
  });

  it('names an unreadable file and an unreadable folder and reads the rest', () => {
    const texts = join(dir, 'texts');
    mkdirSync(join(texts, 'closed'), { recursive: true });
    writeFileSync(join(texts, 'plan.txt'), PLAN);
    writeFileSync(join(texts, 'secret.txt'), PLAN.replace('30', '40'));
    writeFileSync(join(texts, 'closed', 'inner.txt'), PLAN);
    chmodSync(join(texts, 'secret.txt'), 0o000);
    chmodSync(join(texts, 'closed'), 0o000);
    chmodSync(dir, 0o777);
    // root reads every file whatever its mode, so permissions are tried as an unprivileged user
    const result = run([texts, '--out', join(dir, 'out.json')], { user: process.getuid?.() === 0 ? 'nobody' : undefined });
    chmodSync(join(texts, 'closed'), 0o755);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/secret\.txt: cannot be read \(permission denied\)/);
    expect(result.stderr).toMatch(/closed: the folder cannot be read \(permission denied\)/);
    noStackTrace(result.stderr);
    expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')).targets).toHaveLength(1);
  });

  it('reads every newsletter of a file that joins several, as many records as the files apart', () => {
    const seeds = readdirSync(join(ROOT, 'seeds')).sort().map((name) => join(ROOT, 'seeds', name));
    writeFileSync(join(dir, 'joined.txt'), Buffer.concat(seeds.map((path) => readFileSync(path))));
    const apart = run([...seeds, '--out', join(dir, 'apart.json')]);
    const joined = run([join(dir, 'joined.txt'), '--out', join(dir, 'joined.json')]);
    expect(apart.status).toBe(0);
    expect(joined.status).toBe(0);
    const read = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8'));
    const facts = (dataset: { targets: { value: number; unit: string; source: { quote: string } }[] }) =>
      dataset.targets.map((t) => `${t.value}${t.unit} ${t.source.quote}`).sort();
    expect(read('joined.json').targets.length).toBe(read('apart.json').targets.length);
    expect(facts(read('joined.json'))).toEqual(facts(read('apart.json')));
    expect(read('joined.json').documents.length).toBe(read('apart.json').documents.length);
  }, SEVERAL_RUNS);

  it('gives the same dataset, byte for byte, on several threads as in one', () => {
    // the seeds and the standalone texts, several times over with their amounts varied, in subfolders
    const sources = [join(ROOT, 'seeds'), join(ROOT, 'tests', 'fixtures', 'dev-texts', 'docs')]
      .flatMap((folder) => readdirSync(folder).sort().map((name) => join(folder, name)));
    for (let copy = 0; copy < 3; copy++) {
      mkdirSync(join(dir, 'corpus', `copy${copy}`), { recursive: true });
      for (const path of sources) {
        const text = readFileSync(path, 'utf8').replace(/(\d+)(?=亿|万|个|家)/g, (n) => String(Number(n) + copy));
        writeFileSync(join(dir, 'corpus', `copy${copy}`, path.replace(/^.*\//, '')), text);
      }
    }
    const one = run([join(dir, 'corpus'), '--out', join(dir, 'one.json'), '--threads', '1']);
    const three = run([join(dir, 'corpus'), '--out', join(dir, 'three.json'), '--threads', '3']);
    expect(one.status).toBe(0);
    expect(three.status).toBe(0);
    expect(three.stderr).not.toMatch(/threads could not be started/);
    const dataset = readFileSync(join(dir, 'three.json'), 'utf8');
    expect(JSON.parse(dataset).targets.length).toBeGreaterThan(3 * 100);
    expect(dataset).toBe(readFileSync(join(dir, 'one.json'), 'utf8'));
    // the threads' bundle is removed after the run
    expect(existsSync(join(ROOT, 'node_modules', '.cache', 'policy-targets')) ? readdirSync(join(ROOT, 'node_modules', '.cache', 'policy-targets')) : []).toEqual([]);
  }, SEVERAL_RUNS);
  it('takes --threads only as a whole number from 1', () => {
    for (const value of ['0', 'two', '-1']) {
      const result = run([join(ROOT, 'seeds'), '--out', out, '--threads', value]);
      expect(result.status).toBe(64);
      expect(result.stderr).toMatch(/--threads needs a whole number/);
    }
    expect(readFileSync(out, 'utf8')).toBe(PREVIOUS);
  });
});

describe('threads by default', () => {
  const MB = 1024 * 1024;
  it('starts one per core, up to 8, for a run of several files and MB on 4 cores or more', () => {
    expect(threadsFor(430, 50 * MB, 4)).toBe(4);
    expect(threadsFor(430, 50 * MB, 16)).toBe(8);
    expect(threadsFor(3, 50 * MB, 8)).toBe(3);
  });
  it('starts none for a small run, a single file, or on fewer than 4 cores', () => {
    expect(threadsFor(430, 3 * MB, 8)).toBe(0);
    expect(threadsFor(1, 200 * MB, 8)).toBe(0);
    expect(threadsFor(430, 50 * MB, 2)).toBe(0);
  });
});
