// Scores the extractor on the answer key for two seed newsletters (copied into
// tests/fixtures/answer-key) and fails below the product's bar: F1 ≥ 0.95, each field ≥ 95%.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../extract/run-pipeline';
import { score, type Answer } from '../support/score';

const ROOT = join(import.meta.dirname, '..', '..');
const KEY = join(ROOT, 'tests', 'fixtures', 'answer-key');

describe('answer key', () => {
  const answers: Answer[] = readdirSync(KEY).filter((n) => n.endsWith('.jsonl')).flatMap((name) =>
    readFileSync(join(KEY, name), 'utf8').split('\n').filter((l) => l.trim()).map((l): Answer => JSON.parse(l)));
  const files = [...new Set(answers.map((a) => a.file))].map((name) => ({ name, bytes: readFileSync(join(ROOT, 'seeds', name)) }));
  const result = runPipeline(files);
  if (!result.built.ok) throw new Error(result.built.problem);
  const measured = score(result.built.dataset.targets, answers);

  it('covers both keyed seeds', () => expect(answers.length).toBeGreaterThan(60));
  it('finds commitments with F1 ≥ 0.95', () => expect(measured.f1).toBeGreaterThanOrEqual(0.95));
  for (const field of ['kind', 'deadline', 'region', 'comparator', 'indicator'] as const) {
    it(`gets ${field} right on ≥ 95% of matched records`, () => expect(measured.fields[field]).toBeGreaterThanOrEqual(0.95));
  }
});
