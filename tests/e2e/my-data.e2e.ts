// My data, extracting in the browser: the seeds as portal pages (picked through the file input)
// and as PDFs printed by Chromium (dropped as a DataTransfer, a broken file among them) are read
// in a worker with progress, each file reported, the records compared with the bundled dataset
// and kept across a reload; all with nothing sent to any other origin.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { portalPageBytes, printedPdf, unembeddedFontPdf } from '../support/documents';
import { serveStatic, type StaticSite } from '../support/static-server';

const ROOT = join(import.meta.dirname, '..', '..');
const SHOTS = join(ROOT, 'tests', 'e2e', 'screenshots');
mkdirSync(SHOTS, { recursive: true });
const bundled: { targets: { id: string }[] } = JSON.parse(readFileSync(join(ROOT, 'data', 'targets.json'), 'utf8'));
const seeds = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort().map((name) => ({ name, text: readFileSync(join(ROOT, 'seeds', name), 'utf8') }));

let browser: Browser;
let site: StaticSite;
let page: Page;
const requests: string[] = [];

beforeAll(async () => {
  site = await serveStatic(join(ROOT, 'dist'), '/my/data/');
  browser = await launchBrowser();
  page = await (await browser.newContext({ viewport: { width: 1300, height: 1000 } })).newPage();
  page.on('request', (request) => requests.push(request.url()));
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** The diff badges' numbers: added, removed, changed, unchanged. */
async function diffCounts(p: Page): Promise<number[]> {
  const text = (await p.textContent('[data-testid="dataset-diff"]')) ?? '';
  return [...text.matchAll(/(\d+)/g)].map((m) => Number(m[1]));
}

describe('extracting your own documents in the browser', () => {
  it('reads the seeds as portal pages (UTF-8 and GBK) picked as files, compares them with the bundled dataset, with no serious accessibility violations', async () => {
    await page.goto(`${site.url}#/datasets`);
    await page.waitForSelector('[data-testid="documents-drop"]');
    const files = seeds.map(({ name, text }, i) => ({ name: name.replace(/\.txt$/, '.html'), mimeType: 'text/html', buffer: Buffer.from(portalPageBytes(text, i % 2 ? 'gbk' : 'utf-8')) }));
    await page.setInputFiles('[data-testid="pick-documents"]', files);
    await page.waitForSelector('[data-testid="extract-progress"]');
    await page.screenshot({ path: join(SHOTS, 'my-data-progress.png') });
    await page.waitForSelector('[data-testid="extract-result"]', { timeout: 120_000 });
    expect(await page.textContent('[data-testid="extract-result"]')).toMatch(/提取完成/);
    const reports = await page.locator('[data-testid="file-reports"] li').allTextContents();
    expect(reports).toHaveLength(seeds.length);
    for (const report of reports) expect(report).toMatch(/找到 \d+ 条记录/);
    await page.waitForSelector('[data-testid="user-dataset"]');
    const [added, removed, changed, unchanged] = await diffCounts(page);
    console.log(`My data, seeds as HTML: ${unchanged} of ${bundled.targets.length} bundled records unchanged, ${added} added, ${removed} removed, ${changed} changed`);
    expect(unchanged).toBeGreaterThanOrEqual(bundled.targets.length * 0.95);
    await page.screenshot({ path: join(SHOTS, 'my-data-html.png'), fullPage: true });
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
  });

  it('takes a whole folder through the folder picker, sub-folders included', async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'picked-')), 'policies');
    mkdirSync(join(folder, 'older'), { recursive: true });
    writeFileSync(join(folder, 'a.html'), portalPageBytes(seeds[0].text, 'utf-8'));
    writeFileSync(join(folder, 'older', 'b.txt'), seeds[1].text);
    writeFileSync(join(folder, '.DS_Store'), Buffer.from([0, 0, 0, 1]));
    await page.goto(`${site.url}#/datasets`);
    await page.setInputFiles('[data-testid="pick-folder"]', folder);
    await page.waitForSelector('[data-testid="extract-result"]', { timeout: 120_000 });
    const reports = await page.locator('[data-testid="file-reports"] li b').allTextContents();
    expect(reports).toEqual(['policies/a.html', 'policies/older/b.txt']);
    expect(await page.textContent('[data-testid="user-dataset"]')).toContain('policies');
  });

  it('reads the seeds printed to PDF, dropped as a DataTransfer, and names a broken file while extracting the rest', async () => {
    const pdfs = [];
    for (const { name, text } of seeds) pdfs.push({ name: name.replace(/\.txt$/, '.pdf'), base64: Buffer.from(await printedPdf(browser, text)).toString('base64') });
    await page.goto(`${site.url}#/datasets`);
    await page.waitForSelector('[data-testid="documents-drop"]');
    const broken = { name: 'broken.pdf', base64: Buffer.from('%PDF-1.7\nthis is not really a PDF\n%%EOF').toString('base64') };
    const legacy = { name: 'old-notice.doc', base64: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]).toString('base64') };
    const transfer = await page.evaluateHandle((files) => {
      const data = new DataTransfer();
      for (const { name, base64 } of files) data.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name));
      return data;
    }, [...pdfs, broken, legacy]);
    await page.dispatchEvent('[data-testid="documents-drop"]', 'drop', { dataTransfer: transfer });
    await page.waitForSelector('[data-testid="extract-progress"]');
    expect(await page.textContent('[data-testid="extract-progress"]')).toMatch(/共 7 个文件/);
    // the page stays responsive while the worker reads: a frame is painted at least every 200 ms
    const longestFrame = await page.evaluate(async () => {
      let last = performance.now(); let longest = 0;
      const until = performance.now() + 1500;
      while (performance.now() < until) { await new Promise((r) => requestAnimationFrame(r)); const now = performance.now(); longest = Math.max(longest, now - last); last = now; }
      return longest;
    });
    expect(longestFrame).toBeLessThan(200);
    await page.waitForSelector('[data-testid="extract-result"]', { timeout: 180_000 });
    expect(await page.textContent('[data-testid="extract-result"]')).toMatch(/提取完成/);
    const reports = await page.locator('[data-testid="file-reports"] li').allTextContents();
    expect(reports).toHaveLength(7);
    expect(reports.find((r) => r.startsWith('broken.pdf'))).toMatch(/跳过: the PDF cannot be read/);
    expect(reports.find((r) => r.startsWith('old-notice.doc'))).toMatch(/跳过: a legacy Word \.doc/);
    expect(reports.filter((r) => /找到 \d+ 条记录/.test(r))).toHaveLength(seeds.length);
    expect(await page.textContent('[data-testid="extract-result"]')).toMatch(/5\/7/);
    const [added, removed, changed, unchanged] = await diffCounts(page);
    console.log(`My data, seeds as PDF: ${unchanged} of ${bundled.targets.length} bundled records unchanged, ${added} added, ${removed} removed, ${changed} changed`);
    expect(unchanged + changed).toBeGreaterThanOrEqual(bundled.targets.length * 0.95);
    await page.screenshot({ path: join(SHOTS, 'my-data-pdf.png'), fullPage: true });

    await page.reload();
    await page.waitForSelector('[data-testid="user-dataset"]');
    expect(await page.textContent('[data-testid="user-dataset"]')).toContain('7 个文件');
    expect((await diffCounts(page))[3]).toBe(unchanged);

    // the records themselves, shown instead of the bundled ones: the detail cites the PDF, with the quote in its paragraph
    await page.click('input[name="data"] >> nth=1');
    await page.click('.top nav a:has-text("概览")');
    await page.waitForSelector('[data-testid="record-count"]');
    expect(Number(await page.textContent('[data-testid="record-count"]'))).toBe(unchanged + changed + added);
    const target = bundled.targets[0];
    await page.goto(`${site.url}#/target/${target.id}?data=mine`);
    await page.waitForSelector('#detail-title');
    expect(await page.textContent('.detail .facts')).toMatch(/\.pdf:\d+/);
    expect(await page.locator('.detail mark').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'my-data-pdf-detail.png') });
  });

  it('works offline: the worker, its PDF reader and the CMap files come from the service worker’s cache', async () => {
    await page.goto(`${site.url}#/datasets`);
    await page.evaluate(async () => { await navigator.serviceWorker.ready; });
    if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) await page.reload();
    await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
    const pdf = Buffer.from(await printedPdf(browser, seeds[1].text));
    await page.context().setOffline(true);
    try {
      await page.reload();
      await page.waitForSelector('[data-testid="documents-drop"]');
      await page.setInputFiles('[data-testid="pick-documents"]', [
        { name: 'offline.pdf', mimeType: 'application/pdf', buffer: pdf },
        { name: 'offline.html', mimeType: 'text/html', buffer: Buffer.from(portalPageBytes(seeds[2].text, 'gbk')) },
        // its font is not embedded: reading it needs the CMap files, which come from the cache too
        { name: 'song-font.pdf', mimeType: 'application/pdf', buffer: Buffer.from(unembeddedFontPdf('温州市人工智能产业发展行动计划\n到2025年，全市培育人工智能企业200家。')) },
      ]);
      await page.waitForSelector('[data-testid="extract-result"]', { timeout: 120_000 });
      expect(await page.textContent('[data-testid="extract-result"]')).toMatch(/提取完成.*3\/3/);
      expect(await page.locator('[data-testid="file-reports"] li', { hasText: 'song-font.pdf' }).textContent()).toMatch(/找到 1 条记录/);
    } finally {
      await page.context().setOffline(false);
    }
  });

  it('cancels a running extraction and sends nothing to any other origin', async () => {
    const pdf = Buffer.from(await printedPdf(browser, seeds[0].text));
    await page.goto(`${site.url}#/datasets`);
    await page.waitForSelector('[data-testid="documents-drop"]');
    await page.setInputFiles('[data-testid="pick-documents"]', Array.from({ length: 6 }, (_, i) => ({ name: `copy-${i}.pdf`, mimeType: 'application/pdf', buffer: pdf })));
    await page.click('[data-testid="cancel-extract"]');
    await page.waitForSelector('[data-testid="extract-result"]');
    expect(await page.textContent('[data-testid="extract-result"]')).toContain('已取消');
    const origin = new URL(site.url).origin;
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
  });
});
