// Overview: counts by region, level and kind; the next deadlines; what is overdue as of today.
import { useMemo } from 'react';
import { LazyChart as Chart } from '../charts/LazyChart';
import { countsOption } from '../charts/counts-option';
import { countBy, nextDeadlines, overdue, type Row } from '../data/selectors';
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
            <span className="date">{deadlineText(target)}</span> <b>{target.region.name}</b> {target.indicator} <span className="amount">{amount(target)}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

export function Overview(props: ViewProps) {
  const { filtered, t } = props;
  const spec = useMemo(() => countsOption(filtered, t('byRegion'), t), [filtered, t]);
  const levels = countBy(filtered, (r) => r.target.region.level);
  const kinds = countBy(filtered, (r) => r.target.kind);
  const documents = new Set(filtered.map((r) => r.target.documentId)).size;
  const late = overdue(filtered);
  return (
    <section aria-labelledby="overview-title">
      <h2 id="overview-title">{t('overview')}</h2>
      <div className="stats">
        <div className="stat"><b data-testid="record-count">{filtered.length}</b><span>{t('records')}</span></div>
        <div className="stat"><b>{documents}</b><span>{t('documents')}</span></div>
        {kinds.map(({ key, count }) => <div className="stat" key={key}><b>{count}</b><span>{t(key)}</span></div>)}
        {levels.map(({ key, count }) => <div className="stat" key={key}><b>{count}</b><span>{t(key as MessageKey)}</span></div>)}
        <div className="stat warn"><b>{late.length}</b><span>{t('overdue')}</span></div>
      </div>
      <div className="two-columns">
        {filtered.length ? <Chart spec={spec} meta={props.exportMeta} t={t} testId="overview-chart" onSelect={(name) => props.setFilters({ ...props.filters, region: name })} /> : <p>{t('noData')}</p>}
        <div>
          <h3>{t('nextDeadlines')}</h3>
          <RowList rows={nextDeadlines(filtered)} props={props} />
          <h3>{t('overdueList')} ({props.today})</h3>
          <RowList rows={late.slice(0, 12)} props={props} />
        </div>
      </div>
    </section>
  );
}
