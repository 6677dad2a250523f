// The charts of the first view the build writes into index.html (overview, Chinese, no filters), as
// SVG: the app shows them (hydrating the build's markup) until a chart is pointed at, focused or
// touched — so the first paint and the hand-over need no chart code.
export const prerendered = { charts: new Map<string, string>() };

const keyHead = (title: string, language: string): string => `${language}|${title}|`;

/** A chart is shown from its prerendered SVG only when it would plot exactly the same numbers. */
export function chartKey(title: string, rows: readonly (readonly (string | number)[])[], language: string): string {
  return `${keyHead(title, language)}${JSON.stringify(rows)}`;
}

/**
 * The prerendered SVG of a chart with these numbers, if the build wrote one. Charts with another
 * title are told apart first, so a chart of 50,000 rows is not serialised on every update to find out.
 */
export function prerenderedChart(title: string, rows: () => readonly (readonly (string | number)[])[], language: string): { key: string; svg: string } | null {
  const head = keyHead(title, language);
  if (![...prerendered.charts.keys()].some((key) => key.startsWith(head))) return null;
  const key = chartKey(title, rows(), language);
  const svg = prerendered.charts.get(key);
  return svg === undefined ? null : { key, svg };
}

/** Reads what the build wrote into the page, if it is the view about to be shown. */
export function capturePrerendered(root: HTMLElement, isFirstView: boolean): void {
  if (!isFirstView || !root.hasAttribute('data-first-view')) return;
  for (const figure of root.querySelectorAll<HTMLElement>('[data-chart-key]')) {
    const svg = figure.querySelector('.chart-canvas')?.innerHTML;
    if (svg) prerendered.charts.set(figure.dataset.chartKey ?? '', svg);
  }
}
