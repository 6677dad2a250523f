import { join } from 'node:path';
import { launchBrowser } from './support/browser';
import { serveStatic } from './support/static-server';
import { makeKeyedDataset } from './support/fixtures';
const ROOT = join(import.meta.dirname, '..');
const site = await serveStatic(join(ROOT, 'dist'), '/p/', (path) => (path === 'data/targets.json' ? JSON.stringify(makeKeyedDataset()) : undefined));
const browser = await launchBrowser();
const page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
page.on('console', (m) => { if (m.type() === 'error') console.log('console:', m.text()); });
page.on('pageerror', (e) => console.log('pageerror:', e.message));
for (const [name, hash] of [['picker', '#/compare'], ['indicator', '#/compare?indicator=data-industry-scale'], ['family', '#/compare?family=data-economy'], ['percap', '#/compare?indicator=data-industry-scale&scale=perCapita'], ['matrix', '#/compare?tab=matrix'], ['en', '#/compare?indicator=data-industry-scale&lang=en']]) {
  await page.goto(`${site.url}${hash}`);
  await page.waitForSelector('main h2');
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `/tmp/cmp/shots/${name}.png`, fullPage: true });
}
await browser.close(); await site.close();
