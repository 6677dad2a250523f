// The dashboard in a real browser, served from the production build under a sub-path: every view
// renders real data; filters change the chart and the URL and survive a reload; exports parse;
// a broken dataset gets an error screen; axe finds no serious accessibility violations.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../src/domain/schema';
import { ROOT, SHOTS, bundledDataset, hydrated, useApp } from '../support/app-under-test';
import { bundledCompareHash } from '../support/comparable';
import { serveStatic } from '../support/static-server';

const COMPARE = bundledCompareHash(bundledDataset());

const app = useApp();
let page: Page;
beforeAll(async () => { page = await app.page(); });

async function open(hash: string): Promise<void> {
  await page.goto(`${app.site.url}${hash}`);
  await page.waitForSelector('main h2');
  await hydrated(page);
}

async function chartDrawn(testId: string): Promise<void> {
  await page.waitForSelector(`[data-testid="${testId}"] canvas, [data-testid="${testId}"] .chart-canvas svg`);
  await page.waitForTimeout(400);
}

describe('dashboard', () => {
  it('renders every view with real data', async () => {
    await open('#/overview');
    await chartDrawn('overview-chart');
    expect(Number(await page.textContent('[data-testid="record-count"]'))).toBeGreaterThan(100);
    await page.screenshot({ path: join(SHOTS, 'overview.png'), fullPage: true });

    await open(COMPARE);
    await chartDrawn('compare-chart');
    await page.screenshot({ path: join(SHOTS, 'compare.png'), fullPage: true });

    await open('#/timeline');
    await chartDrawn('timeline-chart');
    await page.screenshot({ path: join(SHOTS, 'timeline.png'), fullPage: true });

    await open('#/regions');
    await chartDrawn('tile-map');
    await page.screenshot({ path: join(SHOTS, 'regions.png'), fullPage: true });
    await open(`#/regions/${encodeURIComponent('浙江省')}`);
    expect(await page.textContent('h2')).toContain('浙江省');

    await open('#/table');
    expect(await page.locator('.grid-body [role="row"]').count()).toBeGreaterThan(10);
    await page.screenshot({ path: join(SHOTS, 'table.png') });

    await page.locator('.grid-body a').first().click();
    await page.waitForSelector('.detail mark');
    expect(await page.textContent('.detail mark')).toBeTruthy();
    await page.screenshot({ path: join(SHOTS, 'detail.png'), fullPage: true });
  });

  it('applies a filter to the chart and the URL, and restores it on reload', async () => {
    await open('#/overview');
    await chartDrawn('overview-chart');
    const before = Number(await page.textContent('[data-testid="record-count"]'));
    // the chart's data table is built when opened
    await page.click('[data-testid="overview-chart"] summary');
    await page.waitForSelector('[data-testid="overview-chart"] tbody tr');
    const regionsBefore = await page.locator('[data-testid="overview-chart"] tbody tr').count();
    await page.selectOption('select[name="region"]', '浙江省');
    await page.waitForFunction(() => decodeURIComponent(location.hash).includes('region=浙江省'));
    const after = Number(await page.textContent('[data-testid="record-count"]'));
    expect(after).toBeLessThan(before);
    expect(await page.locator('[data-testid="overview-chart"] tbody tr').count()).toBeLessThan(regionsBefore);
    await page.reload();
    await page.waitForSelector('[data-testid="record-count"]');
    expect(Number(await page.textContent('[data-testid="record-count"]'))).toBe(after);
    expect(await page.inputValue('select[name="region"]')).toBe('浙江省');
  });

  it('switches the interface to English and keeps quotes in Chinese', async () => {
    await open('#/table?lang=en');
    expect(await page.textContent('.top nav')).toContain('Timeline');
    expect(await page.textContent('.grid-body')).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('exports PNG, SVG, CSV and JSON files that parse', async () => {
    await open('#/overview?kind=incentive');
    await chartDrawn('overview-chart');
    const png = await download(() => page.click('[data-testid="overview-chart"] button:has-text("PNG")'));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const svg = (await download(() => page.click('[data-testid="overview-chart"] button:has-text("SVG")'))).toString('utf8');
    expect(svg).toMatch(/^<svg[\s\S]*<\/svg>$/);
    expect(svg).toContain('数据版本');
    const csv = await download(() => page.click('button:has-text("导出 CSV")'));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<Record<string, string>>(csv.toString('utf8').slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.length).toBeGreaterThan(5);
    expect(parsed.data.every((r) => r.kind === 'incentive')).toBe(true);
    expect(parsed.data[0].quote).toMatch(/[\u4e00-\u9fa5]/);
    const json = JSON.parse((await download(() => page.click('button:has-text("导出 JSON")'))).toString('utf8'));
    expect(DatasetSchema.safeParse(json).success).toBe(true);
  });

  it('shows an error screen for a broken dataset', async () => {
    const broken = await serveStatic(join(ROOT, 'dist'), '/broken/', (path) => (path === 'data/targets.json' ? '{"schemaVersion": 1, "targets": "oops"}' : undefined));
    try {
      await page.goto(`${broken.url}#/overview`);
      await page.waitForSelector('[data-testid="dataset-error"]');
      expect(await page.textContent('[data-testid="dataset-error"]')).toMatch(/does not match the dataset schema[\s\S]*targets/);
      await page.screenshot({ path: join(SHOTS, 'broken-dataset.png') });
    } finally {
      await broken.close();
    }
  });

  it('has no serious accessibility violations', async () => {
    for (const hash of ['#/overview', COMPARE, '#/compare?tab=matrix', '#/timeline', '#/regions', '#/table']) {
      await open(hash);
      await page.waitForTimeout(300);
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${hash} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
    }
  });
});

async function download(action: () => Promise<void>): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), action()]);
  const path = await file.path();
  return readFileSync(path);
}
