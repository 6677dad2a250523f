// The messages between the page and the extraction worker: files in, one report per file, then
// the dataset (as the JSON the CLI would write) or the reason there is none.
export interface ExtractRequest { files: { name: string; file: Blob }[] }

export type FileReport = { name: string; documents: number; records: number } | { name: string; problem: string };

/** Marks the worker's replies, apart from messages PDF.js posts on the same port. */
export const EXTRACT_CHANNEL = 'policy-targets-extract';

export type ExtractReply = { channel: typeof EXTRACT_CHANNEL } & (
  | { type: 'file'; index: number; total: number; report: FileReport }
  | { type: 'done'; json: string; records: number; filesRead: number }
  | { type: 'failed'; problem: string });
