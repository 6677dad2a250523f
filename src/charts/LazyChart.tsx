// Charts load ECharts on demand: a view's text and tables show at once, and the chart fills a
// box of its final height when the library arrives (no layout shift).
import { Suspense, lazy, type ComponentProps } from 'react';

const Chart = lazy(() => import('./Chart').then((m) => ({ default: m.Chart })));

export function LazyChart(props: ComponentProps<typeof Chart>) {
  return (
    <Suspense fallback={<div className="chart" data-testid={props.testId ? `${props.testId}-loading` : undefined} style={{ minHeight: props.spec.height + 80 }} aria-busy="true" />}>
      <Chart {...props} />
    </Suspense>
  );
}
