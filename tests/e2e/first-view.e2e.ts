// The first view arrives in the page itself: with scripts off the overview's numbers and its chart
// (an SVG drawn at build time) are there; with scripts on, the app takes over without changing what
// is shown, and the chart becomes interactive when pointed at. A filtered address never shows the
// unfiltered first view.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHOTS, bundledDataset, hydrated, useApp } from '../support/app-under-test';

const dataset = bundledDataset();
const app = useApp();

describe('first view', () => {
  it('is in the HTML: numbers and the chart as SVG, with scripts off', async () => {
    const context = await app.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    await page.goto(`${app.site.url}#/overview`);
    expect(Number(await page.textContent('[data-testid="record-count"]'))).toBe(dataset.targets.length);
    expect(await page.locator('[data-testid="overview-chart"] .chart-canvas svg rect, [data-testid="overview-chart"] .chart-canvas svg path').count()).toBeGreaterThan(5);
    expect(await page.textContent('[data-testid="overview-chart"] .chart-canvas svg')).toContain(dataset.targets[0].region.name.slice(0, 2));
    await context.close();
  });

  it('hands over to the app without a change, then draws the interactive chart when pointed at', async () => {
    const page = await (await app.browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
    await page.goto(`${app.site.url}#/overview`);
    const before = await page.textContent('main');
    await hydrated(page);
    await page.waitForTimeout(300);
    expect(await page.textContent('main')).toBe(before);
    expect(await page.locator('[data-testid="overview-chart"] canvas').count()).toBe(0);
    await page.hover('[data-testid="overview-chart"] .chart-canvas');
    await page.waitForSelector('[data-testid="overview-chart"] canvas');
    await page.close();
  });

  it('hydrates cleanly on a later day, then shows statuses as of that day', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2031-03-01T10:00:00'));
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${app.site.url}#/overview`);
    const kept = await page.evaluateHandle(() => document.querySelector('[data-testid="record-count"]'));
    await hydrated(page);
    await page.waitForFunction(() => document.querySelector('main')?.textContent?.includes('状态截至 2031-03-01'));
    expect(await page.evaluate((node) => node === document.querySelector('[data-testid="record-count"]'), kept)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('does again, once the app has taken over, what was clicked, typed and chosen on the painted page before it did', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
    const page = await context.newPage();
    // the dataset is held back, so the app cannot take the page over until the user has acted on it
    let release = (): void => {};
    const held = new Promise<void>((resolve) => { release = resolve; });
    await page.route('**/data/targets.json', async (route) => { await held; await route.continue(); });
    await page.goto(`${app.site.url}#/overview`);
    await page.waitForSelector('#root[data-first-view] [data-testid="overview-chart"] .chart-actions button');
    // a region the page offers, the last one (not the one a select starts on)
    const regionOption = await page.locator('select[name="region"] option').evaluateAll((options) => (options as HTMLOptionElement[]).at(-1)?.value ?? '');
    expect(regionOption).not.toBe('');
    await page.fill('input[name="q"]', '亿元');
    await page.selectOption('select[name="region"]', regionOption);
    await page.check('input[name="status"][value="overdue"]');
    const svgButton = page.locator('[data-testid="overview-chart"] .chart-actions button', { hasText: 'SVG' });
    await svgButton.click();
    expect(await svgButton.getAttribute('aria-busy')).toBe('true');
    await page.screenshot({ path: join(SHOTS, 'first-view-held-click.png'), clip: { x: 0, y: 0, width: 1400, height: 900 } });
    expect(await page.evaluate(() => document.querySelector('#root[data-first-view]') !== null)).toBe(true);
    const download = page.waitForEvent('download', { timeout: 50_000 });
    release();
    await hydrated(page);
    // the export is of the chart as it stood when clicked: nothing typed or chosen had filtered it yet
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.svg$/);
    const svg = readFileSync(await file.path(), 'utf8');
    expect(svg).toMatch(/^(?:<\?xml[^>]*>\s*)?<svg[\s>]/);
    expect(svg).toContain(dataset.targets[0].region.name.slice(0, 2));
    await page.waitForFunction(() => /[?&]q=/.test(decodeURIComponent(location.hash)) && /[?&]region=/.test(location.hash));
    const hash = decodeURIComponent(await page.evaluate(() => location.hash));
    expect(hash).toContain('q=亿元');
    expect(hash).toContain(`region=${regionOption}`);
    expect(await page.inputValue('input[name="q"]')).toBe('亿元');
    expect(await page.inputValue('select[name="region"]')).toBe(regionOption);
    expect(hash).toContain('status=overdue');
    expect(await page.isChecked('input[name="status"][value="overdue"]')).toBe(true);
    expect(await svgButton.getAttribute('aria-busy')).toBeNull();
    await context.close();
  });

  it('never paints the unfiltered first view at a filtered address', async () => {
    const page = await (await app.browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
    const seen: string[] = [];
    await page.exposeFunction('seen', (text: string) => seen.push(text));
    // what each painted frame shows: a frame callback runs just before the frame is painted
    await page.addInitScript(() => {
      const look = (): void => {
        const shown = document.querySelector('[data-testid="record-count"]');
        const count = shown && shown.checkVisibility({ visibilityProperty: true }) ? shown.textContent : null;
        if (count) (window as unknown as { seen: (t: string) => void }).seen(count);
        requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await page.goto(`${app.site.url}#/overview?kind=incentive`);
    await page.waitForSelector('[data-testid="record-count"]');
    await page.waitForTimeout(300);
    const incentives = String(dataset.targets.filter((t) => t.kind === 'incentive').length);
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen)).toEqual(new Set([incentives]));
    await page.close();
  });
});
