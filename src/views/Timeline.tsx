// Timeline: every target on a time axis by deadline, grouped by region or document, with
// today's line, plan-period bands and a status computed as of today.
import { useMemo } from 'react';
import { LazyChart as Chart } from '../charts/LazyChart';
import { timelineOption } from '../charts/timeline-option';
import { countBy, timelinePoints } from '../data/selectors';
import type { ViewProps } from '../app/context';

export function Timeline(props: ViewProps) {
  const { filtered, route, t, today, go } = props;
  const groupBy = route.params.get('group') === 'document' ? 'document' : 'region';
  const points = useMemo(() => timelinePoints(filtered, groupBy), [filtered, groupBy]);
  const groupLabel = groupBy === 'region' ? t('region') : t('document');
  const spec = useMemo(() => timelineOption(points, today, `${t('timeline')} · ${groupLabel}`, groupLabel, t), [points, today, groupLabel, t]);
  const statuses = countBy(filtered, (r) => r.status);
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('timeline')}</h2>
      <div className="controls">
        <fieldset className="segmented"><legend>{t('groupBy')}</legend>
          {(['region', 'document'] as const).map((g) => (
            <label key={g}><input type="radio" name="group" checked={groupBy === g} onChange={() => go('timeline', null, { group: g === 'region' ? null : g }, true)} />{g === 'region' ? t('region') : t('byDocument')}</label>
          ))}
        </fieldset>
        <p className="status-counts">{statuses.map(({ key, count }) => <span key={key} className={`badge ${key}`}>{t(key)} {count}</span>)}</p>
      </div>
      {points.length ? <Chart spec={spec} meta={props.exportMeta} t={t} testId="timeline-chart" /> : <p>{t('noData')}</p>}
    </section>
  );
}
