// Timeline: every target with a deadline as its own row, from its document's date to its deadline,
// grouped by region or document, coloured by status as of the chosen date; a row opens its record.
import { useMemo } from 'react';
import { LazyChart as Chart } from '../charts/LazyChart';
import { lanePositions, lanesOption, timelineLanes } from '../charts/timeline-option';
import { countBy, timelineItems } from '../data/selectors';
import type { ViewProps } from '../app/context';

export function Timeline(props: ViewProps) {
  const { rows, filtered, route, t, today, go, language, regionName } = props;
  const groupBy = route.params.get('group') === 'document' ? 'document' : 'region';
  // every row sorted into its lane once per dataset; a filter or a search keystroke only picks lanes
  const lanes = useMemo(() => timelineLanes(timelineItems(rows, groupBy)), [rows, groupBy]);
  const positions = useMemo(() => lanePositions(lanes, rows.length, filtered), [lanes, rows, filtered]);
  const groupLabel = groupBy === 'region' ? t('region') : t('document');
  const compact = typeof window.matchMedia === 'function' && window.matchMedia('(max-width: 640px)').matches;
  const spec = useMemo(() => lanesOption(lanes, positions, {
    title: `${t('timeline')} · ${groupLabel}`, groupLabel, asOf: today, t, language, compact,
    groupName: groupBy === 'region' ? regionName : (title) => title,
  }), [lanes, positions, today, groupLabel, t, language, compact, groupBy, regionName]);
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
        <p className="status-counts" data-testid="status-counts">{statuses.map(({ key, count }) => <span key={key} className={`badge ${key}`}>{t(key)} {count}</span>)} <span className="muted">({t('asOfDate')} {today})</span></p>
      </div>
      {spec.records?.length
        ? <Chart spec={spec} meta={props.exportMeta} t={t} testId="timeline-chart" onSelect={(id) => { if (id) go('target', id); }} />
        : <p>{t('noData')}</p>}
    </section>
  );
}
