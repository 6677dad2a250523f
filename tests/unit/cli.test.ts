// The CLI end to end on bad input: a clear message naming the file and the problem, a non-zero
// exit when nothing could be extracted, and the previous dataset left exactly as it was.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'extract', 'cli.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });

let dir: string;
let out: string;
const PREVIOUS = '{"previous": true}\n';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'extract-'));
  out = join(dir, 'targets.json');
  writeFileSync(out, PREVIOUS);
});

describe('extract CLI', () => {
  it('writes a dataset from a folder of texts', () => {
    mkdirSync(join(dir, 'texts'));
    writeFileSync(join(dir, 'texts', 'plan.txt'), '杭州市数字经济行动方案（2023—2025年）\n\n全市建设30个试点示范项目。\n');
    const result = run(join(dir, 'texts'), '--out', out);
    expect(result.status).toBe(0);
    const dataset = JSON.parse(readFileSync(out, 'utf8'));
    expect(dataset.targets).toHaveLength(1);
    expect(dataset.targets[0]).toMatchObject({ value: 30, region: { name: '杭州市' }, source: { file: 'plan.txt', line: 3 } });
  });
  it('refuses a missing path and keeps the old dataset', () => {
    const result = run(join(dir, 'nowhere'), '--out', out);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/nowhere: no such file or folder/);
    expect(readFileSync(out, 'utf8')).toBe(PREVIOUS);
  });
  it('refuses an empty folder', () => {
    mkdirSync(join(dir, 'empty'));
    const result = run(join(dir, 'empty'), '--out', out);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/empty: the folder holds no \.txt or \.md files/);
    expect(readFileSync(out, 'utf8')).toBe(PREVIOUS);
  });
  it('names binary and empty files and writes nothing when no file could be read', () => {
    writeFileSync(join(dir, 'scan.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3]));
    writeFileSync(join(dir, 'blank.md'), '');
    const result = run(join(dir, 'scan.txt'), join(dir, 'blank.md'), '--out', out);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/scan\.txt: the file is binary/);
    expect(result.stderr).toMatch(/blank\.md: the file is empty/);
    expect(readFileSync(out, 'utf8')).toBe(PREVIOUS);
    expect(existsSync(`${out}.tmp`)).toBe(false);
  });
  it('fails --check when the committed dataset is stale', () => {
    expect(run('--check', '--out', out).status).toBe(1);
    expect(run('--check').status).toBe(0);
  });
});
