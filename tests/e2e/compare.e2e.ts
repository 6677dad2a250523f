// Compare and the region × indicator matrix in a real browser, against the bundled dataset: the
// regions, values and years shown are the dataset's (read from data/targets.json, never typed in);
// the matrix cells equal the records; exports parse (SVG with the browser's XML parser, CSV with
// PapaParse); a comparison's URL reproduces it after a reload.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatNumberZh } from '../../src/domain/format-quantity';
import { scaleModesFor } from '../../src/domain/province-reference';
import type { Target } from '../../src/domain/schema';
import { SHOTS, bundledDataset, useApp } from '../support/app-under-test';
import { comparableIndicators, levelsOf, panelsOf } from '../support/comparable';

const dataset = bundledDataset();
const holdings = comparableIndicators(dataset);
const widest = holdings[0];
const entry = (key: string) => dataset.indicators.find((i) => i.key === key)!;

const app = useApp();
let page: Page;
beforeAll(async () => { page = await app.page(); });

async function open(hash: string): Promise<void> {
  await page.goto(`${app.site.url}${hash}`);
  await page.waitForSelector('main h2');
}

async function panelsDrawn(count: number, testId = 'compare-chart'): Promise<void> {
  await page.waitForFunction(([id, n]) => document.querySelectorAll(`[data-testid="${id}"] canvas`).length === n, [testId, count] as const);
  await page.waitForTimeout(400);
}

async function download(action: () => Promise<void>): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), action()]);
  return readFileSync(await file.path());
}

