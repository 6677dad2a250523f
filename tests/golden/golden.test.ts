// Every golden case must yield exactly its expected records: a short text, one phenomenon each.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractCase, project } from '../support/golden';

const CASES = join(import.meta.dirname, 'cases');
const names = readdirSync(CASES).filter((name) => name.endsWith('.txt')).sort();

describe('golden extraction cases', () => {
  it('has cases to run', () => expect(names.length).toBeGreaterThanOrEqual(15));
  for (const name of names) {
    it(name.replace(/\.txt$/, ''), () => {
      const expected: unknown = JSON.parse(readFileSync(join(CASES, name.replace(/\.txt$/, '.expected.json')), 'utf8'));
      expect(extractCase(join(CASES, name)).targets.map(project)).toEqual(expected);
    });
  }
});
