// The app on hostile and unusual input in a real browser: links with cut-off escapes and unknown
// parameters, a browser without IndexedDB, a 50,000-record dataset typed into, and a region name
// of 100,000 characters. It must keep working, say what it cannot do, and stay quick.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { makeDataset } from '../support/fixtures';
import { keystrokeTimes, median } from '../support/keystroke';
import { serveStatic, type StaticSite } from '../support/static-server';

const ROOT = join(import.meta.dirname, '..', '..');
const SHOTS = join(ROOT, 'tests', 'e2e', 'screenshots');
mkdirSync(SHOTS, { recursive: true });

const BIG = 50_000;
const big = makeDataset(BIG);
const long = makeDataset(30);
const LONG_NAME = '很长的地区名'.repeat(100_000 / 6);
long.targets[0] = { ...long.targets[0], region: { ...long.targets[0].region, name: LONG_NAME } };

let browser: Browser;
let site: StaticSite;
let bigSite: StaticSite;
let longSite: StaticSite;

beforeAll(async () => {
  site = await serveStatic(join(ROOT, 'dist'));
  const bigJson = JSON.stringify(big);
  bigSite = await serveStatic(join(ROOT, 'dist'), '/big/', (path) => (path === 'data/targets.json' ? bigJson : undefined));
  const longJson = JSON.stringify(long);
  longSite = await serveStatic(join(ROOT, 'dist'), '/long/', (path) => (path === 'data/targets.json' ? longJson : undefined));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([site?.close(), bigSite?.close(), longSite?.close()]);
});

async function newPage(init?: () => void): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, serviceWorkers: 'block' });
  if (init) await context.addInitScript(init);
  return context.newPage();
}

describe('malformed links', () => {
  it('opens a link with a cut-off escape, and after a reload', async () => {
    const page = await newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${site.url}#/regions/%E6%B5%99%E6%B1%9F%E7%9C`);
    await page.waitForSelector('main h2', { timeout: 15_000 });
    expect(await page.textContent('main h2')).toMatch(/地区/);
    await page.reload();
    await page.waitForSelector('main h2', { timeout: 15_000 });
    expect(errors).toEqual([]);
    await page.context().close();
  });
  it('ignores parameters it cannot read and keeps the ones it can', async () => {
    const page = await newPage();
    await page.goto(`${site.url}#/table?q=%E4%B8%93%E5%88%A9%ZZ&kind=target&from=20x5&unknown=%&level=galaxy`);
    await page.waitForSelector('[data-testid="table-count"]', { timeout: 15_000 });
    expect(await page.inputValue('select[name="kind"]')).toBe('target');
    expect(await page.inputValue('select[name="level"]')).toBe('');
    expect(await page.inputValue('select[name="from"]')).toBe('');
    expect(await page.inputValue('input[name="q"]')).toBe('');
    await page.context().close();
    const fresh = await newPage();
    await fresh.goto(`${site.url}#/target/%E0%A4%A`);
    await fresh.waitForSelector('main h2', { timeout: 15_000 });
    expect(await fresh.textContent('main h2')).toMatch(/未找到该记录/);
    await fresh.context().close();
  });
});

describe('without IndexedDB', () => {
  it('says at once, in Chinese, that nothing can be saved, and offers no way to save', async () => {
    const page = await newPage(() => { delete (window as { indexedDB?: unknown }).indexedDB; });
    await page.goto(`${site.url}#/tracked`);
    const banner = page.getByTestId('storage-read-only');
    await banner.waitFor({ timeout: 15_000 });
    expect(await banner.textContent()).toMatch(/不允许本站保存数据.*只读/);
    expect(await page.getByTestId('tracked-storage-unavailable').textContent()).toMatch(/无法保存/);
    expect(await page.getByTestId('import-notes').isDisabled()).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'no-indexeddb-tracked.png') });

    await page.goto(`${site.url}#/table`);
    await page.waitForSelector('.grid-body a', { timeout: 15_000 });
    await page.locator('.grid-body a').first().click();
    await page.getByTestId('tracking-panel').waitFor();
    expect(await page.locator('[data-testid="tracking-panel"] textarea[name="note"]').isDisabled()).toBe(true);
    expect(await page.getByTestId('tracking-status').isDisabled()).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'no-indexeddb-detail.png'), fullPage: true });
    await page.context().close();
  });
});

/** Search keystroke to updated view, median of six keystrokes, on a 50,000-record dataset. */
const BAR_MS = 150;

