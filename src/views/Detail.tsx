// Detail: one commitment with its quote highlighted inside its source paragraph, and the
// document's title, column and newsletter date.
import type { ViewProps } from '../app/context';
import { formatQuantity, measureWordOf } from '../domain/format-quantity';
import { amount, deadlineText } from './format';
import { TrackingPanel } from './TrackingPanel';

function Highlighted({ context, quote }: { context: string; quote: string }) {
  const at = context.indexOf(quote);
  if (at < 0) return <p className="context">{context}</p>;
  return <p className="context">{context.slice(0, at)}<mark>{quote}</mark>{context.slice(at + quote.length)}</p>;
}

export function Detail(props: ViewProps) {
  const { rows, route, t, language, regionName } = props;
  const row = rows.find((r) => r.target.id === route.param);
  if (!row) return <section><h2>{t('notFound')}</h2><p><a href="#/table">{t('table')}</a></p></section>;
  const { target, document } = row;
  return (
    <section aria-labelledby="detail-title" className="detail">
      <p><a href={`#/table?${route.params}`}>← {t('table')}</a></p>
      <h2 id="detail-title">{target.indicator} <span className="amount">{amount(target, language)}</span></h2>
      <dl className="facts">
        <dt>{t('region')}</dt><dd><a href={`#/regions/${encodeURIComponent(row.province)}`}>{regionName(target.region.name)}</a> ({t(target.region.level)})</dd>
        <dt>{t('kind')}</dt><dd>{t(target.kind)}</dd>
        <dt>{t('strength')}</dt><dd data-testid="strength">{t(target.strength ?? 'unstated')}</dd>
        <dt>{t('deadline')}</dt><dd>{deadlineText(target, language)} · <span className={`badge ${row.status}`}>{t(row.status)}</span> <span className="muted">({t('asOfDate')} {props.today})</span></dd>
        <dt>{t('value')}</dt><dd data-testid="normalized-value">{formatQuantity(target.normalized.value, target.normalized.unit, language, measureWordOf(target.unit))}{target.normalized.valueMax !== null ? `–${formatQuantity(target.normalized.valueMax, target.normalized.unit, language, measureWordOf(target.unit))}` : ''}{target.baselineYear ? ` · ${t('baselineYear')} ${target.baselineYear}` : ''}{target.cumulative ? ` · ${t('cumulative')}` : ''}{target.annual ? ` · ${t('annual')}` : ''}</dd>
        <dt>{t('document')}</dt><dd>{document?.title}</dd>
        <dt>{t('issuer')}</dt><dd>{document ? regionName(document.region) : '—'}</dd>
        <dt>{t('section')}</dt><dd>{document?.section ?? '—'}</dd>
        <dt>{t('published')}</dt><dd>{document?.published ?? '—'}</dd>
        <dt>{t('source')}</dt><dd>{target.source.file}:{target.source.line}{target.source.alsoLines.length ? ` · ${t('alsoIn')} ${target.source.alsoLines.join(', ')} ${t('line')}` : ''}</dd>
      </dl>
      <h3>{t('context')}</h3>
      <Highlighted context={target.source.context} quote={target.source.quote} />
      <TrackingPanel target={target} t={t} />
    </section>
  );
}
