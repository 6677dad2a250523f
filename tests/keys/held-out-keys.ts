// Two checks for whoever builds a held-out key (docs/held-out-keys.md), neither of which shows how the extractor reads it:
// checkKey: every record of gold.jsonl is in the key format (the fields the scorer reads, and the rest the brief asks for),
// names a doc the key holds and a line of it, and quotes that line; every source names a doc.
// seenBefore: whether a text repeats one already seen (in the repository's tests, rules, seeds and docs, or in another key).
// agreement: a second key of the same texts, annotated apart from the first, scored against it as the extractor is: how far
// two readers of the brief agree, the most a key can tell apart.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { z } from 'zod';
import type { Target } from '../../src/domain/schema';
import { AnswerSchema, parseAnswers, score, type Answer } from '../support/score';

const ROOT = join(import.meta.dirname, '..', '..');

/** A key record as the brief writes it: the scorer's fields, made strict, and the ones it does not score. */
const KeyRecordSchema = AnswerSchema.extend({
  also_lines: z.array(z.number().int().positive()),
  doc_title: z.string(),
  level: z.enum(['national', 'province', 'city', 'district']),
  kind: z.enum(['target', 'incentive']),
  value2: z.number().nullable(),
  base_unit: z.string(),
  comparator: z.enum(['=', '>=', '<=', '~', 'range']),
  deadline: z.string().regex(/^(?:19|20)\d{2}/).nullable(),
}).strict();

const jsonLines = (path: string): string[] => readFileSync(path, 'utf8').split('\n');

