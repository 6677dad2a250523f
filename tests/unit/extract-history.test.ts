// npm run bench:history times a commit's extractor from a worktree of it: it prints one line a commit with its time and
// the records it found, leaves no worktree behind, and names a commit the repository lacks instead of timing anything.
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const SCRIPT = join(ROOT, 'tests', 'bench', 'extract-history.ts');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const run = (...commits: string[]) => spawnSync(TSX, [SCRIPT, ...commits], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, BENCH_HISTORY_MB: '0.3' } });
const worktrees = (): string => execFileSync('git', ['-C', ROOT, 'worktree', 'list'], { encoding: 'utf8' });

describe('npm run bench:history', () => {
  it('times the working commit and says how many records it found', () => {
    const head = execFileSync('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const before = worktrees();
    const result = run('HEAD');
    expect(result.status, result.stderr).toBe(0);
    const line = result.stdout.split('\n').find((l) => l.startsWith(head));
    expect(line).toMatch(/ (\d+\.\d\d) CPU-s a pass .* (\d+) records$/);
    const [, cpu, records] = / (\d+\.\d\d) CPU-s a pass .* (\d+) records$/.exec(line ?? '') ?? [];
    expect(Number(cpu)).toBeGreaterThan(0);
    expect(Number(records)).toBeGreaterThan(0);
    expect(worktrees()).toBe(before);
  }, 120_000);

  it('names a commit the repository lacks and times nothing', () => {
    const result = run('HEAD', 'no-such-commit-0000');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('not a commit of this repository: no-such-commit-0000');
    expect(result.stdout).not.toContain('CPU-s a pass');
  });
});
