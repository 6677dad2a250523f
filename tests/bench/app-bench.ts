// npm run bench (app part), on the production build in dist/: JavaScript and CSS the overview loads
// until it is idle, gzipped; time until the first chart is on screen (the build writes it into the
// page as SVG) and until the interactive chart is drawn once pointed at; time to apply a filter
// with a generated 10,000-record dataset, on the table and on the overview chart; time from a
// search keystroke to the updated table and timeline with 50,000 records.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../support/browser';
import { makeDataset } from '../support/fixtures';
import { SEARCH_KEYS, keystrokeTimes, median } from '../support/keystroke';
import { serveStatic } from '../support/static-server';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

/** Every script and stylesheet the page fetched (its own and the chunks it imports at start). */
function gzipSizes(urls: readonly string[]): { file: string; gzip: number }[] {
  return urls.map((url) => new URL(url).pathname.replace(/^.*?\/(assets\/)/, '$1'))
    .filter((file) => /^assets\/.*\.(js|css)$/.test(file))
    .map((file) => ({ file, gzip: gzipSync(readFileSync(join(DIST, file))).length }));
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

async function main(): Promise<void> {
  const big = JSON.stringify(makeDataset(10_000));
  const site = await serveStatic(DIST);
  const generated = await serveStatic(DIST, '/big/', (path) => (path === 'data/targets.json' ? big : undefined));
  const browser = await launchBrowser();
  const prerendered = readFileSync(join(DIST, 'index.html'), 'utf8').includes('data-first-view');
  try {
    const visible: number[] = [];
    const interactive: number[] = [];
    let loadedFiles: string[] = [];
    for (let run = 0; run < 5; run++) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
      const page = await context.newPage();
      await page.goto(`${site.url}#/overview`);
      // on screen: the chart's SVG arrives with the page, so it shows at the first contentful paint
      await page.waitForSelector('[data-testid="overview-chart"] .chart-canvas svg, [data-testid="overview-chart"] canvas');
      await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
      visible.push(await page.evaluate((fromHtml) => (fromHtml
        ? performance.getEntriesByName('first-contentful-paint')[0].startTime
        : performance.getEntriesByName('first-chart')[0]?.startTime ?? Number.NaN), prerendered));
      // the page settles (app started, data loaded, idle): what it loaded is the initial load
      await page.waitForSelector('[data-testid="record-count"]');
      await page.waitForTimeout(1500);
      loadedFiles = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /\.(js|css)$/.test(n)));
      const pointedAt = await page.evaluate(() => performance.now());
      await page.hover('[data-testid="overview-chart"] .chart-canvas');
      await page.waitForFunction(() => performance.getEntriesByName('first-chart').length > 0, null, { timeout: 30_000 });
      interactive.push(await page.evaluate(() => performance.getEntriesByName('first-chart')[0].startTime) - pointedAt);
      await context.close();
    }
    const assets = gzipSizes(loadedFiles);
    const total = assets.reduce((sum, a) => sum + a.gzip, 0);
    console.log(`initial JS + CSS the overview loads until idle, gzipped: ${kb(total)} (aim ≤ 150 KB) — ${assets.sort((a, b) => b.gzip - a.gzip).map((a) => `${a.file} ${kb(a.gzip)}`).join(', ')}`);
    console.log(`first chart on screen (overview, bundled dataset): median ${median(visible).toFixed(0)} ms of 5 cold loads (aim ≤ 500 ms); interactive chart drawn ${median(interactive).toFixed(0)} ms after pointing at it`);

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

    // search keystrokes, 50,000 records: the debounce (the pause that makes a burst of keys one search) included
    const huge = JSON.stringify(makeDataset(50_000));
    const hugeSite = await serveStatic(DIST, '/huge/', (path) => (path === 'data/targets.json' ? huge : undefined));
    try {
      for (const [view, watch] of [['table', '[data-testid="table-count"]'], ['timeline', '.status-counts']] as const) {
        const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, serviceWorkers: 'block' });
        const page = await context.newPage();
        await page.goto(`${hugeSite.url}#/${view}`);
        await page.waitForSelector(view === 'timeline' ? '[data-testid="timeline-chart"] canvas' : watch, { timeout: 60_000 });
        await page.waitForTimeout(500);
        await page.focus('input[name="q"]');
        await keystrokeTimes(page, watch, ['北', 'Backspace']);
        const times = await keystrokeTimes(page, watch, [...SEARCH_KEYS, ...SEARCH_KEYS]);
        console.log(`search keystroke → updated ${view}, 50,000 records: median ${median(times).toFixed(0)} ms, worst ${Math.max(...times).toFixed(0)} ms of ${times.length} (aim ≤ 150 ms)`);
        await context.close();
      }
    } finally {
      await hugeSite.close();
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
