// Compare: one canonical indicator or one family across regions (#/compare?indicator=<key> or
// ?family=<key>), provinces apart from cities, optionally per 10,000 residents or as a share of GDP;
// and the region × indicator matrix (?tab=matrix). State lives in the URL; charts are pure specs.
import { useMemo } from 'react';
import { LazyChart as Chart } from '../charts/LazyChart';
import { commonMeasureWord, indicatorCompareOption, scaleUnitText } from '../charts/indicator-compare-option';
import { compareIndicator, indicatorChoices, type CompareSort, type IndicatorChoice } from '../data/compare';
import { applyFilters } from '../data/selectors';
import { PROVINCE_REFERENCE } from '../data/province-reference';
import { FAMILIES } from '../domain/indicators';
import { SCALE_MODES, scaleModesFor, type ScaleMode } from '../domain/province-reference';
import type { ViewProps } from '../app/context';
import { BaselineChart } from './BaselineChart';
import { CompareMatrix } from './CompareMatrix';
import { IndicatorPicker } from './IndicatorPicker';

export function Compare(props: ViewProps) {
  const { rows, filtered, filters, route, t, go, language, dataset } = props;
  const tab = route.params.get('tab') === 'matrix' ? 'matrix' : 'chart';
  const sort: CompareSort = route.params.get('sort') === 'deadline' ? 'deadline' : 'value';
  const requestedMode = SCALE_MODES.find((m) => m === route.params.get('scale')) ?? 'none';
  const chosenRegions = useMemo(() => (route.params.get('regions') ?? '').split(',').filter(Boolean), [route.params]);
  const own = { tab: tab === 'matrix' ? 'matrix' : null, sort: sort === 'deadline' ? 'deadline' : null, scale: requestedMode === 'none' ? null : requestedMode, regions: chosenRegions.join(',') || null };
  const set = (changes: Record<string, string | null>): void => go('compare', null, { ...own, ...changes }, true);

  const entries = useMemo(() => new Map(dataset.indicators.map((i) => [i.key, i])), [dataset.indicators]);
  const indicatorName = useMemo(() => (key: string): string => entries.get(key)?.[language] ?? key, [entries, language]);
  const unselected = useMemo(() => applyFilters(rows, { ...filters, indicator: null, family: null }), [rows, filters]);
  // the matrix shows every indicator (of the chosen family, if any), not only the chosen one
  const unselectedButFamily = useMemo(() => applyFilters(rows, { ...filters, indicator: null }), [rows, filters]);
  const choices = useMemo(() => indicatorChoices(unselected, dataset.indicators, (key) => FAMILIES.find((f) => f.key === key)), [unselected, dataset.indicators]);
  const selected = useMemo(() => (filters.indicator ? { kind: 'indicator' as const, key: filters.indicator }
    : filters.family ? { kind: 'family' as const, key: filters.family } : null), [filters.indicator, filters.family]);
  const selectedName = selected ? (choices.find((c) => c.kind === selected.kind && c.key === selected.key)?.[language] ?? selected.key) : '';

  const baseUnits = useMemo(() => [...new Set(filtered.flatMap((r) => (r.target.indicatorKey ? [entries.get(r.target.indicatorKey)?.baseUnit ?? r.target.normalized.unit] : [])))], [filtered, entries]);
  const applies = (m: ScaleMode): boolean => baseUnits.some((unit) => scaleModesFor(unit).includes(m));
  const mode: ScaleMode = applies(requestedMode) ? requestedMode : 'none';
  const comparison = useMemo(() => compareIndicator(selected ? filtered : [], {
    regions: chosenRegions, mode, reference: PROVINCE_REFERENCE, sort, baseUnitOf: (key) => entries.get(key)?.baseUnit,
  }), [selected, filtered, chosenRegions, mode, sort, entries]);
  const asStated = comparison.panels.filter((p) => p.mode !== mode);
  const specs = useMemo(() => comparison.panels.map((panel) => indicatorCompareOption({
    panel, indicatorName, mode: panel.mode, language, t, regionName: props.regionName,
    colourBy: selected?.kind === 'family' ? 'indicator' : 'year',
    // a family may mix units: its panels say which one they draw
    title: [selectedName, t(panel.level), panel.annual ? t('annualPanel') : null, selected?.kind === 'family' ? scaleUnitText(panel.baseUnit, 'none', language, commonMeasureWord(panel.marks)) || t('count') : null,
      panel.mode === 'none' ? null : t(`scale-${panel.mode}`)].filter(Boolean).join(' · '),
  })), [comparison, indicatorName, language, t, selected?.kind, selectedName, props.regionName]);
  const shownRegions = new Set([...comparison.panels.flatMap((p) => p.regions), ...comparison.unscaled]);

  // one navigation: the filters carry the selection, the view's own parameters stay
  const pickChoice = (choice: IndicatorChoice): void => props.setFilters({
    ...filters, indicator: choice.kind === 'indicator' ? choice.key : null, family: choice.kind === 'family' ? choice.key : null,
  });
  const toggleRegion = (region: string): void => {
    const base = comparison.chosen.length ? comparison.chosen : comparison.available;
    const next = base.includes(region) ? base.filter((r) => r !== region) : [...base, region];
    set({ regions: next.length === comparison.available.length ? null : next.join(',') });
  };

  return (
    <section aria-labelledby="compare-title">
      <h2 id="compare-title">{t('compare')}</h2>
      <nav className="tabs" aria-label={t('compare')}>
        <a href={tabHref(route.params, null)} aria-current={tab === 'chart' ? 'page' : undefined}>{t('compareChart')}</a>
        <a href={tabHref(route.params, 'matrix')} aria-current={tab === 'matrix' ? 'page' : undefined} data-testid="matrix-tab">{t('matrix')}</a>
      </nav>
      {tab === 'matrix' ? <CompareMatrix view={props} records={unselectedButFamily} indicatorName={indicatorName} /> : (
        <>
          {/* a new selection (picked, or from the address) starts the search afresh */}
          <IndicatorPicker key={selected ? `${selected.kind}:${selected.key}` : 'none'} choices={choices} selected={selected} onPick={pickChoice} language={language} t={t} />
          {selected && comparison.available.length >= 2 && (
            <div className="controls">
              <fieldset className="segmented"><legend>{t('sortBy')}</legend>
                {(['value', 'deadline'] as const).map((s) => (
                  <label key={s}><input type="radio" name="sort" value={s} checked={sort === s} onChange={() => set({ sort: s === 'deadline' ? 'deadline' : null })} />{t(s === 'value' ? 'sortValue' : 'sortDeadline')}</label>
                ))}
              </fieldset>
              <fieldset className="segmented"><legend>{t('scaleMode')}</legend>
                {SCALE_MODES.map((m) => (
                  <label key={m}><input type="radio" name="scale" value={m} checked={mode === m} disabled={!applies(m)}
                    onChange={() => set({ scale: m === 'none' ? null : m })} />{t(`scale-${m}`)}</label>
                ))}
              </fieldset>
              <details className="region-choice">
                <summary>{t('showRegions')} ({shownRegions.size}/{comparison.available.length})</summary>
                <div className="checks" data-testid="region-choice">
                  {comparison.available.map((region) => (
                    <label key={region}><input type="checkbox" value={region} checked={!comparison.chosen.length || comparison.chosen.includes(region)} onChange={() => toggleRegion(region)} />{props.regionName(region)}</label>
                  ))}
                </div>
              </details>
            </div>
          )}
          {!selected && <p className="empty-note" data-testid="nothing-comparable">{t('nothingComparable')}{t('needKey')}</p>}
          {selected && comparison.available.length < 2 && <p className="empty-note" data-testid="nothing-comparable">{t('nothingComparable')}{t('needTwoRegions')}</p>}
          {selected && comparison.available.length >= 2 && (
            <>
              {requestedMode !== mode && <p className="note" data-testid="scale-not-applicable">{t('scaleNotApplicable')}</p>}
              {asStated.length > 0 && (
                <p className="note" data-testid="scale-not-applicable">{t('scalePartly')}{asStated.map((p) => specs[comparison.panels.indexOf(p)].title).join(language === 'zh' ? '；' : '; ')}</p>
              )}
              {mode !== 'none' && <DerivedNote mode={mode} t={t} />}
              {comparison.unscaled.length > 0 && <p className="note" data-testid="unscaled">{t('unscaledNote')}{comparison.unscaled.map(props.regionName).join(language === 'zh' ? '、' : ', ')}</p>}
              {specs.map((spec, i) => (
                <div key={`${comparison.panels[i].level}-${comparison.panels[i].baseUnit}-${comparison.panels[i].annual}`} className="panel" data-testid="compare-panel" data-level={comparison.panels[i].level} data-annual={comparison.panels[i].annual}>
                  <Chart spec={spec} meta={props.exportMeta} t={t} testId="compare-chart"
                    onSelect={(region, _index, data) => {
                      const mark = comparison.panels[i].marks[markIndex(data) ?? -1];
                      if (mark && !mark.others.length) go('target', mark.row.target.id);
                      else go('table', null, { region });
                    }} />
                </div>
              ))}
            </>
          )}
          {/* baseline → target per region, from the reported figures linked to these targets: worth seeing for one region too */}
          {selected?.kind === 'indicator' && <BaselineChart rows={filtered} dataset={dataset} indicatorKey={selected.key} t={t} meta={props.exportMeta} />}
        </>
      )}
    </section>
  );
}

