// npm run bench (Lighthouse part): performance, accessibility and best-practices of the production
// build's overview, served under a sub-path and audited with Debian's Chromium using Lighthouse's
// standard presets — mobile (the default: a phone screen, 4× CPU slowdown, slow 4G) and desktop —
// three runs each, reporting the median run (by performance score) of each.
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS } from '../support/browser';
import { serveStatic } from '../support/static-server';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const PRESETS = { mobile: undefined, desktop: desktopConfig } as const;

type Result = NonNullable<Awaited<ReturnType<typeof lighthouse>>>;

async function main(): Promise<void> {
  const site = await serveStatic(DIST);
  try {
    for (const [name, config] of Object.entries(PRESETS)) {
      const runs: Result[] = [];
      for (let run = 0; run < RUNS; run++) {
        // a fresh browser per run: no warm caches or service worker between runs
        const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', chromeFlags: CHROMIUM_ARGS });
        try {
          const result = await lighthouse(`${site.url}#/overview`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] }, config);
          if (!result) throw new Error('Lighthouse returned no result');
          runs.push(result);
        } finally {
          chrome.kill();
        }
      }
      const score = (r: Result, id: string): number => Math.round((r.lhr.categories[id]?.score ?? 0) * 100);
      const sorted = [...runs].sort((a, b) => score(a, 'performance') - score(b, 'performance'));
      const median = sorted[Math.floor(sorted.length / 2)];
      const metric = (id: string): string => median.lhr.audits[id]?.displayValue ?? '?';
      console.log(`Lighthouse ${name} preset (overview), median of ${runs.length}: performance ${score(median, 'performance')} (runs: ${runs.map((r) => score(r, 'performance')).join(', ')}), accessibility ${score(median, 'accessibility')}, best practices ${score(median, 'best-practices')} (aim: mobile ≥ 90, desktop ≥ 98)`);
      console.log(`  FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}, SI ${metric('speed-index')}`);
      const lcp = median.lhr.audits['largest-contentful-paint-element']?.details as { items?: { items?: { node?: { snippet?: string } }[] }[] } | undefined;
      console.log(`  LCP element: ${lcp?.items?.[0]?.items?.[0]?.node?.snippet ?? '?'}`);
      const failing = Object.values(median.lhr.audits).filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode === 'binary').map((a) => a.id);
      if (failing.length) console.log(`  audits below par: ${failing.join(', ')}`);
    }
  } finally {
    await site.close();
  }
}

await main();
