// The timeline in a real browser: every dated target of a filter is its own mark that shows its own
// tooltip and opens its record; a year-only deadline reads as a year; 5,000 records stay usable
// through a scroll window. Screenshots in Chinese and English, desktop and 390 px.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MARK_DIMENSIONS } from '../../src/charts/timeline-option';
import { NO_FILTERS, type Filters } from '../../src/data/filters';
import { provinceOf } from '../../src/data/provinces';
import { applyFilters, indexRows, timelineItems } from '../../src/data/selectors';
import { todayIso } from '../../src/domain/dates';
import { DatasetSchema } from '../../src/domain/schema';
import { launchBrowser } from '../support/browser';
import { makeDataset } from '../support/fixtures';
import { serveStatic, type StaticSite } from '../support/static-server';

const ROOT = join(import.meta.dirname, '..', '..');
const SHOTS = join(ROOT, 'tests', 'e2e', 'screenshots');
mkdirSync(SHOTS, { recursive: true });
const dataset = DatasetSchema.parse(JSON.parse(readFileSync(join(ROOT, 'data', 'targets.json'), 'utf8')));
const indicatorOf = new Map(dataset.targets.map((t) => [t.id, t.indicator]));

let browser: Browser;
let site: StaticSite;
let big: StaticSite;
let page: Page;

beforeAll(async () => {
  site = await serveStatic(join(ROOT, 'dist'));
  const generated = JSON.stringify(makeDataset(5000));
  big = await serveStatic(join(ROOT, 'dist'), '/big/', (path) => (path === 'data/targets.json' ? generated : undefined));
  browser = await launchBrowser();
  page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await big?.close();
});

interface Mark { id: string; x: number; y: number }

const rows = indexRows(dataset, todayIso(new Date()), provinceOf);
/** The timeline's rows in order for these filters, as the app sorts them: a mark's row names its record. */
const expectedRows = (filters: Partial<Filters> = {}): string[] => timelineItems(applyFilters(rows, { ...NO_FILTERS, ...filters }), 'region').map((i) => i.row.target.id);

/** Page coordinates of every drawn mark's middle, read from the chart's own coordinate system, with the record its row shows. */
async function marks(ids: readonly string[]): Promise<Mark[]> {
  const drawn = await page.evaluate((size) => {
    const box = document.querySelector('[data-testid="timeline-chart"] .chart-canvas')!;
    const chart = Reflect.get(box, 'chart') as { getOption(): { series: { data: Float64Array }[] }; convertToPixel(finder: object, value: number[]): number[] };
    const rect = box.getBoundingClientRect();
    // each series is a flat typed array of marks: start, deadline from, to, row, exact day, year
    return chart.getOption().series.flatMap(({ data }) => Array.from({ length: data.length / size }, (_, i) => {
      const [, from, to, row, exact] = data.subarray(i * size, (i + 1) * size);
      const [x, y] = chart.convertToPixel({ gridIndex: 0 }, [exact === 1 ? from : (from + to) / 2, row]);
      return { row, x: rect.left + window.scrollX + x, y: rect.top + window.scrollY + y };
    }));
  }, MARK_DIMENSIONS.length);
  return drawn.map(({ row, x, y }) => ({ id: ids[row], x, y }));
}

async function tooltipAt(mark: Mark): Promise<string> {
  await page.evaluate((y) => window.scrollTo(0, Math.max(0, y - 400)), mark.y);
  const scrollY = await page.evaluate(() => window.scrollY);
  await page.mouse.move(mark.x, mark.y - scrollY);
  await page.waitForTimeout(60);
  return page.evaluate(() => {
    const tip = [...document.querySelectorAll('[data-testid="timeline-chart"] .chart-canvas > div')].find((d) => (d as HTMLElement).style.zIndex === '9999999') as HTMLElement | undefined;
    return tip && tip.style.display !== 'none' && tip.style.opacity !== '0' ? tip.innerText : '';
  });
}

describe('timeline', () => {
  it('shows every target of a filter as a separately hoverable mark', async () => {
    await page.goto(`${site.url}#/timeline`);
    await page.waitForSelector('[data-testid="timeline-chart"] canvas');
    await page.waitForTimeout(500);
    const dated = dataset.targets.filter((t) => t.deadline).length;
    const found = await marks(expectedRows());
    expect(found).toHaveLength(dated);
    const reached = new Set<string>();
    for (const mark of found) {
      const text = await tooltipAt(mark);
      if (text.includes(indicatorOf.get(mark.id)!)) reached.add(mark.id);
    }
    expect(reached.size).toBe(dated);
  }, 180_000);

  it('labels a year-only deadline as a year and opens a record on click', async () => {
    await page.goto(`${site.url}#/timeline?region=${encodeURIComponent('浙江省')}`);
    await page.waitForSelector('[data-testid="timeline-chart"] canvas');
    await page.waitForTimeout(500);
    const yearOnly = dataset.targets.find((t) => t.deadline && !t.deadline.date && (t.region.name === '浙江省' || t.region.code?.startsWith('33')));
    const found = await marks(expectedRows({ region: '浙江省' }));
    const mark = found.find((m) => m.id === yearOnly?.id) ?? found[0];
    const text = await tooltipAt(mark);
    const target = dataset.targets.find((t) => t.id === mark.id)!;
    if (!target.deadline!.date) {
      expect(text).toContain(`截止 ${target.deadline!.year}年`);
      expect(text).not.toContain(`${target.deadline!.year}-12-31`);
    }
    await page.screenshot({ path: join(SHOTS, 'timeline-zh.png') });
    const scrollY = await page.evaluate(() => window.scrollY);
    await page.mouse.click(mark.x, mark.y - scrollY);
    await page.waitForFunction((id) => location.hash.startsWith(`#/target/${id}`), mark.id);
    await page.waitForSelector('.detail mark');
  });

  it('stays usable at 5,000 records: a scroll window, each row still its own mark', async () => {
    const start = Date.now();
    await page.goto(`${big.url}#/timeline`);
    await page.waitForSelector('[data-testid="timeline-chart"] canvas');
    await page.waitForTimeout(500);
    const drawnIn = Date.now() - start;
    const visible = await page.evaluate(() => {
      const chart = Reflect.get(document.querySelector('[data-testid="timeline-chart"] .chart-canvas')!, 'chart') as { getOption(): { dataZoom: { endValue: number }[] } };
      return chart.getOption().dataZoom[0].endValue;
    });
    expect(visible).toBeLessThan(100);
    const first = (await marks([]))[0];
    expect(await tooltipAt(first)).toMatch(/\S/);
    expect(drawnIn).toBeLessThan(15_000);
    await page.screenshot({ path: join(SHOTS, 'timeline-5000.png') });
  });

  it('reads in English and at 390 px', async () => {
    await page.goto(`${site.url}#/timeline?lang=en`);
    await page.waitForSelector('[data-testid="timeline-chart"] canvas');
    await page.waitForTimeout(800);
    await page.screenshot({ path: join(SHOTS, 'timeline-en.png') });
    const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 })).newPage();
    await phone.goto(`${site.url}#/timeline`);
    await phone.waitForSelector('[data-testid="timeline-chart"] canvas');
    await phone.waitForTimeout(800);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.screenshot({ path: join(SHOTS, 'timeline-390.png') });
    await phone.close();
  });
});
