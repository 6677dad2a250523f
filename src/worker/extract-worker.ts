// The browser host of the extraction pipeline, the only module that touches worker messaging:
// reads the files the user gave, runs the same pipeline as the CLI on them one at a time, and
// reports after each file. Nothing leaves the browser.
import { serialize } from '../../extract/emit';
import { extractInputs } from '../../extract/extract-inputs';
import type { InputFile } from '../../extract/run-pipeline';
import { EXTRACT_CHANNEL, type ExtractReply, type ExtractRequest } from './messages';

type Reply = ExtractReply extends infer R ? (R extends unknown ? Omit<R, 'channel'> : never) : never;
const post = (reply: Reply): void => self.postMessage({ channel: EXTRACT_CHANNEL, ...reply });
const byName = (a: { name: string }, b: { name: string }): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

async function* read(files: ExtractRequest['files']): AsyncGenerator<InputFile> {
  for (const { name, file } of files) yield { name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

self.onmessage = async (event: MessageEvent<ExtractRequest>) => {
  if (!Array.isArray(event.data?.files)) return;
  const files = [...event.data.files].sort(byName);
  try {
    const result = await extractInputs(read(files), { onFile: (report, index) => post({ type: 'file', index, total: files.length, report }) });
    if (result.filesRead === 0) { post({ type: 'failed', problem: `none of the ${files.length} file(s) could be read` }); return; }
    if (!result.built.ok) { post({ type: 'failed', problem: result.built.problem }); return; }
    post({ type: 'done', json: serialize(result.built.dataset), records: result.built.dataset.targets.length, filesRead: result.filesRead });
  } catch (error) {
    post({ type: 'failed', problem: error instanceof Error ? error.message : String(error) });
  }
};