describe('a 50,000-record dataset', () => {
  it('updates the table and the timeline within 150 ms of a search keystroke', async () => {
    const page = await newPage();
    const figures: string[] = [];
    for (const [view, watch] of [['table', '[data-testid="table-count"]'], ['timeline', '.status-counts']] as const) {
      await page.goto(`${bigSite.url}#/${view}`);
      await page.waitForSelector(watch, { timeout: 30_000 });
      if (view === 'timeline') await page.waitForSelector('[data-testid="timeline-chart"] canvas', { timeout: 30_000 });
      await page.waitForTimeout(500);
      await page.focus('input[name="q"]');
      await page.fill('input[name="q"]', '');
      // a warm-up pair: the first search of a page compiles the code the later ones run
      await keystrokeTimes(page, watch, ['北', 'Backspace']);
      // the machine is shared: a round slowed by other work is measured again, up to three rounds
      const rounds: number[][] = [];
      while (rounds.length < 3 && (rounds.length === 0 || Math.min(...rounds.map(median)) > BAR_MS)) {
        const times = await keystrokeTimes(page, watch);
        expect(Math.min(...times)).toBeGreaterThan(0);
        rounds.push(times);
      }
      const best = Math.min(...rounds.map(median));
      figures.push(`${view}: ${rounds.map((times) => `${times.map((t) => t.toFixed(0)).join(', ')} ms (median ${median(times).toFixed(0)})`).join('; again: ')}`);
      expect(best, `${view}: ${figures.at(-1)}`).toBeLessThanOrEqual(BAR_MS);
      await page.keyboard.type('浙');
      await page.waitForTimeout(600);
      await page.screenshot({ path: join(SHOTS, `search-50000-${view}.png`) });
    }
    console.log(`search keystroke → updated view, ${BIG.toLocaleString('en')} records: ${figures.join(' | ')}`);
    await page.context().close();
  }, 180_000);
});

describe('typing a search quickly', () => {
  it('filters once per pause, not once per keystroke', async () => {
    const page = await newPage();
    await page.goto(`${bigSite.url}#/table`);
    await page.waitForSelector('[data-testid="table-count"]', { timeout: 30_000 });
    await page.evaluate(() => {
      const counter = document.querySelector('[data-testid="table-count"]')!;
      (window as { updates?: string[] }).updates = [];
      new MutationObserver(() => (window as { updates?: string[] }).updates!.push(counter.textContent ?? '')).observe(counter, { subtree: true, characterData: true, childList: true });
    });
    await page.focus('input[name="q"]');
    // keys at typing speed, each within the pause that applies the search: 浙 alone would match
    // a sixth of the records, so a search per keystroke would show that count on the way
    await page.keyboard.type('浙江省x');
    await page.waitForTimeout(1500);
    const updates = await page.evaluate(() => (window as { updates?: string[] }).updates!);
    expect(await page.inputValue('input[name="q"]')).toBe('浙江省x');
    expect(new Set(updates).size).toBe(1);
    expect(updates.at(-1)).toMatch(/^0 /);
    await page.context().close();
  });
});

describe('typing a search with a Chinese input method', () => {
  it('searches for the chosen characters, not for the pinyin letters while they are composed', async () => {
    const page = await newPage();
    await page.goto(`${bigSite.url}#/table`);
    await page.waitForSelector('[data-testid="table-count"]', { timeout: 30_000 });
    const all = await page.textContent('[data-testid="table-count"]');
    await page.focus('input[name="q"]');
    // the input method shows "zhe" in the box while the user picks a character (Chromium's IME events)
    const ime = await page.context().newCDPSession(page);
    await ime.send('Input.imeSetComposition', { text: 'zhe', selectionStart: 3, selectionEnd: 3 });
    await page.waitForTimeout(600);
    expect(await page.inputValue('input[name="q"]')).toBe('zhe');
    // "zhe" matches no record: searching for it would show 0
    expect(await page.textContent('[data-testid="table-count"]')).toBe(all);
    await ime.send('Input.insertText', { text: '浙' });
    await page.waitForFunction((before) => document.querySelector('[data-testid="table-count"]')?.textContent !== before, all, { timeout: 10_000 });
    expect(await page.inputValue('input[name="q"]')).toBe('浙');
    expect(await page.textContent('[data-testid="table-count"]')).not.toMatch(/^0 /);
    await page.context().close();
  });
});

describe('a region name of 100,000 characters', () => {
  it('does not widen the region filter or the page', async () => {
    const page = await newPage();
    await page.goto(`${longSite.url}#/overview`);
    await page.waitForSelector('select[name="region"]', { timeout: 15_000 });
    const width = await page.locator('select[name="region"]').evaluate((e) => e.getBoundingClientRect().width);
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    console.log(`region <select> with a 100,000-character option: ${width.toFixed(0)} px wide; page ${pageWidth} px`);
    expect(width).toBeLessThan(400);
    expect(pageWidth).toBeLessThanOrEqual(1400);
    // the bar chart by region still has room for its bars: the long label is cut
    await page.waitForSelector('[data-testid="overview-chart"] canvas', { timeout: 15_000 });
    await page.waitForTimeout(800);
    const inked = await page.locator('[data-testid="overview-chart"] canvas').first().evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let blue = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i + 2] > 120 && data[i] < 120 && data[i + 3] > 0) blue++;
      return blue / (canvas.width * canvas.height);
    });
    expect(inked).toBeGreaterThan(0.02);
    await page.screenshot({ path: join(SHOTS, 'long-region-name.png') });
    await page.context().close();
  });
});
