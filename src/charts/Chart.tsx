// The live chart: one ECharts instance per chart spec, resized with its box, disposed on unmount;
// its items reachable by keyboard (arrows step and announce, Enter selects). Title, exports and the
// data table come from ChartFrame.
import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { ChartFrame, plottedCount, type ChartProps } from './ChartFrame';
import { echarts } from './echarts';

export function Chart(props: ChartProps & { autoFocus?: boolean }) {
  const { spec, meta, t, onSelect, testId, autoFocus } = props;
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);
  const select = useRef(onSelect);
  select.current = onSelect;
  const marks = useRef(spec.marks);
  marks.current = spec.marks;
  // focus once, on mount, when the chart replaced a prerendered one that had the focus
  const focusOnMount = useRef(autoFocus);

  // layout effects: the chart is drawn in the same frame as the rest of an update (a filter's
  // counts and its chart appear together), not one frame later
  useLayoutEffect(() => {
    if (!box.current) return undefined;
    const instance = echarts.init(box.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    // reachable from its box for browser tests and for debugging in the console
    Reflect.set(box.current, 'chart', instance);
    instance.on('click', (params) => {
      // marks held in typed arrays name their record through the spec (a click elsewhere names none)
      const id = marks.current
        ? (params.componentType === 'series' ? marks.current.id(params.seriesIndex ?? -1, params.dataIndex ?? -1) : null) ?? ''
        : String(params.name ?? '');
      select.current?.(id, params.dataIndex ?? -1, params.data);
    });
    // the first chart drawn marks the time benchmarks read as "first chart"
    instance.on('finished', () => {
      if (!performance.getEntriesByName('first-chart').length) performance.mark('first-chart');
    });
    if (focusOnMount.current) box.current.focus();
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useLayoutEffect(() => {
    // no resize() here: it redraws everything a second time; a new height reaches the chart
    // through the ResizeObserver above
    chart.current?.setOption(spec.option, { notMerge: true });
  }, [spec]);

  // keyboard: arrows step through the chart's items (tooltip shown and announced), Enter selects one
  const focused = useRef(-1);
  const [announced, setAnnounced] = useState('');
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const instance = chart.current;
    if (!instance) return;
    const series = spec.marks ? [] : (instance.getOption().series ?? []) as { data?: unknown[] }[];
    const items = spec.marks?.order() ?? series.flatMap((one, seriesIndex) => (one.data ?? []).map((_, dataIndex) => ({ seriesIndex, dataIndex })));
    if (!items.length) return;
    const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1, Home: -Infinity, End: Infinity }[event.key];
    if (step !== undefined) {
      event.preventDefault();
      const next = Math.min(items.length - 1, Math.max(0, focused.current < 0 && step > 0 ? 0 : focused.current + (Number.isFinite(step) ? step : step * items.length)));
      focused.current = next;
      instance.dispatchAction({ type: 'downplay' });
      instance.dispatchAction({ type: 'highlight', ...items[next] });
      instance.dispatchAction({ type: 'showTip', ...items[next] });
      const tip = box.current?.querySelector<HTMLElement>('div[style*="z-index: 9999999"]');
      setAnnounced(tip?.innerText ?? '');
    } else if (event.key === 'Enter' && focused.current >= 0) {
      const { seriesIndex, dataIndex } = items[focused.current];
      const data = series[seriesIndex]?.data?.[dataIndex];
      const name = spec.marks?.id(seriesIndex, dataIndex) ?? (typeof data === 'object' && data !== null && 'name' in data ? String(data.name) : '');
      select.current?.(name, dataIndex, data);
    } else if (event.key === 'Escape') {
      focused.current = -1;
      instance.dispatchAction({ type: 'hideTip' });
      instance.dispatchAction({ type: 'downplay' });
    }
  };

  const count = plottedCount(spec, meta, t);
  return (
    <ChartFrame {...props}>
      <div ref={box} className="chart-canvas" style={{ height: spec.height }} role="application" tabIndex={0} onKeyDown={onKeyDown}
        aria-label={`${spec.title} · ${count}`} aria-roledescription={t('chartRole')} aria-describedby={testId ? `${testId}-keys` : undefined} />
      <p className="sr-only" id={testId ? `${testId}-keys` : undefined}>{t('chartKeys')}</p>
      <p className="sr-only" aria-live="polite" data-testid="chart-announce">{announced}</p>
    </ChartFrame>
  );
}