/** The CSV export of every chart with this test id, parsed: exactly what each one plots. */
async function chartCsvs(testId: string): Promise<string[][][]> {
  const charts = page.locator(`[data-testid="${testId}"]`);
  const out: string[][][] = [];
  for (let i = 0; i < await charts.count(); i++) {
    const csv = await download(() => charts.nth(i).locator('button:has-text("CSV")').click());
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<string[]>(csv.toString('utf8').slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    out.push(parsed.data);
  }
  return out;
}

/** Deadline years a region's records of a key state: what the chart must show as marks. */
const yearsOf = (targets: readonly Target[]): string[] => [...new Set(targets.map((t) => (t.deadline ? String(t.deadline.year) : '')))].sort();

describe('compare one indicator across regions', () => {
  it('the dataset holds an indicator that two or more regions target', () => {
    expect(widest?.regions.size).toBeGreaterThanOrEqual(2);
  });

  it('shows exactly the regions holding it, with their values and deadline years, provinces apart from cities', async () => {
    await open(`#/compare?indicator=${widest.key}`);
    await panelsDrawn(panelsOf(widest).size);
    expect(await page.$$eval('[data-testid="compare-panel"]', (panels) => panels.map((p) => `${p.getAttribute('data-level')}/${p.getAttribute('data-annual') === 'true' ? 'annual' : 'end'}`).sort())).toEqual([...panelsOf(widest)].sort());
    await page.screenshot({ path: join(SHOTS, 'compare-indicator.png'), fullPage: true });

    const tables = await chartCsvs('compare-chart');
    const rows = tables.flatMap((table) => table.slice(1));
    const [header] = tables[0];
    const plottedAt = header.findIndex((h) => h.startsWith('图中绘制'));
    expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(widest.regions.keys()));
    for (const [region, targets] of widest.regions) {
      const mine = rows.filter((r) => r[0] === region);
      expect(mine.map((r) => r[6]).sort()).toEqual(yearsOf(targets));
      for (const row of mine) {
        const candidates = targets.filter((t) => String(t.deadline?.year ?? '') === row[6]);
        expect(candidates.map((t) => t.normalized.value)).toContain(Number(row[plottedAt]));
        expect(row[4]).toContain(formatNumberZh(Number(row[plottedAt])));
        expect(candidates.map((t) => t.source.quote)).toContain(row[8]);
      }
    }
    // each panel holds one level only
    for (const table of tables) {
      const panelLevels = new Set(table.slice(1).map((r) => widest.regions.get(r[0])![0].region.level));
      expect(panelLevels.size).toBe(1);
    }
    expect(levelsOf(widest).size).toBeLessThanOrEqual(tables.length);
  });

  it('exports PNG and SVG that parse, the SVG with the browser’s XML parser', async () => {
    await open(`#/compare?indicator=${widest.key}`);
    await panelsDrawn(panelsOf(widest).size);
    const chart = page.locator('[data-testid="compare-chart"]').first();
    const png = await download(() => chart.locator('button:has-text("PNG")').click());
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const svg = (await download(() => chart.locator('button:has-text("SVG")').click())).toString('utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return { error: doc.querySelector('parsererror')?.textContent ?? null, root: doc.documentElement.nodeName, text: doc.documentElement.textContent ?? '' };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    const shown = (await chartCsvs('compare-chart'))[0].slice(1).map((r) => r[0]);
    for (const region of shown) expect(parsed.text).toContain(region);
    expect(parsed.text).toContain(entry(widest.key).zh);
  });

  it('picks an indicator from the searchable list and puts it in the URL', async () => {
    await open('#/compare');
    expect(await page.locator('[data-testid="nothing-comparable"]').count()).toBe(1);
    expect(await page.locator('[data-testid="compare-chart"] canvas').count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'compare-empty.png') });
    await page.fill('.indicator-picker input[type="search"]', entry(widest.key).zh);
    const choice = page.locator(`[data-testid="indicator-choices"] button[data-kind="indicator"][data-key="${widest.key}"]`);
    expect(await choice.textContent()).toContain(`${widest.regions.size} 个地区`);
    await choice.click();
    await page.waitForFunction((key) => location.hash.includes(`indicator=${key}`), widest.key);
    await panelsDrawn(panelsOf(widest).size);
    // a choice made starts the next search afresh, and so does another indicator opened by its address
    expect(await page.inputValue('.indicator-picker input[type="search"]')).toBe('');
    await page.fill('.indicator-picker input[type="search"]', entry(widest.key).zh);
    const other = holdings.find((h) => h.key !== widest.key) ?? widest;
    await open(`#/compare?indicator=${other.key}`);
    await page.waitForFunction((key) => document.querySelector(`[data-testid="indicator-choices"] button[aria-pressed="true"][data-key="${key}"]`) !== null, other.key);
    expect(await page.inputValue('.indicator-picker input[type="search"]')).toBe('');
  });

  it('draws per-year amounts in their own panel, apart from end-state targets of the same indicator', async () => {
    // an indicator one region states per year (每年新培育…) and another as an end state (到2025年…)
    const mixed = holdings.find((h) => [...h.regions.values()].some((ts) => ts.some((t) => t.annual)) && [...h.regions.values()].some((ts) => ts.some((t) => !t.annual)));
    expect(mixed, 'the bundled dataset holds an indicator stated per year by one region and as an end state by another').toBeDefined();
    await open(`#/compare?indicator=${mixed!.key}`);
    await panelsDrawn(panelsOf(mixed!).size);
    const panels = page.locator('[data-testid="compare-panel"]');
    const annualPanel = page.locator('[data-testid="compare-panel"][data-annual="true"]');
    expect(await annualPanel.count()).toBeGreaterThanOrEqual(1);
    expect(await panels.count()).toBe(panelsOf(mixed!).size);
    const annualRegions = [...mixed!.regions].filter(([, ts]) => ts.some((t) => t.annual)).map(([region]) => region);
    const tables = await chartCsvs('compare-chart');
    const annualIndex = await panels.evaluateAll((all) => all.findIndex((p) => p.getAttribute('data-annual') === 'true'));
    expect(tables[annualIndex].slice(1).map((r) => r[0]).sort()).toEqual(annualRegions.sort());
    expect(await annualPanel.first().textContent()).toContain('年度目标');
    await page.screenshot({ path: join(SHOTS, 'compare-annual-apart.png'), fullPage: true });
  });

  it('says so instead of drawing when fewer than two regions hold the indicator', async () => {
    const single = comparableIndicators(dataset, 1).find((h) => h.regions.size === 1)?.key ?? 'no-such-indicator';
    await open(`#/compare?indicator=${single}`);
    await page.waitForSelector('[data-testid="nothing-comparable"]');
    expect(await page.locator('[data-testid="compare-chart"]').count()).toBe(0);
  });

  it('reproduces a comparison from its URL after a reload: sort, regions shown and scale', async () => {
    const scalable = holdings.find((h) => scaleModesFor(entry(h.key).baseUnit).includes('perCapita')
      && [...h.regions.values()].some((targets) => targets[0].region.level === 'province')) ?? widest;
    await open(`#/compare?indicator=${scalable.key}`);
    await panelsDrawn(panelsOf(scalable).size);
    await page.check('input[name="sort"][value="deadline"]');
    const regions = [...scalable.regions.keys()];
    await page.click('.region-choice summary');
    await page.uncheck(`[data-testid="region-choice"] input[value="${regions[regions.length - 1]}"]`);
    await page.waitForFunction(() => location.hash.includes('regions='));
    const scaled = scaleModesFor(entry(scalable.key).baseUnit).includes('perCapita');
    if (scaled) await page.check('input[name="scale"][value="perCapita"]');
    await page.waitForTimeout(300);
    const hash = await page.evaluate(() => location.hash);
    const before = (await chartCsvs('compare-chart')).map((t) => t.slice(1).map((r) => r.slice(0, 7)));
    await page.reload();
    await page.waitForSelector('main h2');
    await page.waitForTimeout(800);
    expect(await page.evaluate(() => location.hash)).toBe(hash);
    expect(await page.isChecked('input[name="sort"][value="deadline"]')).toBe(true);
    expect(await page.isChecked(`[data-testid="region-choice"] input[value="${regions[regions.length - 1]}"]`)).toBe(false);
    const after = (await chartCsvs('compare-chart')).map((t) => t.slice(1).map((r) => r.slice(0, 7)));
    expect(after).toEqual(before);
    expect(after.flat().map((r) => r[0])).not.toContain(regions[regions.length - 1]);
    if (scaled) {
      expect(await page.textContent('[data-testid="derived-note"]')).toContain('派生值');
      expect(await page.textContent('[data-testid="compare-chart"] h3')).toContain('每万常住人口');
      await page.screenshot({ path: join(SHOTS, 'compare-scale.png'), fullPage: true });
    }
  });

  it('tells the members of a family apart with a legend', async () => {
    const families = new Map<string, Set<string>>();
    for (const h of comparableIndicators(dataset, 1)) {
      const family = entry(h.key).family;
      families.set(family, (families.get(family) ?? new Set()).add(h.key));
    }
    const [family, members] = [...families.entries()].sort((a, b) => b[1].size - a[1].size)[0];
    await open(`#/compare?family=${family}`);
    await page.waitForSelector('[data-testid="compare-chart"] canvas');
    await page.waitForTimeout(400);
    const tables = await chartCsvs('compare-chart');
    const names = new Set(tables.flatMap((t) => t.slice(1).map((r) => r[1])));
    expect(names).toEqual(new Set([...members].map((key) => entry(key).zh)));
    await page.screenshot({ path: join(SHOTS, 'compare-family.png'), fullPage: true });
  });
});

