// Reported figures in a real browser, on a dataset the extractor makes from two short plans whose
// 现状 paragraphs report the indicator their targets commit to: compare shows baseline → target
// with the required growth, which equals the formula on the dataset's values; the detail shows
// the figures with their quotes; the statistics view lists and exports them.
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../extract/run-pipeline';
import { linkBaselines } from '../../src/domain/baselines';
import { periodYear } from '../../src/domain/periods';
import type { Dataset } from '../../src/domain/schema';
import { launchBrowser } from '../support/browser';
import { serveStatic, type StaticSite } from '../support/static-server';

const ROOT = join(import.meta.dirname, '..', '..');
const SHOTS = join(ROOT, 'tests', 'e2e', 'screenshots');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'observations');
mkdirSync(SHOTS, { recursive: true });

function extractFixtures(): Dataset {
  const files = readdirSync(FIXTURES).filter((name) => name.endsWith('.txt')).sort().map((name) => ({ name, bytes: readFileSync(join(FIXTURES, name)) }));
  const result = runPipeline(files);
  if (!result.built.ok) throw new Error(result.built.problem);
  return result.built.dataset;
}

const dataset = extractFixtures();
const links = linkBaselines(dataset.targets, dataset.observations);
const withBaseline = dataset.targets.filter((t) => links.get(t.id)?.required);

let browser: Browser;
let site: StaticSite;
let page: Page;

beforeAll(async () => {
  site = await serveStatic(join(ROOT, 'dist'), '/policy-targets/', (path) => (path === 'data/targets.json' ? JSON.stringify(dataset) : undefined));
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1300, height: 1000 }, acceptDownloads: true, serviceWorkers: 'block' });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('reported figures', () => {
  it('the fixtures give targets with a baseline', () => {
    expect(withBaseline.length).toBeGreaterThanOrEqual(2);
  });

  it('compare shows baseline → target per region with the required annual growth of the formula', async () => {
    const key = withBaseline[0].indicatorKey;
    await page.goto(`${site.url}#/compare?indicator=${key}`);
    const chart = page.locator(`[data-testid="baseline-chart-${key}"]`);
    await chart.waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid^="baseline-chart-"] canvas') !== null);
    await chart.locator('summary').click();
    // the data table is built when opened
    await chart.locator('tbody tr').first().waitFor();
    const table = (await chart.locator('table').textContent()) ?? '';
    for (const target of withBaseline) {
      const baseline = links.get(target.id)!.baseline!;
      const years = target.deadline!.year - periodYear(baseline.period);
      const formula = ((target.normalized.value / baseline.normalized.value) ** (1 / years) - 1) * 100;
      expect(table).toContain(target.region.name);
      expect(table).toContain(`+${formula.toFixed(1)}%`);
    }
    await chart.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'observations-compare.png'), fullPage: true });
  });

  it('the detail shows the figures of that region and indicator with their quotes and the required growth', async () => {
    const target = withBaseline.find((t) => (links.get(t.id)?.observations.length ?? 0) >= 2) ?? withBaseline[0];
    const link = links.get(target.id)!;
    await page.goto(`${site.url}#/target/${target.id}`);
    await page.waitForSelector('[data-testid="observations-panel"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="observations-chart"] canvas') !== null);
    const table = (await page.textContent('[data-testid="observations-table"]')) ?? '';
    for (const o of link.observations) expect(table).toContain(o.source.quote);
    const years = target.deadline!.year - periodYear(link.baseline!.period);
    const formula = ((target.normalized.value / link.baseline!.normalized.value) ** (1 / years) - 1) * 100;
    expect(await page.textContent('[data-testid="required-rate"]')).toContain(`+${formula.toFixed(1)}%`);
    await page.locator('[data-testid="observations-panel"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'observations-detail.png'), fullPage: true });
  });

  it('tracking takes its pace from the reported figures while the user has entered none', async () => {
    const target = withBaseline.find((t) => (links.get(t.id)?.observations.length ?? 0) >= 2) ?? withBaseline[0];
    await page.goto(`${site.url}#/target/${target.id}`);
    await page.waitForSelector('[data-testid="tracking-panel"]');
    await page.selectOption('[data-testid="tracking-status"]', 'on-track');
    expect(await page.textContent('[data-testid="progress-summary"]')).toContain('据文本报告值');
    await page.goto(`${site.url}#/tracked`);
    await page.waitForSelector('[data-testid="tracked-table"] tbody tr');
    const latest = links.get(target.id)!.baseline!;
    const share = ((latest.normalized.value / target.normalized.value) * 100).toFixed(1);
    expect(await page.textContent('[data-testid="tracked-table"]')).toContain(`${share}%`);
    expect(await page.textContent('[data-testid="tracked-table"]')).toContain('据文本报告值');
  });

  it('the statistics view lists every figure and exports them as CSV', async () => {
    await page.goto(`${site.url}#/statistics`);
    await page.waitForSelector('[data-testid="statistics-table"]');
    expect(await page.locator('[data-testid="statistics-table"] tbody tr').count()).toBe(dataset.observations.length);
    await page.selectOption('[data-testid="statistics-region"]', withBaseline[0].region.name);
    const shown = dataset.observations.filter((o) => o.region.name === withBaseline[0].region.name);
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="statistics-table"] tbody tr').length === n, shown.length);
    const [file] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="statistics-csv"]')]);
    const csv = readFileSync(await file.path(), 'utf8');
    expect(csv.startsWith('\uFEFFid,measure,region')).toBe(true);
    for (const o of shown) expect(csv).toContain(o.source.quote);
    await page.screenshot({ path: join(SHOTS, 'observations-statistics.png'), fullPage: true });
  });
});
