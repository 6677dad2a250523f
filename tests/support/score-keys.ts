// Scores the extractor on answer keys laid out as the development key is (a folder holding docs/
// and gold.jsonl): per key and pooled, F1 and the share of matched records with each field right.
// Files are read as the CLI reads them (each format's reader, a page's markup saved as text included).
// It is how a held-out key built from texts nobody has read is measured, and how a change of rules
// is seen on it: --against <checkout> scores another checkout's extractor on the same keys and lists
// every record the two read differently.
//
//   npm run score:keys -- <key folder>... [--verbose] [--against <checkout>]
//
// --verbose lists each key's misses, false finds and wrong fields, as ../shared/eval/score.py does.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Target } from '../../src/domain/schema';
import { extractInputs } from '../../extract/extract-inputs';
// the towns list, as the CLI loads it: a town's text is placed in its town
import '../../extract/node-towns';
import type { InputFiles, PipelineResult } from '../../extract/run-pipeline';
import { parseAnswers, score, wrongFields, type Answer } from './score';

type Pipeline = (files: InputFiles) => Promise<PipelineResult>;

interface Scored { key: string; answers: Answer[]; targets: Target[]; result: ReturnType<typeof score> }

const USAGE = 'usage: npm run score:keys -- <key folder>... [--verbose] [--against <checkout>]';

function parseArgs(argv: string[]): { keys: string[]; verbose: boolean; against?: string } {
  const keys: string[] = [];
  let verbose = false;
  let against: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--verbose') verbose = true;
    else if (argv[i] === '--against') against = argv[++i];
    else if (argv[i].startsWith('--')) throw new Error(`unknown option ${argv[i]}\n${USAGE}`);
    else keys.push(argv[i]);
  }
  if (!keys.length || (argv.includes('--against') && !against)) throw new Error(USAGE);
  for (const key of keys) {
    if (!existsSync(join(key, 'gold.jsonl')) || !existsSync(join(key, 'docs'))) throw new Error(`${key}: not a key folder (it needs docs/ and gold.jsonl)`);
  }
  return { keys, verbose, against };
}

async function loadPipeline(checkout: string): Promise<Pipeline> {
  const module = join(resolve(checkout), 'extract', 'extract-inputs.ts');
  if (!existsSync(module)) throw new Error(`${checkout}: no extract/extract-inputs.ts there`);
  const towns = join(resolve(checkout), 'extract', 'node-towns.ts');
  if (existsSync(towns)) await import(pathToFileURL(towns).href);
  return ((await import(pathToFileURL(module).href)) as { extractInputs: Pipeline }).extractInputs;
}

async function scoreKey(key: string, pipeline: Pipeline): Promise<Scored> {
  const answers = parseAnswers(readFileSync(join(key, 'gold.jsonl'), 'utf8'), join(key, 'gold.jsonl'));
  const docs = join(key, 'docs');
  const files = readdirSync(docs).sort().map((name) => ({ name, bytes: readFileSync(join(docs, name)) }));
  const result = await pipeline(files);
  if (!result.built.ok) throw new Error(`${key}: ${result.built.problem}`);
  const targets = result.built.dataset.targets;
  return { key: basename(resolve(key)), answers, targets, result: score(targets, answers) };
}

const pct = (share: number): string => (share * 100).toFixed(1).padStart(5);

function figures(scored: readonly Scored[]): string {
  const tp = scored.reduce((n, s) => n + s.result.matches.length, 0);
  const predicted = tp + scored.reduce((n, s) => n + s.result.falseFinds.length, 0);
  const answers = scored.reduce((n, s) => n + s.answers.length, 0);
  const precision = predicted ? tp / predicted : 0;
  const recall = answers ? tp / answers : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const share = (field: (s: Scored) => number): number => (tp ? scored.reduce((n, s) => n + field(s) * s.result.matches.length, 0) / tp : 0);
  const f = (name: keyof Scored['result']['fields']) => pct(share((s) => s.result.fields[name]));
  return `${String(answers).padStart(5)} ${f1.toFixed(3)} ${precision.toFixed(3)} ${recall.toFixed(3)} ${f('region')} ${f('deadline')} ${f('indicator')} ${f('kind')} ${f('comparator')} ${pct(share((s) => s.result.allFields))}`;
}

function details(s: Scored): string[] {
  return [
    ...s.result.missed.map((a) => `MISS  ${a.file}:${a.line} ${a.value}${a.unit} ${a.quote}`),
    ...s.result.falseFinds.map((t) => `FALSE ${basename(t.source.file)}:${t.source.line} ${t.value}${t.unit} ${t.source.quote.slice(0, 60)}`),
    ...s.result.matches.flatMap(([a, t]) => {
      const wrong = wrongFields(a, t);
      return wrong.length ? [`FIELD ${a.file}:${a.line} ${a.value}${a.unit} [${wrong.join(',')}] key: ${a.region} ${a.deadline?.slice(0, 4) ?? null} ${a.indicator} | read: ${t.region.name} ${t.deadline?.year ?? null} ${t.indicator}`] : [];
    }),
  ];
}

/** Each key in turn: one key's texts in memory at a time. */
async function scoreAll(keys: readonly string[], pipeline: Pipeline): Promise<Scored[]> {
  const scored: Scored[] = [];
  for (const key of keys) scored.push(await scoreKey(key, pipeline));
  return scored;
}

/** A record as compared between two checkouts: where it stands and every field scored. */
const reading = (t: Target): string =>
  `${basename(t.source.file)}:${t.source.line} ${t.value}${t.unit} ${t.kind} ${t.comparator} ${t.deadline?.year ?? '-'} ${t.region.name} ${t.indicator}`;

function changes(ours: readonly Scored[], theirs: readonly Scored[]): string[] {
  return ours.flatMap((s, i) => {
    const a = new Set(theirs[i].targets.map(reading));
    const b = new Set(s.targets.map(reading));
    return [...[...a].filter((r) => !b.has(r)).map((r) => `- ${s.key} ${r}`), ...[...b].filter((r) => !a.has(r)).map((r) => `+ ${s.key} ${r}`)];
  });
}

async function main(): Promise<void> {
  const { keys, verbose, against } = parseArgs(process.argv.slice(2));
  const ours = await scoreAll(keys, (files) => extractInputs(files));
  const header = 'key          answers    F1     P     R  region deadl. indic.  kind  comp.   all';
  const lines = (label: string, scored: readonly Scored[]) => [
    ...scored.map((s) => `${(label + s.key).padEnd(12)} ${figures([s])}`),
    ...(scored.length > 1 ? [`${(label + 'pooled').padEnd(12)} ${figures(scored)}`] : []),
  ];
  console.log(header);
  for (const line of lines('', ours)) console.log(line);
  if (verbose) for (const s of ours) for (const line of details(s)) console.log(`${s.key} ${line}`);
  if (against) {
    const pipeline = await loadPipeline(against);
    const theirs = await scoreAll(keys, pipeline);
    console.log(`\n${against}:`);
    for (const line of lines('', theirs)) console.log(line);
    const changed = changes(ours, theirs);
    console.log(`\n${changed.length ? changed.join('\n') : 'no record read differently'}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 64;
});
