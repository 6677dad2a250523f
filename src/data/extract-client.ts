// Runs an extraction in a Web Worker, so the page stays responsive: files in, a report per file
// as it is read, the dataset's JSON at the end. Cancelling ends the worker at once.
import { EXTRACT_CHANNEL, type ExtractReply, type FileReport } from '../worker/messages';

export interface NamedFile { name: string; file: Blob }
export type ExtractionEnd = { ok: true; json: string; records: number; filesRead: number } | { ok: false; problem: string; cancelled: boolean };

export interface Extraction { cancel: () => void; done: Promise<ExtractionEnd> }

export function startExtraction(files: readonly NamedFile[], onFile: (report: FileReport, index: number, total: number) => void): Extraction {
  const worker = new Worker(new URL('../worker/extract-worker.ts', import.meta.url), { type: 'module', name: 'extract' });
  let finish: (end: ExtractionEnd) => void = () => {};
  const done = new Promise<ExtractionEnd>((resolve) => { finish = resolve; });
  const end = (result: ExtractionEnd): void => { worker.terminate(); finish(result); };
  worker.onmessage = (event: MessageEvent<ExtractReply>) => {
    const reply = event.data;
    // PDF.js, finding itself in a worker, posts messages of its own on the same port: skip them
    if (reply?.channel !== EXTRACT_CHANNEL) return;
    if (reply.type === 'file') onFile(reply.report, reply.index, reply.total);
    else if (reply.type === 'done') end({ ok: true, json: reply.json, records: reply.records, filesRead: reply.filesRead });
    else end({ ok: false, problem: reply.problem, cancelled: false });
  };
  worker.onerror = (event) => { event.preventDefault(); end({ ok: false, problem: `the extraction stopped: ${event.message || 'the worker failed to start'}`, cancelled: false }); };
  worker.postMessage({ files: files.map(({ name, file }) => ({ name, file })) });
  return { cancel: () => end({ ok: false, problem: 'cancelled', cancelled: true }), done };
}
