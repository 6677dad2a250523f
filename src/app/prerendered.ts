// The first view the build writes into index.html (overview, Chinese, no filters): its markup, kept
// on screen until the app can draw the same view, and its charts as SVG, shown until a chart is
// pointed at, focused or touched — so the first paint needs neither the app's data nor chart code.
export const prerendered = { root: '', main: '', charts: new Map<string, string>() };

/** A chart is shown from its prerendered SVG only when it would plot exactly the same numbers. */
export function chartKey(title: string, rows: readonly (readonly (string | number)[])[], language: string): string {
  return `${language}|${title}|${JSON.stringify(rows)}`;
}

/** Reads what the build wrote into the page, if it is the view about to be shown. */
export function capturePrerendered(root: HTMLElement, isFirstView: boolean): void {
  if (!isFirstView || !root.hasAttribute('data-first-view')) return;
  prerendered.root = root.innerHTML;
  prerendered.main = root.querySelector('main')?.innerHTML ?? '';
  for (const figure of root.querySelectorAll<HTMLElement>('[data-chart-key]')) {
    const svg = figure.querySelector('.chart-canvas')?.innerHTML;
    if (svg) prerendered.charts.set(figure.dataset.chartKey ?? '', svg);
  }
}
