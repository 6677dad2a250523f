// Compare: pick a topic and/or words of an indicator; sorted bars of normalised values across
// regions, one unit at a time with a scale switch for money; incentives compared the same way.
import { useMemo } from 'react';
import { LazyChart as Chart } from '../charts/LazyChart';
import { compareOption, unitLabel } from '../charts/compare-option';
import { compareBars, unitsOf } from '../data/selectors';
import { bestMoneyScale, MONEY_SCALES, type MoneyScale } from '../domain/units';
import type { ViewProps } from '../app/context';
import { BaselineChart } from './BaselineChart';

export function Compare(props: ViewProps) {
  const { filtered, route, t, go } = props;
  const words = route.params.get('ind') ?? '';
  const candidates = useMemo(() => filtered.filter((r) => !words || r.target.indicator.includes(words) || r.target.source.quote.includes(words)), [filtered, words]);
  const units = unitsOf(candidates);
  const unit = units.find((u) => u.unit === route.params.get('unit'))?.unit ?? units[0]?.unit ?? 'CNY';
  const bars = useMemo(() => compareBars(candidates, unit, props.filters.kind), [candidates, unit, props.filters.kind]);
  const requestedScale = MONEY_SCALES.find((s) => s.id === route.params.get('scale'))?.id;
  const scale: MoneyScale = requestedScale ?? bestMoneyScale(bars[0]?.value ?? 1);
  const title = `${t('largestPerRegion')} · ${words || t('all')} · ${unitLabel(unit, scale)}`;
  const spec = useMemo(() => compareOption(bars, unit, scale, title, t), [bars, unit, scale, title, t]);
  const set = (key: string, value: string | null): void => go('compare', null, { ind: words || null, unit, scale: requestedScale ?? null, [key]: value }, true);
  return (
    <section aria-labelledby="compare-title">
      <h2 id="compare-title">{t('compare')}</h2>
      <div className="controls">
        <label>{t('indicatorContains')} <input type="search" value={words} placeholder="专精特新 / 算力 / 基金" onChange={(e) => set('ind', e.target.value || null)} /></label>
        <label>{t('unit')}
          <select value={unit} onChange={(e) => set('unit', e.target.value)} data-testid="unit-select">
            {units.map((u) => <option key={u.unit} value={u.unit}>{unitLabel(u.unit, 'yuan')} ({u.count})</option>)}
          </select>
        </label>
        {unit === 'CNY' && (
          <fieldset className="segmented"><legend>{t('scale')}</legend>
            {MONEY_SCALES.map((s) => (
              <label key={s.id}><input type="radio" name="scale" value={s.id} checked={scale === s.id} onChange={() => set('scale', s.id)} />{s.label}</label>
            ))}
          </fieldset>
        )}
      </div>
      {bars.length ? <Chart spec={spec} meta={props.exportMeta} t={t} testId="compare-chart" onSelect={(name) => props.setFilters({ ...props.filters, region: name })} /> : <p>{t('noData')}</p>}
      {/* baseline → target per region, from the reported figures linked to these targets */}
      <BaselineChart rows={candidates} dataset={props.dataset} t={t} meta={props.exportMeta} />
    </section>
  );
}
