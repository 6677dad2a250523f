// Time from a search keystroke to the view showing its result, measured in the page: from the key
// going down until the watched text has changed, every chart on the page has been given its new
// option (ECharts draws it then and there) and the next frame is drawn. Shared by the browser test
// that holds the bar and the benchmark that prints the figures.
import type { Page } from 'playwright-core';

/** Runs in the page before a keystroke (a string, so no build helper leaks into it); `window.__updated` resolves with the time. */
const ARM = `(watch) => {
  const read = () => [...document.querySelectorAll(watch)].map((e) => e.textContent).join('|');
  const before = read();
  window.__keyAt = null;
  // typed CJK characters arrive as text input without a keydown: take whichever comes first
  const mark = (e) => { if (window.__keyAt === null) window.__keyAt = e.timeStamp; };
  document.addEventListener('keydown', mark, { capture: true, once: true });
  document.addEventListener('beforeinput', mark, { capture: true, once: true });
  const charts = [...document.querySelectorAll('.chart-canvas')].map((e) => e.chart).filter(Boolean);
  const waiting = new Set(charts);
  for (const chart of charts) {
    chart.setOption = function (...args) {
      const result = Object.getPrototypeOf(this).setOption.apply(this, args);
      waiting.delete(this);
      return result;
    };
  }
  window.__updated = (async () => {
    const start = performance.now();
    while (window.__keyAt === null || read() === before || waiting.size) {
      await new Promise((r) => setTimeout(r, 0));
      if (performance.now() - start > 15000) return -1;
    }
    for (const chart of charts) delete chart.setOption;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - window.__keyAt;
  })();
}`;

/** Each key changes what matches: a region's first character, then back to everything. */
export const SEARCH_KEYS = ['北', 'Backspace', '浙', 'Backspace', '杭', 'Backspace'] as const;

/**
 * Types each key into the focused search box, one at a time with a pause between (longer than
 * the search's own), and returns the milliseconds each took to show in `watch` and the charts.
 * -1 marks a key whose result never showed.
 */
export async function keystrokeTimes(page: Page, watch: string, keys: readonly string[] = SEARCH_KEYS, pause = 300): Promise<number[]> {
  const times: number[] = [];
  for (const key of keys) {
    await page.evaluate(`(${ARM})(${JSON.stringify(watch)})`);
    if (key === 'Backspace') await page.keyboard.press(key);
    else await page.keyboard.type(key);
    times.push(Number(await page.evaluate('window.__updated')));
    await page.waitForTimeout(pause);
  }
  return times;
}

export const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1];
