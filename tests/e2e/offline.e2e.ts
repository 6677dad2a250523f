// Static hosting and offline use: the build served under a sub-path, visited once, works with
// the network cut (every view, chart and note); it asks nothing of other origins; a new deploy
// is offered as a reload; a user's own dataset is validated, compared and kept across reloads,
// and a broken one is refused without changing anything.
import { cpSync, mkdtempSync, readFileSync, writeFileSync, appendFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../src/domain/schema';
import { launchBrowser } from '../support/browser';
import { bundledCompareHash } from '../support/comparable';
import { serveStatic, type StaticSite } from '../support/static-server';

const ROOT = join(import.meta.dirname, '..', '..');
const SHOTS = join(ROOT, 'tests', 'e2e', 'screenshots');
mkdirSync(SHOTS, { recursive: true });
const bundled = JSON.parse(readFileSync(join(ROOT, 'data', 'targets.json'), 'utf8'));

let browser: Browser;
let site: StaticSite;
let root: string;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'site-'));
  cpSync(join(ROOT, 'dist'), root, { recursive: true });
  site = await serveStatic(root, '/some/sub/path/');
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1300, height: 1000 } });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function controlled(p: Page): Promise<void> {
  await p.evaluate(async () => { await navigator.serviceWorker.ready; });
  if (!(await p.evaluate(() => Boolean(navigator.serviceWorker.controller)))) await p.reload();
  await p.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
}

describe('static hosting and offline', () => {
  it('loads under a sub-path, asking nothing of other origins, under a Content-Security-Policy', async () => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${site.url}#/overview`);
    await page.waitForSelector('[data-testid="overview-chart"] canvas, [data-testid="overview-chart"] .chart-canvas svg');
    await controlled(page);
    const origin = new URL(site.url).origin;
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(csp).toContain("default-src 'self'");
    expect(await page.getAttribute('link[rel="manifest"]', 'href')).toBeTruthy();
  });

  it('works with the network cut: every view, chart and note', async () => {
    const target = bundled.targets[0];
    // a fresh load of the detail, not a change of hash in the page the service worker has just
    // taken over (which can still be settling and leave the old view in place)
    await page.goto('about:blank');
    await page.goto(`${site.url}#/target/${target.id}`);
    // the detail and its notes load on demand, while the service worker may still be filling its cache
    await page.waitForSelector('textarea[name="note"]', { timeout: 50_000 }).catch(async (error: unknown) => {
      await page.screenshot({ path: join(ROOT, 'tests/e2e/screenshots/offline-detail-failed.png') });
      throw error;
    });
    await page.fill('textarea[name="note"]', '离线也要在');
    await page.click('button:has-text("添加笔记")');
    await page.waitForSelector('[data-testid="notes"] li');
    await context.setOffline(true);
    try {
      for (const [hash, selector] of [
        ['#/overview', '[data-testid="overview-chart"] canvas, [data-testid="overview-chart"] .chart-canvas svg'], [bundledCompareHash(DatasetSchema.parse(bundled)), '[data-testid="compare-chart"] canvas'],
        ['#/timeline', '[data-testid="timeline-chart"] canvas'], ['#/regions', '[data-testid="tile-map"] canvas'],
        ['#/table', '.grid-body [role="row"]'], ['#/tracked', '[data-testid="tracked-table"] tbody tr'], [`#/target/${target.id}`, '[data-testid="notes"] li'],
      ] as const) {
        await page.goto(`${site.url}${hash}`);
        await page.reload();
        await page.waitForSelector(selector, { timeout: 15_000 });
      }
      expect(await page.textContent('[data-testid="notes"]')).toContain('离线也要在');
      await page.screenshot({ path: join(SHOTS, 'offline-detail.png') });
    } finally {
      await context.setOffline(false);
    }
  });

  it('offers a reload when a new version is deployed', async () => {
    await page.goto(`${site.url}#/overview`);
    await controlled(page);
    appendFileSync(join(root, 'sw.js'), '\n// a new deployment\n');
    await page.evaluate(async () => { const registration = await navigator.serviceWorker.ready; await registration.update(); });
    await page.waitForSelector('[data-testid="update-prompt"]', { timeout: 20_000 });
    await page.screenshot({ path: join(SHOTS, 'update-prompt.png') });
    // the new worker takes over and the page reloads itself; wait for that reload to finish
    await Promise.all([page.waitForEvent('load', { timeout: 20_000 }), page.click('[data-testid="update-prompt"] button')]);
    await page.waitForSelector('[data-testid="overview-chart"] canvas, [data-testid="overview-chart"] .chart-canvas svg');
    await page.waitForTimeout(500);
    expect(await page.locator('[data-testid="update-prompt"]').count()).toBe(0);
  });
});

describe('your own dataset', () => {
  const mine = structuredClone(bundled);
  mine.targets = mine.targets.slice(5);
  mine.targets[0].deadline = { year: 2031, date: null };
  mine.targets.push({ ...structuredClone(mine.targets[1]), id: 'abcdefabcdef', indicator: '自己的指标', value: 42 });
  mine.version = '0123456789ab';
  const file = join(mkdtempSync(join(tmpdir(), 'mine-')), 'my-targets.json');
  writeFileSync(file, JSON.stringify(mine));

  it('opens, validates, compares and keeps a dataset across a reload', async () => {
    await page.goto(`${site.url}#/datasets`);
    await page.setInputFiles('[data-testid="open-dataset"]', file);
    await page.waitForSelector('[data-testid="dataset-opened"]');
    const diff = await page.textContent('[data-testid="dataset-diff"]');
    expect(diff).toContain('新增 1');
    expect(diff).toContain('移除 5');
    expect(diff).toContain('变化 1');
    await page.screenshot({ path: join(SHOTS, 'datasets.png'), fullPage: true });
    await page.reload();
    await page.waitForSelector('[data-testid="user-dataset"]');
    expect(await page.textContent('[data-testid="user-dataset"]')).toContain('0123456789ab');
    await page.click('input[name="data"] >> nth=1');
    await page.click('.top nav a:has-text("概览")');
    await page.waitForSelector('[data-testid="record-count"]');
    expect(Number(await page.textContent('[data-testid="record-count"]'))).toBe(mine.targets.length);
  });

  it('refuses a broken dataset with a clear message and changes nothing', async () => {
    await page.goto(`${site.url}#/datasets`);
    await page.waitForSelector('[data-testid="user-dataset"]');
    const broken = { ...mine, targets: [{ ...mine.targets[0], comparator: 'about' }] };
    await page.setInputFiles('[data-testid="open-dataset"]', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    await page.waitForSelector('[data-testid="dataset-refused"]');
    expect(await page.textContent('[data-testid="dataset-refused"]')).toMatch(/broken\.json does not match the dataset schema[\s\S]*targets\.0\.comparator/);
    await page.setInputFiles('[data-testid="open-dataset"]', { name: 'not-json.json', mimeType: 'application/json', buffer: Buffer.from('not json') });
    await page.waitForFunction(() => document.querySelector('[data-testid="dataset-refused"]')?.textContent?.includes('not-json.json'));
    await page.screenshot({ path: join(SHOTS, 'dataset-refused.png') });
    await page.reload();
    await page.waitForSelector('[data-testid="user-dataset"]');
    expect(await page.textContent('[data-testid="user-dataset"]')).toContain('my-targets.json');
    expect(await page.textContent('[data-testid="user-dataset"]')).toContain('0123456789ab');
  });
});
