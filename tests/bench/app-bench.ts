// npm run bench (app part), on the production build in dist/: initial JavaScript and CSS
// gzipped; time until the first chart is drawn in headless Chromium; time to apply a filter
// with a generated 10,000-record dataset, on the table and on the overview chart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../support/browser';
import { makeDataset } from '../support/fixtures';
import { serveStatic } from '../support/static-server';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

function initialAssets(): { file: string; gzip: number }[] {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  return files.map((file) => ({ file, gzip: gzipSync(readFileSync(join(DIST, file))).length }));
}

/** Runs in the page, as a string so no build helper leaks into it: time from a filter change to the painted result. */
const APPLY_FILTER = `async ({ region, counter }) => {
  const select = document.querySelector('select[name="region"]');
  const before = document.querySelector(counter).textContent;
  const start = performance.now();
  select.value = region;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  while (document.querySelector(counter).textContent === before) await new Promise((r) => requestAnimationFrame(r));
  await new Promise((r) => requestAnimationFrame(r));
  return performance.now() - start;
}`;

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  const assets = initialAssets();
  const total = assets.reduce((sum, a) => sum + a.gzip, 0);
  console.log(`initial JS + CSS, gzipped: ${kb(total)} (aim ≤ 350 KB) — ${assets.map((a) => `${a.file} ${kb(a.gzip)}`).join(', ')}`);

  const big = JSON.stringify(makeDataset(10_000));
  const site = await serveStatic(DIST);
  const generated = await serveStatic(DIST, '/big/', (path) => (path === 'data/targets.json' ? big : undefined));
  const browser = await launchBrowser();
  try {
    const firstChart: number[] = [];
    for (let run = 0; run < 5; run++) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
      const page = await context.newPage();
      await page.goto(`${site.url}#/overview`);
      await page.waitForFunction(() => performance.getEntriesByName('first-chart').length > 0, null, { timeout: 30_000 });
      firstChart.push(await page.evaluate(() => performance.getEntriesByName('first-chart')[0].startTime));
      await context.close();
    }
    console.log(`first chart drawn (overview, bundled dataset): median ${median(firstChart).toFixed(0)} ms of 5 cold loads`);

    for (const view of ['table', 'overview'] as const) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
      const page = await context.newPage();
      await page.goto(`${generated.url}#/${view}`);
      await page.waitForSelector(view === 'table' ? '[data-testid="table-count"]' : '[data-testid="record-count"]');
      await page.waitForTimeout(500);
      const times: number[] = [];
      for (const region of ['浙江省', '北京市', '', '上海市', '全国', '']) {
        const arg = { region, counter: view === 'table' ? '[data-testid="table-count"]' : '[data-testid="record-count"]' };
        times.push(Number(await page.evaluate(`(${APPLY_FILTER})(${JSON.stringify(arg)})`)));
      }
      console.log(`apply a region filter, 10,000 records, ${view} view: median ${median(times).toFixed(0)} ms, worst ${Math.max(...times).toFixed(0)} ms (aim ≤ 100 ms)`);
      await context.close();
    }

    // notes: import 10,000 through the tracked view's file input, then open the tracked view
    const bundled = JSON.parse(readFileSync(join(DIST, 'data', 'targets.json'), 'utf8')) as { targets: { id: string }[] };
    const stamp = '2024-01-01T00:00:00.000Z';
    const notesFile = JSON.stringify({
      format: 'policy-targets-notes', version: 1, exportedAt: stamp, datasetVersion: null, tracking: [], progress: [],
      notes: Array.from({ length: 10_000 }, (_, i) => ({ id: `bench-${i}`, targetId: bundled.targets[i % bundled.targets.length].id, text: `笔记 ${i}：核对口径`, createdAt: stamp, updatedAt: stamp })),
    });
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    await page.goto(`${site.url}#/tracked`);
    await page.waitForSelector('[data-testid="tracked-table"]');
    const importStart = Date.now();
    await page.setInputFiles('[data-testid="import-notes"]', { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from(notesFile) });
    await page.waitForSelector('[data-testid="import-preview"] button:not([disabled])');
    const previewMs = Date.now() - importStart;
    await page.click('[data-testid="import-preview"] button:not([disabled])');
    await page.waitForFunction(() => !document.querySelector('[data-testid="import-preview"]') && document.querySelectorAll('[data-testid="tracked-table"] tbody tr').length > 100, null, { timeout: 60_000 });
    const importMs = Date.now() - importStart;
    const openStart = Date.now();
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="tracked-table"] tbody tr').length > 100, null, { timeout: 60_000 });
    const openMs = Date.now() - openStart;
    console.log(`import 10,000 notes (JSON): preview in ${previewMs} ms, written and shown in ${importMs} ms; open the tracked view with them: ${openMs} ms`);
    await context.close();
  } finally {
    await browser.close();
    await site.close();
    await generated.close();
  }
}

await main();
