// npm run golden:case prints what the extractor makes of a case's text in the form its expectation is stored in.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const SCRIPT = join(ROOT, 'tests', 'support', 'write-golden.ts');
const run = (...args: string[]) => execFileSync(process.execPath, ['--import', 'tsx', SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' });

describe('npm run golden:case', () => {
  it('prints a passing case exactly as its expectation is stored', () => {
    const name = 'share-listed-after-a-growth';
    expect(run(name)).toBe(readFileSync(join(ROOT, 'tests', 'golden', 'cases', `${name}.expected.json`), 'utf8'));
  });

  it('names the case text it cannot find', () => {
    expect(() => run('no-such-case')).toThrow(/no case text at .*no-such-case\.txt/);
  });
});
