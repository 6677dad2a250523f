// Readable in both languages and on a phone: amounts in the Chinese way and never a raw unit code,
// English mode complete (region names included), the 390 px table as rows with no sideways scroll,
// a folding filter bar, a skip link, chart items reachable by keyboard, counts that agree, several
// statuses at once, wording strength and an "as of" date. Screenshots zh/en, desktop and 390 px.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { dueDate } from '../../src/domain/dates';
import { SHOTS, bundledDataset, useApp } from '../support/app-under-test';
import { bundledCompareHash } from '../support/comparable';

const dataset = bundledDataset();
const RAW_UNIT = /\b(CNY|percentage_point)\b|\d\s?(count|percent)\b/;

const app = useApp();
let desktop: Page;
let phone: Page;
beforeAll(async () => {
  desktop = await app.page({ viewport: { width: 1400, height: 1000 } });
  phone = await app.page({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
});

async function open(page: Page, hash: string): Promise<void> {
  await page.goto(`${app.site.url}${hash}`);
  await page.waitForSelector('main h2');
  await page.waitForTimeout(700);
}

const big = dataset.targets.find((t) => t.normalized.value >= 1e4 && t.normalized.unit === 'CNY') ?? dataset.targets[0];
const compareHash = bundledCompareHash(dataset);

describe('numbers, units and English', () => {
  it('shows no raw unit code and no Western grouping in Chinese, in any view', async () => {
    for (const lang of ['zh', 'en'] as const) {
      for (const hash of ['#/overview', '#/timeline', '#/regions', '#/table', '#/statistics', compareHash, `#/target/${big.id}`, `#/regions/${encodeURIComponent('浙江省')}`]) {
        await open(desktop, `${hash}${hash.includes('?') ? '&' : '?'}${lang === 'en' ? 'lang=en' : ''}`);
        await desktop.$$eval('details.chart-table', (all) => all.forEach((d) => { (d as HTMLDetailsElement).open = true; }));
        // the opened tables are built on the next render
        await desktop.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        const text = await desktop.evaluate(() => document.body.innerText);
        expect(text, `${lang} ${hash}`).not.toMatch(RAW_UNIT);
        if (lang === 'zh') expect(text, hash).not.toMatch(/\d,\d{3}/);
      }
    }
    await open(desktop, `#/target/${big.id}`);
    expect(await desktop.textContent('[data-testid="normalized-value"]')).toMatch(/[万亿]元/);
    await desktop.screenshot({ path: join(SHOTS, 'detail-zh.png'), fullPage: true });
    await open(desktop, `#/target/${big.id}?lang=en`);
    expect(await desktop.textContent('[data-testid="normalized-value"]')).toMatch(/yuan/);
    await desktop.screenshot({ path: join(SHOTS, 'detail-en.png'), fullPage: true });
  });

  it('names regions in English from the pinyin dictionary', async () => {
    await open(desktop, '#/table?lang=en');
    await desktop.waitForFunction(() => !/[\u4e00-\u9fa5]/.test(document.querySelector('.grid-body .cell-region')?.textContent ?? '中'));
    const regions = await desktop.$$eval('.grid-body .cell-region', (cells) => cells.map((c) => c.textContent ?? ''));
    expect(regions.length).toBeGreaterThan(5);
    for (const region of regions) expect(region).not.toMatch(/[\u4e00-\u9fa5]/);
    await desktop.screenshot({ path: join(SHOTS, 'table-en.png') });
    await open(desktop, '#/overview?lang=en');
    await desktop.waitForSelector('[data-testid="overview-chart"] canvas');
    await desktop.waitForTimeout(500);
    await desktop.screenshot({ path: join(SHOTS, 'overview-en.png'), fullPage: true });
  });
});

describe('counts and filters', () => {
  it('filters several statuses at once, by wording strength, and as of a chosen date', async () => {
    await open(desktop, '#/table?status=overdue,later');
    const today = await desktop.inputValue('input[name="asof"]');
    const expected = dataset.targets.filter((t) => t.deadline && (dueDate(t.deadline) < today || Date.parse(dueDate(t.deadline)) - Date.parse(today) > 365 * 864e5)).length;
    expect(Number((await desktop.textContent('[data-testid="table-count"]'))!.replace(/\D/g, ''))).toBe(expected);
    expect(await desktop.isChecked('input[name="status"][value="overdue"]')).toBe(true);
    expect(await desktop.isChecked('input[name="status"][value="due-soon"]')).toBe(false);

    await open(desktop, '#/table?strength=aspirational');
    expect(Number((await desktop.textContent('[data-testid="table-count"]'))!.replace(/\D/g, ''))).toBe(dataset.targets.filter((t) => t.strength === 'aspirational').length);
    const aspirational = dataset.targets.find((t) => t.strength === 'aspirational')!;
    await open(desktop, `#/target/${aspirational.id}`);
    expect(await desktop.textContent('[data-testid="strength"]')).toContain('力争');

    await open(desktop, '#/overview?asof=2020-01-01');
    const passedThen = await desktop.textContent('.stat.warn b');
    expect(passedThen).toBe(String(dataset.targets.filter((t) => t.deadline && dueDate(t.deadline) < '2020-01-01').length));
    expect(await desktop.textContent('main')).toContain('状态截至 2020-01-01');
  });

  it('says what it counts: overview under filters, dataset totals in the footer, region profiles under filters', async () => {
    await open(desktop, `#/overview?region=${encodeURIComponent('浙江省')}`);
    const records = Number(await desktop.textContent('[data-testid="record-count"]'));
    const documents = Number(await desktop.textContent('[data-testid="document-count"]'));
    expect(await desktop.textContent('footer')).toContain(`数据集共 ${dataset.targets.length} 条记录 · ${dataset.documents.length} 份文件`);
    expect(await desktop.textContent('main')).toContain('当前筛选');
    await open(desktop, `#/regions/${encodeURIComponent('浙江省')}?kind=target`);
    const profile = await desktop.textContent('[data-testid="profile-count"]');
    expect(profile).toContain('含下辖市、区县');
    const zhejiangTargets = dataset.targets.filter((t) => t.kind === 'target' && t.region.code?.startsWith('33')).length;
    expect(profile).toMatch(new RegExp(`^${zhejiangTargets} `));
    expect(records).toBeGreaterThan(0);
    expect(documents).toBeGreaterThan(0);
  });
});

describe('small screens and keyboards', () => {
  it('shows the table as readable rows at 390 px with no sideways scroll, filters folded', async () => {
    await open(phone, '#/table');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await phone.isVisible('form.filters')).toBe(false);
    const indicatorWidth = await phone.$eval('.grid-body .cell-indicator', (c) => c.getBoundingClientRect().width);
    expect(indicatorWidth).toBeGreaterThan(150);
    await phone.screenshot({ path: join(SHOTS, 'table-390.png') });
    await phone.click('.filters-fold > .fold');
    expect(await phone.isVisible('form.filters')).toBe(true);
    expect(await phone.getAttribute('.filters-fold > .fold', 'aria-expanded')).toBe('true');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.screenshot({ path: join(SHOTS, 'filters-390.png') });
    for (const [hash, name] of [['#/overview', 'overview-390'], ['#/overview?lang=en', 'overview-390-en'], [`#/target/${big.id}`, 'detail-390'], ['#/table?lang=en', 'table-390-en']]) {
      await open(phone, hash);
      expect(await phone.evaluate(() => document.documentElement.scrollWidth), hash).toBeLessThanOrEqual(390);
      await phone.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: name.startsWith('overview') });
    }
  });

  it('skips to content with the first Tab and steps through chart items with the arrow keys', async () => {
    await open(desktop, '#/timeline');
    await desktop.keyboard.press('Tab');
    expect(await desktop.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await desktop.keyboard.press('Enter');
    expect(await desktop.evaluate(() => document.activeElement?.id)).toBe('content');
    await desktop.waitForSelector('[data-testid="timeline-chart"] canvas');
    await desktop.focus('[data-testid="timeline-chart"] .chart-canvas');
    await desktop.keyboard.press('ArrowDown');
    await desktop.waitForFunction(() => (document.querySelector('[data-testid="timeline-chart"] [data-testid="chart-announce"]')?.textContent ?? '').length > 5);
    await desktop.keyboard.press('Enter');
    await desktop.waitForFunction(() => location.hash.startsWith('#/target/'));
  });
});
