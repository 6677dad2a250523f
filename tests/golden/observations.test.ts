// Every golden case of reported figures must yield exactly its expected observations: a short
// text per phenomenon (a year's value, a month range with 同比, 截至…底, 累计, a plan's 现状
// paragraph, a target's starting point) and the figures that must stay out (forecasts, events).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractCase, projectObservation } from '../support/golden';

const CASES = join(import.meta.dirname, 'observations');
const names = readdirSync(CASES).filter((name) => name.endsWith('.txt')).sort();

describe('golden reported figures', () => {
  it('has a case for each phenomenon', () => expect(names.length).toBeGreaterThanOrEqual(7));
  for (const name of names) {
    it(name.replace(/\.txt$/, ''), () => {
      const expected: unknown = JSON.parse(readFileSync(join(CASES, name.replace(/\.txt$/, '.expected.json')), 'utf8'));
      expect(extractCase(join(CASES, name)).observations.map(projectObservation)).toEqual(expected);
    });
  }
});