/** What is wrong with a key folder, each with its place; empty when nothing is. */
export function checkKey(folder: string): string[] {
  const docsDir = join(folder, 'docs');
  if (!existsSync(docsDir) || !existsSync(join(folder, 'gold.jsonl'))) return [`${folder}: not a key folder (it needs docs/ and gold.jsonl)`];
  const docs = new Map(readdirSync(docsDir).map((name) => [name, readFileSync(join(docsDir, name), 'utf8').split('\n')]));
  const problems: string[] = [];
  if (existsSync(join(folder, 'sources.jsonl'))) jsonLines(join(folder, 'sources.jsonl')).forEach((line, i) => {
    if (!line.trim()) return;
    const doc = (JSON.parse(line) as { doc?: string }).doc;
    if (!doc || !docs.has(doc)) problems.push(`sources.jsonl:${i + 1}: no doc ${doc ?? '(none named)'}`);
  });
  jsonLines(join(folder, 'gold.jsonl')).forEach((line, i) => {
    if (!line.trim()) return;
    const at = `gold.jsonl:${i + 1}`;
    let raw: unknown;
    try { raw = JSON.parse(line); } catch (error) { problems.push(`${at}: not JSON (${(error as Error).message})`); return; }
    const parsed = KeyRecordSchema.safeParse(raw);
    if (!parsed.success) { problems.push(`${at}: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || 'record'} ${issue.message}`).join('; ')}`); return; }
    const record = parsed.data;
    const lines = docs.get(record.file);
    if (!lines) problems.push(`${at}: no doc ${record.file}`);
    else if (record.line > lines.length) problems.push(`${at}: ${record.file} has no line ${record.line}`);
    else if (!lines[record.line - 1].includes(record.quote)) problems.push(`${at}: the quote is not on line ${record.line} of ${record.file}: ${record.quote}`);
  });
  return problems;
}

/** Whitespace dropped and wide punctuation made narrow, so a text copied with other spaces or commas still matches. */
function plain(text: string): string {
  return text.replace(/\s+/g, '').replace(/[，；：（）]/g, (c) => ({ '，': ',', '；': ';', '：': ':', '（': '(', '）': ')' })[c] ?? c);
}

/** Passages of 14 characters holding a digit, one every 40: what a text is recognised by. */
function passages(text: string): string[] {
  const found: string[] = [];
  for (let i = 0; i + 14 < text.length; i += 40) if (/\d/.test(text.slice(i, i + 14))) found.push(text.slice(i, i + 14));
  return found;
}

const SEEN_IN = ['tests/golden', 'tests/fixtures', 'tests/unit', 'seeds', 'extract', 'docs'];

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]));
}

/** A file's text, or nothing when it is gone (another key's builder may delete a doc while this one reads the folder). */
function readIfPresent(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw error;
  }
}

/** For each doc, whether a passage of it stands in the repository or in another doc under the folder of keys. */
export function seenBefore(keysFolder: string, docs: readonly string[]): Map<string, boolean> {
  const repository = SEEN_IN.flatMap((dir) => filesUnder(join(ROOT, dir))).filter((file) => /\.(txt|md|ts|json)$/.test(file));
  const keyDocs = existsSync(keysFolder) ? readdirSync(keysFolder).flatMap((set) => filesUnder(join(keysFolder, set, 'docs'))) : [];
  const known = repository.map((file) => plain(readFileSync(file, 'utf8')));
  return new Map(docs.map((doc) => {
    const others = keyDocs.filter((file) => resolve(file) !== resolve(doc)).map((file) => plain(readIfPresent(file)));
    const text = plain(readFileSync(doc, 'utf8'));
    return [basename(doc), passages(text).some((passage) => known.some((k) => k.includes(passage)) || others.some((o) => o.includes(passage)))];
  }));
}

/** A second key's answer in the fields the scorer reads of a record (only those: it is scored, never stored). */
function asRecord(answer: Answer): Target {
  const record = {
    kind: answer.kind, indicator: answer.indicator, value: answer.value, unit: answer.unit, comparator: answer.comparator,
    normalized: { value: answer.base_value }, deadline: answer.deadline ? { year: Number(answer.deadline.slice(0, 4)), date: null } : null,
    region: { name: answer.region }, source: { file: answer.file, line: answer.line, quote: answer.quote },
  };
  return record as unknown as Target;
}

const answersOf = (folder: string): Answer[] => parseAnswers(readFileSync(join(folder, 'gold.jsonl'), 'utf8'), join(folder, 'gold.jsonl'));

/**
 * The second keys (folders with gold.jsonl) scored against the first keys of the same texts, pair by pair and pooled, as the
 * extractor's records are scored (the keys' file names must differ from pair to pair, as the brief's set names make them).
 */
export function agreement(pairs: readonly (readonly [first: string, second: string])[]): ReturnType<typeof score> {
  return score(pairs.flatMap(([, second]) => answersOf(second).map(asRecord)), pairs.flatMap(([first]) => answersOf(first)));
}

const percent = (share: number): string => `${(share * 100).toFixed(1)}%`;

if (process.argv[1] === import.meta.filename) {
  const [command, ...args] = process.argv.slice(2);
  if (command === 'check' && args.length === 1) {
    const problems = checkKey(args[0]);
    console.log(problems.length ? problems.join('\n') : 'OK');
    process.exitCode = problems.length ? 1 : 0;
  } else if (command === 'seen' && args.length >= 2) {
    for (const [doc, seen] of seenBefore(args[0], args.slice(1))) console.log(`${doc}: ${seen ? 'SEEN' : 'NEW'}`);
  } else if (command === 'agree' && args.length >= 2 && args.length % 2 === 0) {
    const pairs = args.flatMap((first, i) => (i % 2 === 0 ? [[first, args[i + 1]] as const] : []));
    for (const [label, scored] of [...pairs.map((pair) => [basename(pair[0]), agreement([pair])] as const), ...(pairs.length > 1 ? [['pooled', agreement(pairs)] as const] : [])]) {
      const { f1, precision, recall, fields, allFields, matches } = scored;
      console.log(`${label}: ${matches.length} matched, F1 ${f1.toFixed(3)} (P ${precision.toFixed(3)} R ${recall.toFixed(3)}) · region ${percent(fields.region)} · deadline ${percent(fields.deadline)} · indicator ${percent(fields.indicator)} · kind ${percent(fields.kind)} · comparator ${percent(fields.comparator)} · all fields ${percent(allFields)}`);
    }
  } else {
    console.error('usage: npm run keys -- check <key folder> | seen <keys folder> <doc>... | agree (<key folder> <second key folder>)...');
    process.exitCode = 64;
  }
}
