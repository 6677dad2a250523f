// Files in any supported format → a dataset, one file at a time, telling the caller after each
// file what was found or why it was skipped. Host-free: the CLI reads files from disk into it,
// the browser worker from the files the user dropped, and both get the same dataset. A host with
// threads to spare lends a runner: several files are then read at once, and still taken in order.
import { readInput, type ReadOptions } from './read-input';
import { DatasetBuilder, textRecords, type FileProblem, type FileRecords, type InputFile, type PipelineResult } from './run-pipeline';

export type FileOutcome = { name: string; documents: number; records: number } | { name: string; problem: string };

/** Extracts files elsewhere (other threads): up to `concurrency` at once. Its results are copies, not views of the file's text. */
export interface ExtractRunner {
  concurrency: number;
  extract(file: InputFile): Promise<FileRecords | FileProblem>;
}

export interface ExtractOptions {
  /** Called after each file, with its place among the files given (from 1). */
  onFile?: (outcome: FileOutcome, index: number) => void;
  /** What the host lends the format readers (CMap files for PDFs). */
  read?: ReadOptions;
  runner?: ExtractRunner;
}

/** One file: read from its format, then extracted into records; or the reason it could not be read. */
export async function extractInput(file: InputFile, read?: ReadOptions): Promise<FileRecords | FileProblem> {
  const text = await readInput(file.name, file.bytes, read);
  if ('problem' in text) return { file: file.name, problem: text.problem };
  return textRecords(file.name, text.text, text.warnings);
}

export async function extractInputs(files: Iterable<InputFile> | AsyncIterable<InputFile>, options: ExtractOptions = {}): Promise<PipelineResult> {
  const builder = new DatasetBuilder();
  const { runner } = options;
  const pending: { name: string; result: Promise<FileRecords | FileProblem> }[] = [];
  let index = 0;
  const takeOldest = async (): Promise<void> => {
    const { name, result } = pending.shift()!;
    const extracted = await result;
    index++;
    const refused = builder.add(extracted, name, { copied: Boolean(runner) });
    options.onFile?.('problem' in extracted ? { name, problem: extracted.problem }
      : refused ? { name, problem: refused } : { name, documents: extracted.documents.length, records: extracted.targets.length }, index);
  };
  for await (const file of files) {
    const result = runner ? runner.extract(file) : extractInput(file, options.read);
    // a failure is met when its turn comes; until then it is not an unhandled rejection
    result.catch(() => undefined);
    pending.push({ name: file.name, result });
    if (pending.length >= (runner?.concurrency ?? 1)) await takeOldest();
  }
  while (pending.length) await takeOldest();
  return builder.finish();
}
