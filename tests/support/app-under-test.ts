// One browser-test file's fixture: the built app (dist/) served under a sub-path as a static host
// would, Debian's Chromium, the folder screenshots go to, and the bundled dataset the views show
// (tests derive what they expect from it rather than typing values in).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { DatasetSchema, type Dataset } from '../../src/domain/schema';
import { launchBrowser } from './browser';
import { serveStatic, type StaticSite } from './static-server';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SHOTS = join(ROOT, 'tests', 'e2e', 'screenshots');
mkdirSync(SHOTS, { recursive: true });

/** data/targets.json, validated: what the app shows. */
export function bundledDataset(): Dataset {
  return DatasetSchema.parse(JSON.parse(readFileSync(join(ROOT, 'data', 'targets.json'), 'utf8')));
}

/**
 * Waits until the app has taken over the page: the overview is first the build's markup (#root[data-first-view]), whose
 * controls do nothing until React has hydrated it, so a click or a choice made before then is lost.
 */
export async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('#root[data-first-view]') === null, null, { timeout: 20_000 });
}

/** A desktop window that takes downloads: what most tests look through. */
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1400, height: 1000 }, acceptDownloads: true };

export interface App {
  readonly site: StaticSite;
  readonly browser: Browser;
  /** A page in a context of its own (its own storage): the desktop window unless told otherwise. */
  page(options?: BrowserContextOptions): Promise<Page>;
}

/** Serves dist/ and starts Chromium before the file's tests and closes both after them; use `site` and `browser` inside tests. */
export function useApp(): App {
  let site: StaticSite | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    site = await serveStatic(join(ROOT, 'dist'));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started: use it inside a test or a beforeAll`);
    return value;
  };
  return {
    get site() { return started(site, 'the static site'); },
    get browser() { return started(browser, 'the browser'); },
    async page(options = DESKTOP) { return (await started(browser, 'the browser').newContext(options)).newPage(); },
  };
}
