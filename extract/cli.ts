// The extraction CLI, the only module that touches the file system and the process.
//   npm run extract                                   seeds/ → data/targets.json
//   npm run extract -- <file-or-dir>... --out <path>  texts, web pages, PDF, Word → any dataset path
//   npm run extract:check                             fails when data/ is not what seeds/ produce
import * as fs from 'node:fs';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { datasetJsonSchema } from './dataset-schema';
import { serialize } from './emit';
import { extractFiles } from './extract-files';
import { KNOWN_EXTENSIONS } from './read-input';
import { reasonOf, walkInputs } from './walk-inputs';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
const DEFAULT_INPUT = join(ROOT, 'seeds');
const DEFAULT_OUT = join(ROOT, 'data', 'targets.json');
const SCHEMA_OUT = join(ROOT, 'data', 'targets.schema.json');
const TEXT_FILE = new RegExp(`\\.(${KNOWN_EXTENSIONS.join('|')})$`, 'i');
/** npm run sets the working folder to the package root; INIT_CWD is where the user typed the command. */
const CALLER = process.env.INIT_CWD ?? process.cwd();

/** Exit codes, documented in the README. */
const Exit = {
  Ok: 0,
  NothingExtracted: 1,
  SomeSkipped: 2,
  Stale: 3,
  Usage: 64,
  CannotWrite: 73,
  Internal: 70,
} as const;

const USAGE = `usage: npm run extract -- [<file-or-folder>...] [--out <path>] [--check] [--threads <n>]

Reads policy texts — .txt/.md, web pages (.html), PDF and Word (.docx) — from files, or folders
walked for them, and writes a dataset.
  --out <path>  where to write the dataset (default data/targets.json)
  --check       write nothing; fail when the dataset at --out is not what the inputs give
  --threads <n> extract on n threads (default: one per core on a machine of 4 cores or more,
                when the inputs come to 4 MB or more); 1 keeps everything in one thread
  --help        this text

exit codes: 0 written · 1 nothing extracted · 2 written, some files skipped ·
            3 --check found the dataset out of date · 64 usage error · 73 cannot write --out`;

class ExitError extends Error {
  constructor(message: string, readonly code: number) { super(message); }
}
const usageError = (message: string): ExitError => new ExitError(`${message}\n(npm run extract -- --help for usage)`, Exit.Usage);

interface Options { inputs: string[]; out: string; check: boolean; help: boolean; threads: number | undefined }

const shown = (path: string): string => relative(CALLER, path) || '.';

function parseArgs(argv: readonly string[]): Options {
  const inputs: string[] = [];
  let out = DEFAULT_OUT;
  let check = false;
  let help = false;
  let threads: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--out') {
      const value = argv[++i];
      if (!value || value.startsWith('--')) throw usageError('--out needs a path, e.g. --out data/my-targets.json');
      out = resolve(CALLER, value);
    } else if (arg === '--threads') {
      const value = argv[++i];
      if (!value || !/^\d{1,2}$/.test(value) || Number(value) < 1) throw usageError('--threads needs a whole number of threads from 1, e.g. --threads 2');
      threads = Number(value);
    } else if (arg === '--check') check = true;
    else if (arg === '--help' || arg === '-h') help = true;
    else if (arg.startsWith('-')) throw usageError(`unknown option ${arg}`);
    else inputs.push(resolve(CALLER, arg));
  }
  return { inputs: inputs.length ? inputs : [DEFAULT_INPUT], out, check, help, threads };
}

