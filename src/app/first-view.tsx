// Renders the first view (overview, Chinese, no filters) to HTML at build time, its chart as SVG
// through ECharts' server-side renderer, so the first paint shows the numbers and the chart before
// any script runs. The markup is exactly what the app renders for that view, so the app hydrates it
// (attaches to it) instead of drawing the page again.
import { Suspense } from 'react';
import { renderToString } from 'react-dom/server';
import { countsOption } from '../charts/counts-option';
import { echarts } from '../charts/echarts';
import { NO_FILTERS } from '../data/filters';
import { parseDataset } from '../data/load-dataset';
import { provinceOf } from '../data/provinces';
import { indexRows } from '../data/selectors';
import { Overview } from '../views/Overview';
import type { ViewProps } from './context';
import { describeFilters } from './describe-filters';
import { FilterBar } from './FilterBar';
import { Footer, Header } from './Frame';
import { translator } from './i18n';
import { chartKey, prerendered } from './prerendered';
import { parseHash } from './route';

/** Width the chart is drawn at; the SVG scales to its box. */
const CHART_WIDTH = 800;

function chartSvg(option: object, height: number): string {
  const chart = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width: CHART_WIDTH, height });
  chart.setOption({ ...option, animation: false });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

/** The inner HTML of #root for the overview of a dataset, as of `today`; throws on a dataset that does not validate. */
export function renderFirstView(datasetText: string, today: string): string {
  const loaded = parseDataset(datasetText, 'data/targets.json');
  if (!loaded.ok) throw new Error(`${loaded.title}\n${loaded.detail}`);
  const { dataset } = loaded;
  const t = translator('zh');
  const rows = indexRows(dataset, today, provinceOf);
  const route = parseHash('');
  const noop = (): void => undefined;
  const props: ViewProps = {
    dataset, rows, filtered: rows, filters: NO_FILTERS, setFilters: noop, route, go: noop, t, language: 'zh', today,
    exportMeta: { filters: describeFilters(NO_FILTERS, t, 'zh'), version: `${t('datasetVersion')} ${dataset.version}`, source: t('sourceLine'), language: 'zh' },
    regionName: (name) => name,
  };
  const spec = countsOption(rows, t('byRegion'), t);
  prerendered.charts.set(chartKey(spec.title, spec.table.rows, 'zh'), chartSvg(spec.option, spec.height));
  try {
    return renderToString(
      <>
        <Header t={t} view="overview" params={route.params} carried={new URLSearchParams()} onLanguage={noop} />
        <FilterBar filters={NO_FILTERS} setFilters={noop} rows={rows} t={t} language="zh" dataset={dataset} onExport={noop} asOf={today} setAsOf={noop} regionName={(name) => name} />
        <main id="content" tabIndex={-1}><Suspense fallback={null}><Overview {...props} /></Suspense></main>
        <Footer t={t} dataset={dataset} source="bundled" />
      </>,
    );
  } finally {
    prerendered.charts.clear();
  }
}