describe('the region × indicator matrix', () => {
  it('has a column per indicator two or more regions target, and cells equal to the records', async () => {
    await open('#/compare?tab=matrix');
    await panelsDrawn(1, 'matrix-chart');
    await page.screenshot({ path: join(SHOTS, 'compare-matrix.png'), fullPage: true });
    const [table] = await chartCsvs('matrix-chart');
    const [header, ...rows] = table;
    expect(new Set(header.slice(1))).toEqual(new Set(holdings.map((h) => entry(h.key).zh)));
    const expectedRegions = new Set(holdings.flatMap((h) => [...h.regions.keys()]));
    expect(new Set(rows.map((r) => r[0]))).toEqual(expectedRegions);
    for (const row of rows) {
      header.slice(1).forEach((name, i) => {
        const holding = holdings.find((h) => entry(h.key).zh === name)!;
        const targets = holding.regions.get(row[0]) ?? [];
        const cell = row[i + 1];
        if (!targets.length) { expect(cell).toBe(''); return; }
        const latest = Math.max(...targets.map((t) => t.deadline?.year ?? 0));
        expect(cell).toContain(latest ? String(latest) : '无截止时间');
        const shown = targets.filter((t) => (t.deadline?.year ?? 0) === latest);
        expect(shown.some((t) => cell.includes(formatNumberZh(t.normalized.value)))).toBe(true);
        if (targets.length > 1) expect(cell).toContain(`(+${targets.length - 1})`);
        else expect(cell).not.toContain('(+');
      });
    }
  });

  it('opens the records of a clicked cell', async () => {
    await open('#/compare?tab=matrix');
    await panelsDrawn(1, 'matrix-chart');
    const [table] = await chartCsvs('matrix-chart');
    const [header, first] = table;
    const column = first.findIndex((cell, i) => i > 0 && cell !== '');
    const holding = holdings.find((h) => entry(h.key).zh === header[column])!;
    const targets = holding.regions.get(first[0])!;
    const point = await page.evaluate((at) => {
      const box = document.querySelector<HTMLElement>('[data-testid="matrix-chart"] .chart-canvas')!;
      const chart = Reflect.get(box, 'chart') as { convertToPixel: (finder: object, value: number[]) => number[] };
      const [x, y] = chart.convertToPixel({ gridIndex: 0 }, at);
      const rect = box.getBoundingClientRect();
      return { x: rect.left + x, y: rect.top + y };
    }, [column - 1, 0]);
    await page.mouse.click(point.x, point.y);
    if (targets.length === 1) {
      await page.waitForFunction((id) => location.hash.startsWith(`#/target/${id}`), targets[0].id);
      expect(await page.textContent('.detail mark')).toBe(targets[0].source.quote);
    } else {
      await page.waitForFunction(() => location.hash.startsWith('#/table'));
      const hash = decodeURIComponent(await page.evaluate(() => location.hash));
      expect(hash).toContain(`region=${first[0]}`);
      expect(hash).toContain(`indicator=${holding.key}`);
      expect(await page.locator('[data-testid="indicator-filter"]').count()).toBe(1);
      expect(await page.textContent('[data-testid="table-count"]')).toContain(String(targets.length));
    }
  });
});