/** Refuses an output path that is one of the inputs, a folder, or cannot be written. */
function checkOut(out: string, inputs: ReadonlySet<string>, check: boolean): void {
  let real = out;
  try { real = fs.realpathSync(out); } catch { /* does not exist yet: fine */ }
  if (inputs.has(real)) throw new ExitError(`--out ${shown(out)} is one of the input files: refusing to overwrite it`, Exit.CannotWrite);
  if (existsSync(real) && statSync(real).isDirectory()) throw new ExitError(`--out ${shown(out)} is a folder: name a file, e.g. ${shown(join(out, 'targets.json'))}`, Exit.CannotWrite);
  if (check) return;
  let folder = dirname(real);
  while (!existsSync(folder)) folder = dirname(folder);
  if (!statSync(folder).isDirectory()) throw new ExitError(`--out ${shown(out)} cannot be written: ${shown(folder)} is a file, not a folder`, Exit.CannotWrite);
  try { fs.accessSync(folder, fs.constants.W_OK); } catch { throw new ExitError(`--out ${shown(out)} cannot be written: no permission to write in ${shown(folder)}`, Exit.CannotWrite); }
}

/** Write beside the target and rename over it, so a failure never leaves a half-written dataset. */
function writeAtomically(path: string, content: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    throw new ExitError(`${shown(path)} cannot be written (${reasonOf(error)}); it is unchanged`, Exit.CannotWrite);
  } finally {
    if (existsSync(temporary)) rmSync(temporary);
  }
}

async function main(argv: readonly string[]): Promise<number> {
  const options = parseArgs(argv);
  if (options.help) { console.log(USAGE); return Exit.Ok; }
  const walked = walkInputs(fs, options.inputs.map((path) => ({ path, shown: shown(path) })), { test: (name) => TEXT_FILE.test(name), kinds: '.txt, .md, .html, .pdf or .docx' });
  if (walked.refused.length) throw usageError(walked.refused.map(({ path, problem }) => `${path}: ${problem}`).join('\n'));
  for (const { path, problem } of walked.skipped) console.error(`${shown(path)}: ${problem}`);
  checkOut(options.out, new Set(walked.files.map((f) => f.path)), options.check);

  const { built, problems, warnings, filesRead, unreadable, threadProblem } = await extractFiles(walked.files, { threads: options.threads });
  if (threadProblem) console.error(`warning: extraction threads could not be started (${threadProblem}); extracted in one thread`);
  for (const { file, problem } of [...unreadable, ...problems]) console.error(`${file}: ${problem}`);
  for (const { file, problem } of warnings) console.error(`${file}: warning: ${problem}`);
  const skipped = walked.skipped.length + unreadable.length + problems.length;
  if (filesRead === 0) {
    console.error(`nothing extracted: none of the ${walked.files.length} file(s) could be read; ${shown(options.out)} is unchanged`);
    return Exit.NothingExtracted;
  }
  if (!built.ok) {
    console.error(`${built.problem}\n${shown(options.out)} is unchanged`);
    return Exit.NothingExtracted;
  }
  const content = serialize(built.dataset);
  const schema = datasetJsonSchema();
  if (options.check) {
    const stale = [[options.out, content], [SCHEMA_OUT, schema]].filter(([path, expected]) => !existsSync(path) || readFileSync(path, 'utf8') !== expected);
    for (const [path] of stale) console.error(`${shown(path)} is out of date: run npm run extract and commit the result`);
    if (!stale.length) console.log(`${shown(options.out)} is up to date (${built.dataset.targets.length} records)`);
    return stale.length ? Exit.Stale : Exit.Ok;
  }
  writeAtomically(options.out, content);
  if (options.out === DEFAULT_OUT) writeAtomically(SCHEMA_OUT, schema);
  const { documents, targets } = built.dataset;
  console.log(`${shown(options.out)}: ${targets.length} records from ${documents.length} documents in ${filesRead} file(s)`);
  if (skipped) console.error(`${skipped} file(s) or folder(s) skipped, named above`);
  return skipped ? Exit.SomeSkipped : Exit.Ok;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof ExitError) {
    console.error(error.message);
    process.exitCode = error.code;
  } else {
    // an unforeseen failure: one line, not a stack trace, unless asked for
    console.error(`extraction failed: ${error instanceof Error ? error.message : String(error)}${process.env.DEBUG ? `\n${error instanceof Error ? error.stack : ''}` : ' (set DEBUG=1 for details)'}`);
    process.exitCode = Exit.Internal;
  }
}
