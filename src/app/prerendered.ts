// The charts of the first view the build writes into index.html (overview, Chinese, no filters), as
// SVG: the app shows them (hydrating the build's markup) until a chart is pointed at, focused or
// touched — so the first paint and the hand-over need no chart code.
export const prerendered = { charts: new Map<string, string>() };

/** A chart is shown from its prerendered SVG only when it would plot exactly the same numbers. */
export function chartKey(title: string, rows: readonly (readonly (string | number)[])[], language: string): string {
  return `${language}|${title}|${JSON.stringify(rows)}`;
}

/** Reads what the build wrote into the page, if it is the view about to be shown. */
export function capturePrerendered(root: HTMLElement, isFirstView: boolean): void {
  if (!isFirstView || !root.hasAttribute('data-first-view')) return;
  for (const figure of root.querySelectorAll<HTMLElement>('[data-chart-key]')) {
    const svg = figure.querySelector('.chart-canvas')?.innerHTML;
    if (svg) prerendered.charts.set(figure.dataset.chartKey ?? '', svg);
  }
}