/** The mark a clicked point stands for: its data carries [value, region, index into the panel's marks]. */
function markIndex(data: unknown): number | null {
  if (typeof data !== 'object' || data === null || !('value' in data) || !Array.isArray(data.value)) return null;
  const index: unknown = data.value[2];
  return typeof index === 'number' ? index : null;
}

function tabHref(params: URLSearchParams, tab: 'matrix' | null): string {
  const next = new URLSearchParams(params);
  if (tab) next.set('tab', tab); else next.delete('tab');
  return `#/compare?${next}`;
}

function DerivedNote({ mode, t }: { mode: Exclude<ScaleMode, 'none'>; t: ViewProps['t'] }) {
  const reference = PROVINCE_REFERENCE;
  const text = t('derivedNote').replace('{year}', String(reference.year)).replace('{measure}', t(mode === 'perCapita' ? 'population' : 'gdp'))
    .replace('{source}', reference.source);
  return (
    <div className="note derived" data-testid="derived-note">
      <p>{text}</p>
      <details>
        <summary>{t('referenceSources')}</summary>
        <ul>{reference.provinces.map((p) => <li key={p.code}>{p.name}：{(mode === 'perCapita' ? p.population : p.gdp).value.toLocaleString('zh-CN')}{mode === 'perCapita' ? reference.populationUnit : reference.gdpUnit} — {(mode === 'perCapita' ? p.population : p.gdp).source}</li>)}</ul>
      </details>
    </div>
  );
}
