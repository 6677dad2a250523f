// Table: every record under the filters, sortable, with the document each comes from (title,
// issuer); rows are virtualised so 10,000 records scroll smoothly. On a narrow screen each row
// becomes a small card (see styles.css), so nothing scrolls sideways.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import { keepFiltered, sortRows, type SortKey } from '../data/selectors';
import { formatNumber } from '../domain/format-quantity';
import { targetHref, type ViewProps } from '../app/context';
import type { MessageKey } from '../app/i18n';
import { amount, deadlineText } from './format';

const COLUMNS: { key: SortKey | null; label: MessageKey }[] = [
  { key: 'region', label: 'region' }, { key: 'indicator', label: 'indicator' }, { key: 'value', label: 'value' },
  { key: 'deadline', label: 'deadline' }, { key: null, label: 'status' }, { key: 'kind', label: 'kind' }, { key: null, label: 'document' },
];
const ROW_HEIGHT = 44;

export function Table(props: ViewProps) {
  const { rows: all, filtered, route, t, go, language, regionName } = props;
  const sortKey = COLUMNS.find((c) => c.key && c.key === route.params.get('sort'))?.key ?? 'region';
  const descending = route.params.get('desc') === '1';
  // sorted once per dataset and order; a filter or a search keystroke only picks from that list
  const sorted = useMemo(() => sortRows(all, sortKey, descending), [all, sortKey, descending]);
  const rows = useMemo(() => keepFiltered(sorted, (row) => row, all, filtered), [sorted, all, filtered]);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const sortBy = (key: SortKey): void => go('table', null, { sort: key, desc: key === sortKey && !descending ? '1' : null }, true);
  return (
    <section aria-labelledby="table-title">
      <h2 id="table-title">{t('table')} <span className="muted" data-testid="table-count">{formatNumber(rows.length, language)} {t('records')}</span></h2>
      <div className="grid-table" role="table" aria-rowcount={rows.length + 1}>
        <div className="grid-row grid-head" role="row" aria-rowindex={1}>
          {COLUMNS.map((c) => (
            <span role="columnheader" key={c.label} aria-sort={c.key === sortKey ? (descending ? 'descending' : 'ascending') : undefined}>
              {c.key ? <button type="button" onClick={() => sortBy(c.key!)}>{t(c.label)}{c.key === sortKey ? (descending ? ' ▼' : ' ▲') : ''}</button> : t(c.label)}
            </span>
          ))}
        </div>
        <div ref={scroller} className="grid-body" tabIndex={0} role="rowgroup" aria-label={t('table')}>
          <div role="presentation" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const { target, document, status } = rows[item.index];
              return (
                <div key={target.id} ref={virtualizer.measureElement} data-index={item.index} role="row" aria-rowindex={item.index + 2} className="grid-row"
                  style={{ position: 'absolute', top: 0, transform: `translateY(${item.start}px)`, width: '100%' }}>
                  <span role="cell" className="cell-region">{regionName(target.region.name)}</span>
                  <span role="cell" className="cell-indicator"><a href={targetHref(route, target.id)} title={target.source.quote}>{target.indicator}</a></span>
                  <span role="cell" className="cell-value">{amount(target, language)}</span>
                  <span role="cell" className="cell-deadline">{deadlineText(target, language)}</span>
                  <span role="cell" className="cell-status"><span className={`badge ${status}`}>{t(status)}</span></span>
                  <span role="cell" className="cell-kind">{t(target.kind)}{target.strength ? ` · ${t(target.strength)}` : ''}</span>
                  <span role="cell" className="cell-document" title={document?.title}>{document?.title ?? '—'}<span className="muted"> · {regionName(document?.region ?? '')}{document?.published ? ` · ${document.published}` : ''}</span></span>
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </section>
  );
}
