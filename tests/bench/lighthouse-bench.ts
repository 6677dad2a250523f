// npm run bench (Lighthouse part): performance, accessibility and best-practices scores of the
// production build, served under a sub-path and audited with Debian's Chromium.
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from '../support/browser';
import { serveStatic } from '../support/static-server';

const DIST = join(import.meta.dirname, '..', '..', 'dist');

async function main(): Promise<void> {
  const site = await serveStatic(DIST);
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', chromeFlags: CHROMIUM_ARGS });
  try {
    const result = await lighthouse(`${site.url}#/overview`, {
      port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'],
    }, { extends: 'lighthouse:default', settings: { formFactor: 'desktop', screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false }, throttlingMethod: 'simulate' } });
    if (!result) throw new Error('Lighthouse returned no result');
    const categories = result.lhr.categories;
    const score = (id: string): string => `${Math.round((categories[id]?.score ?? 0) * 100)}`;
    console.log(`Lighthouse (desktop, overview): performance ${score('performance')}, accessibility ${score('accessibility')}, best practices ${score('best-practices')}`);
    const metric = (id: string): string => result.lhr.audits[id]?.displayValue ?? '?';
    console.log(`  FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}, SI ${metric('speed-index')}`);
    const lcp = result.lhr.audits['largest-contentful-paint-element']?.details as { items?: { items?: { node?: { snippet?: string } }[] }[] } | undefined;
    console.log(`  LCP element: ${lcp?.items?.[0]?.items?.[0]?.node?.snippet ?? '?'}`);
    const opportunities = Object.values(result.lhr.audits).filter((a) => a.details?.type === 'opportunity' && (a.numericValue ?? 0) > 100).map((a) => `${a.id} ${Math.round(a.numericValue ?? 0)} ms`);
    if (opportunities.length) console.log(`  opportunities: ${opportunities.join(', ')}`);
    const failing = Object.values(result.lhr.audits).filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode === 'binary').map((a) => a.id);
    if (failing.length) console.log(`  audits below par: ${failing.join(', ')}`);
  } finally {
    await chrome.kill();
    await site.close();
  }
}

await main();
