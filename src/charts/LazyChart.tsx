// Charts load ECharts on demand: a view's text and tables show at once, and the chart fills a box
// of its final height when the library arrives (no layout shift). A chart the build prerendered
// (same numbers) is shown as that SVG, with working exports, until it is pointed at, focused or
// touched; then the interactive chart takes its place.
import { Suspense, lazy, useState, type ComponentProps } from 'react';
import { prerenderedChart } from '../app/prerendered';
import { ChartFrame } from './ChartFrame';

const Chart = lazy(() => import('./Chart').then((m) => ({ default: m.Chart })));

type Props = ComponentProps<typeof Chart>;

export function LazyChart(props: Props) {
  const written = prerenderedChart(props.spec.title, () => props.spec.table.rows, props.meta.language);
  const svg = written?.svg;
  const [live, setLive] = useState<'no' | 'yes' | 'focused'>('no');
  const wake = (): void => setLive(document.activeElement?.closest('.chart-canvas') ? 'focused' : 'yes');
  const still = svg ? <ChartFrame {...props} chartKey={written?.key} svg={svg} onWake={wake} /> : null;
  if (svg && live === 'no') return still;
  return (
    <Suspense fallback={still ?? <div className="chart" data-testid={props.testId ? `${props.testId}-loading` : undefined} style={{ minHeight: props.spec.height + 80 }} aria-busy="true" />}>
      <Chart {...props} autoFocus={live === 'focused'} />
    </Suspense>
  );
}
