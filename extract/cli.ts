// The extraction CLI, the only module that touches the file system and the process.
//   npm run extract                                   seeds/ → data/targets.json
//   npm run extract -- <file-or-dir>... --out <path>  texts, web pages, PDF, Word → any dataset path
//   npm run extract:check                             fails when data/ is not what seeds/ produce
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { datasetJsonSchema } from './dataset-schema';
import { serialize } from './emit';
import { extractInputs } from './extract-inputs';
import { nodeCMaps } from './node-cmaps';
import { KNOWN_EXTENSIONS } from './read-input';
import type { InputFile } from './run-pipeline';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
const DEFAULT_INPUT = join(ROOT, 'seeds');
const DEFAULT_OUT = join(ROOT, 'data', 'targets.json');
const SCHEMA_OUT = join(ROOT, 'data', 'targets.schema.json');
const TEXT_FILE = new RegExp(`\\.(${KNOWN_EXTENSIONS.join('|')})$`, 'i');

class UsageError extends Error {}

interface Options { inputs: string[]; out: string; check: boolean }

function parseArgs(argv: readonly string[]): Options {
  const inputs: string[] = [];
  let out = DEFAULT_OUT;
  let check = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--out') {
      const value = argv[++i];
      if (!value) throw new UsageError('--out needs a path, e.g. --out data/my-targets.json');
      out = resolve(value);
    } else if (arg === '--check') check = true;
    else if (arg === '--help' || arg === '-h') throw new UsageError('usage: npm run extract -- <file-or-dir>... [--out <path>] [--check]');
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else inputs.push(resolve(arg));
  }
  return { inputs: inputs.length ? inputs : [DEFAULT_INPUT], out, check };
}

/** Files to read, each named as the dataset will cite it: relative to the folder given, or by its own name. */
function collect(paths: readonly string[]): { path: string; name: string }[] {
  const files: { path: string; name: string }[] = [];
  for (const path of paths) {
    if (!existsSync(path)) throw new UsageError(`${path}: no such file or folder`);
    if (statSync(path).isDirectory()) {
      const inside = readdirSync(path, { recursive: true, encoding: 'utf8' })
        .map((name) => join(path, name))
        .filter((file) => TEXT_FILE.test(file) && statSync(file).isFile())
        .sort();
      if (!inside.length) throw new UsageError(`${path}: the folder holds no .txt or .md files (nor .html, .pdf or .docx)`);
      files.push(...inside.map((file) => ({ path: file, name: relative(path, file) })));
    } else {
      files.push({ path, name: basename(path) });
    }
  }
  return files;
}

/** Write beside the target and rename over it, so a failure never leaves a half-written dataset. */
function writeAtomically(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } finally {
    if (existsSync(temporary)) rmSync(temporary);
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const options = parseArgs(argv);
  const paths = collect(options.inputs);
  function* inputs(): Generator<InputFile> {
    for (const { path, name } of [...paths].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) yield { name, bytes: readFileSync(path) };
  }
  const { built, problems, filesRead } = await extractInputs(inputs(), { read: { cMaps: nodeCMaps } });
  for (const { file, problem } of problems) console.error(`${file}: ${problem}`);
  if (filesRead === 0) {
    console.error(`nothing extracted: none of the ${paths.length} file(s) could be read; ${relative(process.cwd(), options.out)} is unchanged`);
    return 1;
  }
  if (!built.ok) {
    console.error(`${built.problem}\n${relative(process.cwd(), options.out)} is unchanged`);
    return 1;
  }
  const content = serialize(built.dataset);
  const schema = datasetJsonSchema();
  if (options.check) {
    const stale = [[options.out, content], [SCHEMA_OUT, schema]].filter(([path, expected]) => !existsSync(path) || readFileSync(path, 'utf8') !== expected);
    for (const [path] of stale) console.error(`${relative(process.cwd(), path)} is out of date: run npm run extract and commit the result`);
    if (!stale.length) console.log(`${relative(process.cwd(), options.out)} is up to date (${built.dataset.targets.length} records)`);
    return stale.length ? 1 : 0;
  }
  writeAtomically(options.out, content);
  if (options.out === DEFAULT_OUT) writeAtomically(SCHEMA_OUT, schema);
  const { documents, targets } = built.dataset;
  console.log(`${relative(process.cwd(), options.out)}: ${targets.length} records from ${documents.length} documents in ${filesRead} file(s)`);
  return problems.length ? 2 : 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(error.message);
  process.exitCode = 2;
}
