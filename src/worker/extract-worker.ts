// The browser host of the extraction pipeline, the only module that touches worker messaging:
// reads the files the user gave, runs the same pipeline as the CLI on them one at a time, and
// reports after each file. Nothing leaves the browser.
import { serialize } from '../../extract/emit';
import { extractInputs } from '../../extract/extract-inputs';
import type { CMapLoader } from '../../extract/read-input';
import type { InputFile } from '../../extract/run-pipeline';
import { EXTRACT_CHANNEL, type ExtractReply, type ExtractRequest } from './messages';

type Reply = ExtractReply extends infer R ? (R extends unknown ? Omit<R, 'channel'> : never) : never;
/** The CMap files for Chinese PDFs whose fonts are not embedded (simplified GB and traditional CNS), as files of the app, fetched from its own origin (or the offline cache) when a PDF asks. */
const CMAP_URLS = import.meta.glob<string>(['../../node_modules/pdfjs-dist/cmaps/*GB*.bcmap', '../../node_modules/pdfjs-dist/cmaps/*CNS*.bcmap', '../../node_modules/pdfjs-dist/cmaps/*B5*.bcmap', '../../node_modules/pdfjs-dist/cmaps/Identity-*.bcmap'], { query: '?url&no-inline', import: 'default' });

const cMaps: CMapLoader = async (name) => {
  const url = CMAP_URLS[`../../node_modules/pdfjs-dist/cmaps/${name}.bcmap`];
  if (!url) throw new Error(`no CMap ${name}`);
  const response = await fetch(await url());
  if (!response.ok) throw new Error(`CMap ${name}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
};

const post = (reply: Reply): void => self.postMessage({ channel: EXTRACT_CHANNEL, ...reply });
const byName = (a: { name: string }, b: { name: string }): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

async function* read(files: ExtractRequest['files']): AsyncGenerator<InputFile> {
  for (const { name, file } of files) yield { name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

self.onmessage = async (event: MessageEvent<ExtractRequest>) => {
  if (!Array.isArray(event.data?.files)) return;
  const files = [...event.data.files].sort(byName);
  try {
    const result = await extractInputs(read(files), { read: { cMaps }, onFile: (report, index) => post({ type: 'file', index, total: files.length, report }) });
    if (result.filesRead === 0) { post({ type: 'failed', problem: `none of the ${files.length} file(s) could be read` }); return; }
    if (!result.built.ok) { post({ type: 'failed', problem: result.built.problem }); return; }
    post({ type: 'done', json: serialize(result.built.dataset), records: result.built.dataset.targets.length, filesRead: result.filesRead });
  } catch (error) {
    post({ type: 'failed', problem: error instanceof Error ? error.message : String(error) });
  }
};
