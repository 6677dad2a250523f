// Baseline → target arrows for the targets shown, one chart per indicator key (or only the key
// asked for), each labelled with the average annual change its region must make.
import { useMemo } from 'react';
import type { Translate } from '../app/i18n';
import { baselineOption, baselineRows, unitLabel } from '../charts/baseline-option';
import type { ExportContext } from '../charts/export-decoration';
import { LazyChart as Chart } from '../charts/LazyChart';
import type { Row } from '../data/selectors';
import { linkBaselines } from '../domain/baselines';
import type { Dataset } from '../domain/schema';
import { bestMoneyScale } from '../domain/units';

interface Props {
  rows: readonly Row[];
  dataset: Dataset;
  /** Only this indicator key; every key with a baseline when absent. */
  indicatorKey?: string | null;
  t: Translate;
  meta: ExportContext;
}

/** At most this many indicators at once: each is its own chart. */
const MAX_CHARTS = 6;

export function BaselineChart({ rows, dataset, indicatorKey, t, meta }: Props) {
  const targets = useMemo(() => rows.map((r) => r.target), [rows]);
  const links = useMemo(() => linkBaselines(targets, dataset.observations), [targets, dataset.observations]);
  const charts = useMemo(() => {
    const keys = [...new Set(targets.flatMap((target) => (links.get(target.id)?.required && target.indicatorKey ? [target.indicatorKey] : [])))]
      .filter((key) => !indicatorKey || key === indicatorKey)
      .sort();
    const names = new Map(dataset.indicators.map((i) => [i.key, i.zh]));
    return keys.slice(0, MAX_CHARTS).map((key) => {
      const chartRows = baselineRows(targets, links, key);
      const unit = chartRows[0]?.target.normalized.unit ?? 'count';
      const scale = bestMoneyScale(Math.max(...chartRows.map((r) => r.target.normalized.value)));
      const title = `${t('obsBaselineTitle')} · ${names.get(key) ?? key} · ${unitLabel(unit, scale)}`;
      return { key, spec: baselineOption(chartRows, unit, scale, title, t) };
    });
  }, [targets, links, indicatorKey, dataset.indicators, t]);
  if (!charts.length) return null;
  return (
    <section className="baselines" aria-label={t('obsBaselineTitle')} data-testid="baseline-charts">
      <p className="muted">{t('obsRateNote')}</p>
      {charts.map(({ key, spec }) => <Chart key={key} spec={spec} meta={meta} t={t} testId={`baseline-chart-${key}`} />)}
    </section>
  );
}
