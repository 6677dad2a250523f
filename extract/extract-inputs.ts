// Files in any supported format → a dataset, one file at a time, telling the caller after each
// file what was found or why it was skipped. Host-free: the CLI reads files from disk into it,
// the browser worker from the files the user dropped, and both get the same dataset.
import { readInput, type ReadOptions } from './read-input';
import { DatasetBuilder, extractText, type InputFile, type PipelineResult } from './run-pipeline';

export type FileOutcome = { name: string; documents: number; records: number } | { name: string; problem: string };

export interface ExtractOptions {
  /** Called after each file, with its place among the files given (from 1). */
  onFile?: (outcome: FileOutcome, index: number) => void;
  /** What the host lends the format readers (CMap files for PDFs). */
  read?: ReadOptions;
}

export async function extractInputs(files: Iterable<InputFile> | AsyncIterable<InputFile>, options: ExtractOptions = {}): Promise<PipelineResult> {
  const builder = new DatasetBuilder();
  let index = 0;
  for await (const file of files) {
    index++;
    const read = await readInput(file.name, file.bytes, options.read);
    if ('problem' in read) {
      builder.add({ file: file.name, problem: read.problem }, file.name);
      options.onFile?.({ name: file.name, problem: read.problem }, index);
      continue;
    }
    const extracted = extractText(file.name, read.text, read.warnings);
    const refused = builder.add(extracted, file.name);
    options.onFile?.(refused ? { name: file.name, problem: refused } : { name: file.name, documents: extracted.documents.length, records: extracted.findings.length }, index);
  }
  return builder.finish();
}
