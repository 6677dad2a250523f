// npm run bench (formats part), on the production build in dist/: extraction time in the
// browser's Web Worker (My data) next to the CLI's for the same files: the five seeds printed to
// PDF, and 50 files (the seeds with varied numbers as UTF-8 and GBK pages, PDF, .docx and .txt);
// the worker and PDF chunks that load only when extraction starts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { extractInputs } from '../../extract/extract-inputs';
import { launchBrowser } from '../support/browser';
import { portalPageBytes, printedPdf, wordDocument } from '../support/documents';
import { serveStatic } from '../support/static-server';

const ROOT = join(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
const gz = (file: string): number => gzipSync(readFileSync(join(DIST, file))).length;

interface File { name: string; bytes: Uint8Array }

/** The chunks My data loads when an extraction starts (what the first view loads is measured by app-bench.ts, in a browser). */
function bundleSizes(): void {
  const onDemand = readdirSync(join(DIST, 'assets')).filter((f) => /^(extract-worker|pdfjs|pdf|html|docx)-[\w-]+\.js$/.test(f)).map((f) => `assets/${f}`);
  console.log(`loaded only when an extraction starts, gzipped: ${onDemand.map((f) => `${f.replace(/-[\w-]+\.js$/, '')} ${kb(gz(f))}`).join(', ')}`);
}

async function main(): Promise<void> {
  bundleSizes();
  const seeds = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort().map((name) => ({ name: name.replace(/\.txt$/, ''), text: readFileSync(join(ROOT, 'seeds', name), 'utf8') }));
  const browser = await launchBrowser();
  const site = await serveStatic(DIST, '/bench/');
  try {
    const fivePdfs: File[] = [];
    for (const { name, text } of seeds) fivePdfs.push({ name: `${name}.pdf`, bytes: await printedPdf(browser, text) });
    const fifty: File[] = [];
    for (let copy = 0; copy < 10; copy++) {
      for (const [i, { name, text }] of seeds.entries()) {
        // vary every amount so no two copies are the same text, and cycle through the formats
        const varied = text.replace(/(\d+)(?=\s*(?:亿|万|个|家|项|%|件))/g, (n) => String(Number(n) + copy));
        const stem = `copy${copy}-${name}`;
        const format = (copy + i) % 5;
        if (format === 0) fifty.push({ name: `${stem}.html`, bytes: portalPageBytes(varied, 'utf-8') });
        else if (format === 1) fifty.push({ name: `${stem}.html`, bytes: portalPageBytes(varied, 'gbk') });
        else if (format === 2) fifty.push({ name: `${stem}.pdf`, bytes: await printedPdf(browser, varied) });
        else if (format === 3) fifty.push({ name: `${stem}.docx`, bytes: await wordDocument(varied) });
        else fifty.push({ name: `${stem}.txt`, bytes: new TextEncoder().encode(varied) });
      }
    }

    for (const [label, files] of [['the five seeds as PDF', fivePdfs], ['50 files (HTML, GBK HTML, PDF, DOCX, TXT)', fifty]] as const) {
      const megabytes = files.reduce((s, f) => s + f.bytes.length, 0) / 1024 / 1024;
      const dir = mkdtempSync(join(tmpdir(), 'formats-bench-'));
      for (const f of files) writeFileSync(join(dir, f.name), f.bytes);

      const cliStart = performance.now();
      const cli = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'extract', 'cli.ts'), dir, '--out', join(dir, 'out.json')], { cwd: ROOT, encoding: 'utf8' });
      const cliMs = performance.now() - cliStart;
      if (cli.status !== 0) throw new Error(`the CLI failed on ${label}: ${cli.stderr}`);
      const inProcessStart = performance.now();
      const { built } = await extractInputs(files);
      const inProcessMs = performance.now() - inProcessStart;
      const records = built.ok ? built.dataset.targets.length : 0;

      const page = await (await browser.newContext({ viewport: { width: 1300, height: 1000 } })).newPage();
      await page.goto(`${site.url}#/datasets`);
      await page.waitForSelector('[data-testid="documents-drop"]');
      const browserStart = performance.now();
      await page.setInputFiles('[data-testid="pick-documents"]', files.map((f) => ({ name: f.name, mimeType: 'application/octet-stream', buffer: Buffer.from(f.bytes) })));
      await page.waitForSelector('[data-testid="extract-result"]', { timeout: 600_000 });
      const browserMs = performance.now() - browserStart;
      const result = (await page.textContent('[data-testid="extract-result"]')) ?? '';
      await page.context().close();
      console.log(`extract ${label}, ${megabytes.toFixed(1)} MB, ${records} records: browser worker ${(browserMs / 1000).toFixed(1)} s (${result.trim()}); CLI ${(cliMs / 1000).toFixed(1)} s (of which extraction in-process ${(inProcessMs / 1000).toFixed(1)} s)`);
    }
  } finally {
    await browser.close();
    await site.close();
  }
}

await main();
