// Tracking in a real browser: notes and progress survive a reload; export, clear, import brings
// everything back identically; two tabs see each other's changes; markup in a note is not run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHOTS, bundledDataset, useApp } from '../support/app-under-test';

const target = bundledDataset().targets.find((t) => t.kind === 'target' && t.deadline)!;

const app = useApp();
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  context = await app.browser.newContext({ viewport: { width: 1300, height: 1100 }, acceptDownloads: true });
  page = await context.newPage();
});

const detail = (p: Page) => p.goto(`${app.site.url}#/target/${target.id}`).then(() => p.waitForSelector('[data-testid="tracking-panel"]'));

async function download(action: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), action()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

async function tableText(p: Page): Promise<string> {
  await p.waitForSelector('[data-testid="tracked-table"]');
  return (await p.textContent('[data-testid="tracked-table"]')) ?? '';
}

describe('tracking', () => {
  it('keeps a note, a status and progress across a reload, showing markup as text', async () => {
    await detail(page);
    let alerted = false;
    page.on('dialog', (dialog) => { alerted = true; void dialog.dismiss(); });
    await page.fill('textarea[name="note"]', '<img src=x onerror="alert(1)"> 需核对省统计局口径');
    await page.click('button:has-text("添加笔记")');
    await page.selectOption('[data-testid="tracking-status"]', 'at-risk');
    await page.fill('input[name="progress-value"]', String(target.value / 2));
    await page.fill('input[name="progress-date"]', '2024-06-30');
    await page.fill('input[name="progress-source"]', '统计公报');
    await page.click('button:has-text("添加进度")');
    await page.waitForSelector('[data-testid="progress-summary"]');
    await page.reload();
    await page.waitForSelector('[data-testid="notes"] li');
    expect(await page.textContent('[data-testid="notes"]')).toContain('<img src=x onerror="alert(1)"> 需核对省统计局口径');
    expect(await page.locator('[data-testid="notes"] img').count()).toBe(0);
    expect(alerted).toBe(false);
    expect(await page.inputValue('[data-testid="tracking-status"]')).toBe('at-risk');
    expect(await page.textContent('[data-testid="progress-summary"]')).toContain('50.0%');
    await page.screenshot({ path: join(SHOTS, 'detail-tracking.png'), fullPage: true });
  });

  it('shows the change in another open tab', async () => {
    const other = await context.newPage();
    await other.goto(`${app.site.url}#/tracked`);
    const before = await tableText(other);
    await detail(page);
    await page.fill('textarea[name="note"]', '第二个标签页应看到这条');
    await page.click('button:has-text("添加笔记")');
    await other.waitForFunction((previous) => document.querySelector('[data-testid="tracked-table"]')?.textContent !== previous, before, { timeout: 10_000 });
    expect(await tableText(other)).toContain(target.indicator);
    await other.screenshot({ path: join(SHOTS, 'tracked.png'), fullPage: true });
    await other.close();
  });

  it('exports, clears the database, imports and gets everything back identically', async () => {
    await page.goto(`${app.site.url}#/tracked`);
    await tableText(page);
    const exported = await download(() => page.click('button:has-text("导出笔记 JSON")'));
    const csv = await download(() => page.click('button:has-text("导出笔记 CSV")'));
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    const before = JSON.parse(exported.text);
    expect(before.notes).toHaveLength(2);
    await page.evaluate(() => new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase('policy-targets');
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
      request.onblocked = () => resolve();
    }));
    await page.reload();
    await page.waitForSelector('[data-testid="tracked-table"]');
    expect(await page.locator('[data-testid="tracked-table"] tbody tr').count()).toBe(0);
    await page.setInputFiles('[data-testid="import-notes"]', { name: exported.name, mimeType: 'application/json', buffer: Buffer.from(exported.text) });
    await page.waitForSelector('[data-testid="import-preview"]');
    expect(await page.textContent('[data-testid="import-preview"]')).toContain('2 笔记');
    await page.click('button:has-text("确认导入")');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="tracked-table"] tbody tr').length > 0);
    const again = JSON.parse((await download(() => page.click('button:has-text("导出笔记 JSON")'))).text);
    expect({ ...again, exportedAt: null }).toEqual({ ...before, exportedAt: null });
  });

  it('refuses a broken import file and changes nothing', async () => {
    await page.goto(`${app.site.url}#/tracked`);
    const before = await tableText(page);
    await page.setInputFiles('[data-testid="import-notes"]', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "policy-targets-notes", "notes": [') });
    await page.waitForSelector('[data-testid="import-preview"] .problem');
    expect(await page.textContent('[data-testid="import-preview"]')).toMatch(/not valid JSON/);
    expect(await page.isDisabled('button:has-text("确认导入")')).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'import-refused.png') });
    expect(await tableText(page)).toBe(before);
  });
});
