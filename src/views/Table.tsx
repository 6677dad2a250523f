// Table: every record, searchable in Chinese, sortable and filterable; rows are virtualised so
// 10,000 records scroll smoothly.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import { sortRows, type SortKey } from '../data/selectors';
import { targetHref, type ViewProps } from '../app/context';
import { amount, deadlineText, regionName } from './format';

const COLUMNS: { key: SortKey; label: 'indicator' | 'region' | 'value' | 'deadline' | 'kind' }[] = [
  { key: 'region', label: 'region' }, { key: 'indicator', label: 'indicator' }, { key: 'value', label: 'value' },
  { key: 'deadline', label: 'deadline' }, { key: 'kind', label: 'kind' },
];
const ROW_HEIGHT = 40;

export function Table(props: ViewProps) {
  const { filtered, route, t, go } = props;
  const sortKey = (COLUMNS.find((c) => c.key === route.params.get('sort'))?.key ?? 'region');
  const descending = route.params.get('desc') === '1';
  const rows = useMemo(() => sortRows(filtered, sortKey, descending), [filtered, sortKey, descending]);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const sortBy = (key: SortKey): void => go('table', null, { sort: key, desc: key === sortKey && !descending ? '1' : null }, true);
  return (
    <section aria-labelledby="table-title">
      <h2 id="table-title">{t('table')} <span className="muted" data-testid="table-count">{rows.length} {t('records')}</span></h2>
      <div className="grid-table" role="table" aria-rowcount={rows.length + 1}>
        <div className="grid-row grid-head" role="row" aria-rowindex={1}>
          {COLUMNS.map((c) => (
            <span role="columnheader" key={c.key} aria-sort={c.key === sortKey ? (descending ? 'descending' : 'ascending') : 'none'}>
              <button type="button" onClick={() => sortBy(c.key)}>{t(c.label)}{c.key === sortKey ? (descending ? ' ▼' : ' ▲') : ''}</button>
            </span>
          ))}
        </div>
        <div ref={scroller} className="grid-body" tabIndex={0} role="rowgroup" aria-label={t('table')}>
          <div role="presentation" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const { target } = rows[item.index];
              return (
                <div key={target.id} role="row" aria-rowindex={item.index + 2} className="grid-row" style={{ position: 'absolute', top: 0, transform: `translateY(${item.start}px)`, height: ROW_HEIGHT, width: '100%' }}>
                  <span role="cell">{regionName(target.region, t)}</span>
                  <span role="cell"><a href={targetHref(route, target.id)} title={target.source.quote}>{target.indicator}</a></span>
                  <span role="cell">{amount(target)}</span>
                  <span role="cell">{deadlineText(target)}</span>
                  <span role="cell">{t(target.kind)}</span>
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </section>
  );
}
