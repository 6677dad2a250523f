// Scores a dataset against the answer key the way ../shared/eval/score.py does: a record matches
// an answer when it cites a line within one of the answer's lines and carries the same value;
// then precision, recall, F1, per-field accuracy over the matches, and the share of matches with
// kind, deadline, region and indicator all right (the indicator at a looser 0.4, as score.py has it).
import { z } from 'zod';
import type { Target } from '../../src/domain/schema';
import { similarity } from '../../src/domain/text';

/** One record of an answer key (JSON Lines), in the fields scored. */
export const AnswerSchema = z.object({
  file: z.string().min(1), line: z.number().int().positive(), also_lines: z.array(z.number().int()).optional(),
  kind: z.string(), indicator: z.string(), value: z.number(), unit: z.string(), base_value: z.number(),
  comparator: z.string(), deadline: z.string().nullable(), region: z.string(), quote: z.string(),
});
export type Answer = z.infer<typeof AnswerSchema>;

/** Reads an answer key, naming the file and line of a record that does not fit. */
export function parseAnswers(text: string, source: string): Answer[] {
  return text.split('\n').flatMap((line, index) => {
    if (!line.trim()) return [];
    const parsed = AnswerSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${source}:${index + 1}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
    return [parsed.data];
  });
}

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

export function score(targets: readonly Target[], answers: readonly Answer[]) {
  const files = new Set(answers.map((a) => a.file));
  const predictions = targets.filter((t) => files.has(t.source.file.replace(/^.*[\\/]/, '')));
  const used = new Set<number>();
  const matches: [Answer, Target][] = [];
  for (const answer of answers) {
    const lines = [answer.line, ...(answer.also_lines ?? [])];
    let best: [number, number] | null = null;
    predictions.forEach((p, i) => {
      if (used.has(i) || p.source.file.replace(/^.*[\\/]/, '') !== answer.file) return;
      if (!lines.some((l) => Math.abs(p.source.line - l) <= 1)) return;
      if (!close(p.normalized.value, answer.base_value) && !(close(p.value, answer.value) && p.unit === answer.unit)) return;
      const s = Number(p.source.line === answer.line) + similarity(p.source.quote, answer.quote);
      if (!best || s > best[0]) best = [s, i];
    });
    if (best) { used.add(best[1]); matches.push([answer, predictions[best[1]]]); }
  }
  const tp = matches.length;
  const precision = predictions.length ? tp / predictions.length : 0;
  const recall = answers.length ? tp / answers.length : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const share = (ok: FieldTest): number => (tp ? matches.filter(([a, t]) => ok(a, t)).length / tp : 0);
  const matched = new Set(matches.map(([a]) => a));
  return {
    precision, recall, f1, matches,
    missed: answers.filter((a) => !matched.has(a)),
    falseFinds: predictions.filter((_, i) => !used.has(i)),
    allFields: share(allFieldsRight),
    fields: Object.fromEntries(FIELDS.map((field) => [field, share(FIELD_TESTS[field])])) as Record<Field, number>,
  };
}

type FieldTest = (a: Answer, t: Target) => boolean;
const answerYear = (a: Answer): number | null => (a.deadline ? Number(String(a.deadline).slice(0, 4)) : null);

/** Each field scored, and when a matched record has it right (the indicator: names alike by half their character pairs). */
export const FIELD_TESTS = {
  kind: (a, t) => a.kind === t.kind,
  deadline: (a, t) => answerYear(a) === (t.deadline?.year ?? null),
  region: (a, t) => a.region === t.region.name,
  comparator: (a, t) => a.comparator === t.comparator,
  indicator: (a, t) => similarity(a.indicator, t.indicator) >= 0.5,
} satisfies Record<string, FieldTest>;
export type Field = keyof typeof FIELD_TESTS;
const FIELDS = Object.keys(FIELD_TESTS) as Field[];

/** Kind, deadline, region and indicator all right, the indicator at score.py's looser 0.4. */
const allFieldsRight: FieldTest = (a, t) => FIELD_TESTS.kind(a, t) && FIELD_TESTS.deadline(a, t) && FIELD_TESTS.region(a, t) && similarity(a.indicator, t.indicator) >= 0.4;

/** The fields a matched record has wrong. */
export const wrongFields = (a: Answer, t: Target): Field[] => FIELDS.filter((field) => !FIELD_TESTS[field](a, t));
