// Statistics: every reported figure (observation) of the dataset with its period, value, growth
// and quote, filtered by region, indicator words, measure and year (and the filter bar's region,
// level and words), exported as CSV.
import { useMemo } from 'react';
import { targetHref, type ViewProps } from '../app/context';
import { provinceOf } from '../data/provinces';
import { linkBaselines } from '../domain/baselines';
import { periodLabel, periodYear } from '../domain/periods';
import { downloadBlob } from '../export/download';
import { observationsToCsv } from '../export/records';

export function Statistics(props: ViewProps) {
  const { dataset, route, t, go, language, filters } = props;
  const region = route.params.get('oregion') ?? '';
  const words = route.params.get('oind') ?? '';
  const measure = route.params.get('omeasure') ?? '';
  const year = route.params.get('oyear') ?? '';
  const regions = useMemo(() => [...new Set(dataset.observations.map((o) => o.region.name))].sort(), [dataset.observations]);
  const years = useMemo(() => [...new Set(dataset.observations.map((o) => periodYear(o.period)))].sort((a, b) => b - a), [dataset.observations]);
  const shown = useMemo(() => dataset.observations.filter((o) => (!region || o.region.name === region)
    && (!filters.region || o.region.name === filters.region || (o.region.code !== null && provinceOf(o.region.code) === filters.region))
    && (!filters.level || o.region.level === filters.level)
    && (!filters.q || `${o.indicator} ${o.source.quote}`.includes(filters.q))
    && (!words || o.indicator.includes(words) || o.source.quote.includes(words) || (o.indicatorKey ?? '').includes(words))
    && (!measure || o.measure === measure)
    && (!year || periodYear(o.period) === Number(year))), [dataset.observations, region, words, measure, year, filters.region, filters.level, filters.q]);
  const linked = useMemo(() => {
    const byObservation = new Map<string, string[]>();
    for (const [targetId, link] of linkBaselines(dataset.targets, dataset.observations)) {
      for (const o of link.observations) byObservation.set(o.id, [...(byObservation.get(o.id) ?? []), targetId]);
    }
    return byObservation;
  }, [dataset.targets, dataset.observations]);
  const set = (key: string, value: string | null): void => go('statistics', null, { oregion: region || null, oind: words || null, omeasure: measure || null, oyear: year || null, [key]: value }, true);
  const exportCsv = (): void => {
    const titles = new Map(dataset.documents.map((d) => [d.id, d.title]));
    downloadBlob(new Blob([observationsToCsv(shown, titles)], { type: 'text/csv;charset=utf-8' }), `policy-observations-${dataset.version}.csv`);
  };
  return (
    <section aria-labelledby="statistics-title">
      <h2 id="statistics-title">{t('statistics')} <span className="muted">{shown.length} / {dataset.observations.length} {t('obsFigures')}</span></h2>
      <div className="controls">
        <label>{t('region')}
          <select value={region} onChange={(e) => set('oregion', e.target.value || null)} data-testid="statistics-region">
            <option value="">{t('all')}</option>
            {regions.map((r) => <option key={r} value={r}>{r}</option>)}
          </select>
        </label>
        <label>{t('indicatorContains')} <input type="search" value={words} onChange={(e) => set('oind', e.target.value || null)} data-testid="statistics-words" /></label>
        <label>{t('obsMeasure')}
          <select value={measure} onChange={(e) => set('omeasure', e.target.value || null)}>
            <option value="">{t('all')}</option>
            <option value="level">{t('obsLevel')}</option>
            <option value="growth">{t('obsGrowth')}</option>
          </select>
        </label>
        <label>{t('obsPeriod')}
          <select value={year} onChange={(e) => set('oyear', e.target.value || null)}>
            <option value="">{t('all')}</option>
            {years.map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </label>
        <button type="button" onClick={exportCsv} data-testid="statistics-csv">{t('exportCsv')}</button>
      </div>
      {shown.length === 0 ? <p>{t('obsNone')}</p> : (
        <table className="plain" data-testid="statistics-table">
          <thead><tr>
            <th scope="col">{t('obsPeriod')}</th><th scope="col">{t('region')}</th><th scope="col">{t('indicator')}</th><th scope="col">{t('value')}</th>
            <th scope="col">{t('obsGrowth')}</th><th scope="col">{t('quote')}</th><th scope="col">{t('obsLinked')}</th>
          </tr></thead>
          <tbody>
            {shown.map((o) => (
              <tr key={o.id}>
                <td>{periodLabel(o.period, language)}</td>
                <td>{o.region.name}</td>
                <td>{o.indicator}{o.indicatorKey ? <span className="muted"> · {o.indicatorKey}</span> : null}</td>
                <td>{o.measure === 'growth' ? '—' : `${o.value}${o.unit}`}{o.cumulative ? ` · ${t('cumulative')}` : ''}</td>
                <td>{o.growth ? `${o.growth.basis === 'year-on-year' ? t('obsYoy') : t('obsMom')} ${o.growth.value > 0 ? '+' : ''}${o.growth.value}%` : '—'}</td>
                <td className="quote">{o.source.quote} <span className="muted">{o.source.file}:{o.source.line}</span></td>
                <td>{(linked.get(o.id) ?? []).map((id) => <a key={id} href={targetHref(route, id)}>{id.slice(0, 6)} </a>)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
