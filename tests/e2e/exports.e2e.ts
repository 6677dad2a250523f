// Chart exports as a presenter uses them: every chart's SVG is well-formed XML (parsed by the
// browser's XML parser) and renders on its own with Chinese glyphs; PNGs come at 16:9 (≥1920×1080),
// 4:3 and the on-screen shape; headers speak the interface language; the chart CSV holds exactly
// the plotted rows; copy-link copies the view's address.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, SHOTS, bundledDataset, hydrated, useApp } from '../support/app-under-test';
import { bundledCompareHash } from '../support/comparable';

const OUT = join(SHOTS, 'exports');
const COMPARE = bundledCompareHash(bundledDataset());
mkdirSync(OUT, { recursive: true });

const app = useApp();
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  context = await app.browser.newContext(DESKTOP);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.site.url).origin });
  page = await context.newPage();
});

async function open(hash: string, chart: string): Promise<void> {
  await page.goto(`${app.site.url}${hash}`);
  await page.waitForSelector(`[data-testid="${chart}"] canvas, [data-testid="${chart}"] .chart-canvas svg`);
  // (a busy machine may take longer than a fixed pause to hydrate the overview's markup, and a click before that is lost)
  await hydrated(page);
  await page.waitForTimeout(300);
}

async function download(action: () => Promise<void>): Promise<Buffer> {
  // (the first SVG of a page embeds its Chinese glyphs, which takes longest on a busy machine: within the test's own minute)
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 50_000 }), action()]);
  return readFileSync(await file.path());
}

const pngSize = (png: Buffer): { width: number; height: number } => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

async function exportAs(chart: string, shape: string, format: 'PNG' | 'SVG' | 'CSV'): Promise<Buffer> {
  await page.selectOption(`[data-testid="${chart}"] .shape select`, shape);
  const label = { PNG: 'PNG', SVG: 'SVG', CSV: 'CSV' }[format];
  return download(() => page.click(`[data-testid="${chart}"] .chart-actions button:has-text("${label}")`));
}

/** Parses with the browser's XML parser and renders the file on its own page: returns what it found. */
async function checkSvg(svg: string, name: string): Promise<{ parseError: string | null; width: number; chineseWidth: number; imageWidth: number }> {
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return doc.querySelector('parsererror')?.textContent ?? (doc.documentElement.nodeName === 'svg' ? null : `root is ${doc.documentElement.nodeName}`);
  }, svg);
  const file = join(OUT, `${name}.svg`);
  writeFileSync(file, svg);
  const alone = await context.newPage();
  try {
    await alone.goto(`file://${file}`);
    const measured = await alone.evaluate(async () => {
      const root = document.documentElement as unknown as SVGSVGElement;
      const texts = [...document.querySelectorAll('text')].filter((t) => /[\u4e00-\u9fa5]/.test(t.textContent ?? ''));
      const chineseWidth = Math.max(0, ...texts.map((t) => (t as SVGTextElement).getBBox().width));
      const image = new Image();
      image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(root))}`;
      await image.decode();
      return { width: root.width.baseVal.value, chineseWidth, imageWidth: image.naturalWidth };
    });
    await alone.screenshot({ path: join(OUT, `${name}-standalone.png`) });
    return { parseError: parsed, ...measured };
  } finally {
    await alone.close();
  }
}

describe('chart exports', () => {
  const charts = [
    { hash: '#/overview', chart: 'overview-chart' },
    { hash: '#/timeline', chart: 'timeline-chart' },
    { hash: '#/regions', chart: 'tile-map' },
    { hash: COMPARE, chart: 'compare-chart' },
  ];

  it.each(charts)('$chart: SVG parses as XML and renders standalone with Chinese glyphs', async ({ hash, chart }) => {
    await open(hash, chart);
    const svg = (await exportAs(chart, 'slide', 'SVG')).toString('utf8');
    const result = await checkSvg(svg, chart);
    expect(result.parseError).toBeNull();
    expect(result.width).toBeGreaterThanOrEqual(1280);
    expect(result.imageWidth).toBeGreaterThan(0);
    expect(result.chineseWidth).toBeGreaterThan(20);
    expect(svg).toContain('数据版本');
    expect(svg).toMatch(/来源：《/);
  });

  it('PNG at 16:9 (≥1920×1080), 4:3 and the shape on screen', async () => {
    await open('#/overview', 'overview-chart');
    const slide = pngSize(await exportAs('overview-chart', 'slide', 'PNG'));
    expect(slide.width).toBeGreaterThanOrEqual(1920);
    expect(slide.height).toBeGreaterThanOrEqual(1080);
    expect(slide.width / slide.height).toBeCloseTo(16 / 9, 1);
    const standard = pngSize(await exportAs('overview-chart', 'standard', 'PNG'));
    expect(standard.width / standard.height).toBeCloseTo(4 / 3, 1);
    expect(standard.height).toBeGreaterThanOrEqual(1080);
    const screenPng = await exportAs('overview-chart', 'screen', 'PNG');
    writeFileSync(join(OUT, 'overview-screen.png'), screenPng);
    const screen = pngSize(screenPng);
    const boxWidth = await page.evaluate(() => document.querySelector('[data-testid="overview-chart"] .chart-canvas')!.clientWidth);
    expect(screen.width).toBe(boxWidth * 2);
    const slidePng = await exportAs('overview-chart', 'slide', 'PNG');
    writeFileSync(join(OUT, 'overview-slide.png'), slidePng);
  });

  it('writes the filters in words and the plotted count, in English too', async () => {
    await open('#/timeline?topic=data-market&status=overdue,later&lang=en', 'timeline-chart');
    const svg = (await exportAs('timeline-chart', 'slide', 'SVG')).toString('utf8');
    expect(svg).not.toMatch(/topic=|status=|data-market/);
    expect(svg).toContain('Topic: Data market');
    expect(svg).toContain('Status: Deadline passed, Due later');
    const plotted = await page.textContent('[data-testid="timeline-chart"] [data-testid="plotted-count"]');
    // the chart's data table is built when opened
    await page.click('[data-testid="timeline-chart"] .chart-table summary');
    await page.locator('[data-testid="timeline-chart"] .chart-table tbody tr').first().waitFor();
    const rows = await page.locator('[data-testid="timeline-chart"] .chart-table tbody tr').count();
    expect(plotted).toContain(`Plotted: ${rows} records`);
    expect(svg).toContain(`Plotted: ${rows} records`);
    expect(svg).toMatch(/Source: 《/);
    expect(svg).not.toMatch(/亿元|万元/);
  });

  it('exports exactly the plotted rows as CSV and copies a link to the view', async () => {
    await open(COMPARE, 'compare-chart');
    // the view may draw several panels (provinces apart from cities): each exports what it plots
    const chart = page.locator('[data-testid="compare-chart"]').first();
    const csv = await download(() => chart.locator('.chart-actions button:has-text("CSV")').click());
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<string[]>(csv.toString('utf8').slice(1), { skipEmptyLines: true });
    await chart.locator('.chart-table summary').click();
    await chart.locator('.chart-table tbody tr').first().waitFor();
    const shown = await chart.locator('.chart-table tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
    expect(parsed.data.length).toBe(shown.length);
    expect(parsed.data.map((r) => r[0])).toEqual(shown.map((r) => r[0]));
    await page.click('[data-testid="compare-chart"] button:has-text("复制链接")');
    await page.waitForSelector('[data-testid="compare-chart"] button:has-text("已复制链接")');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.evaluate(() => location.href));
  });
});
