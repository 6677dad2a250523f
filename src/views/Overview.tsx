// Overview: counts under the current filters (records, documents, kinds, levels, deadlines passed
// as of the chosen date), commitments by region, the next deadlines and the deadlines passed.
import { useMemo } from 'react';
import { LazyChart as Chart } from '../charts/LazyChart';
import { countsOption } from '../charts/counts-option';
import { countBy, nextDeadlines, overdue, type Row } from '../data/selectors';
import { formatNumber } from '../domain/format-quantity';
import { targetHref, type ViewProps } from '../app/context';
import type { MessageKey } from '../app/i18n';
import { amount, deadlineText } from './format';

function RowList({ rows, props }: { rows: readonly Row[]; props: ViewProps }) {
  if (!rows.length) return <p className="muted">{props.t('noData')}</p>;
  return (
    <ul className="row-list">
      {rows.map(({ target }) => (
        <li key={target.id}>
          <a href={targetHref(props.route, target.id)}>
            <span className="date">{deadlineText(target, props.language)}</span> <b>{props.regionName(target.region.name)}</b> {target.indicator} <span className="amount">{amount(target, props.language)}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

export function Overview(props: ViewProps) {
  const { filtered, t, language, regionName } = props;
  const spec = useMemo(() => countsOption(filtered, t('byRegion'), t, regionName), [filtered, t, regionName]);
  const levels = countBy(filtered, (r) => r.target.region.level);
  const kinds = countBy(filtered, (r) => r.target.kind);
  const documents = new Set(filtered.map((r) => r.target.documentId)).size;
  const late = overdue(filtered);
  const n = (value: number): string => formatNumber(value, language);
  return (
    <section aria-labelledby="overview-title">
      <h2 id="overview-title">{t('overview')}</h2>
      <p className="muted stats-caption">{t('inFilter')} · {t('asOfDate')} {props.today}</p>
      <div className="stats">
        <div className="stat"><b data-testid="record-count">{filtered.length}</b><span>{t('records')}</span></div>
        <div className="stat"><b data-testid="document-count">{documents}</b><span>{t('documents')}</span></div>
        {kinds.map(({ key, count }) => <div className="stat" key={key}><b>{n(count)}</b><span>{t(key)}</span></div>)}
        {levels.map(({ key, count }) => <div className="stat" key={key}><b>{n(count)}</b><span>{t(key as MessageKey)}</span></div>)}
        <div className="stat warn"><b>{n(late.length)}</b><span>{t('overdue')}</span></div>
      </div>
      <div className="two-columns">
        {filtered.length ? <Chart spec={spec} meta={props.exportMeta} t={t} testId="overview-chart" onSelect={(_name, index) => { const region = spec.regionAt?.(index); if (region) props.setFilters({ ...props.filters, region }); }} /> : <p>{t('noData')}</p>}
        <div>
          <h3>{t('nextDeadlines')}</h3>
          <RowList rows={nextDeadlines(filtered)} props={props} />
          <h3>{t('overdueList')} <span className="muted">({t('asOfDate')} {props.today})</span></h3>
          <RowList rows={late.slice(0, 12)} props={props} />
        </div>
      </div>
    </section>
  );
}
