// The filters that apply across views: region, level, kind, topic, deadline range, status (any of
// several), wording strength, search, and the date statuses are computed for. Every change goes
// through the URL parameter parser, so a filter only ever holds a valid value. The bar folds away:
// closed at first on small screens and open on wide ones, by CSS, so the first paint is already right.
import { useState } from 'react';
import type { Dataset } from '../domain/schema';
import { TOPICS } from '../domain/topics';
import { NO_FILTERS, STATUSES, STRENGTHS, activeFilterCount, parseFilters, writeFilters, type Filters } from '../data/filters';
import type { Row } from '../data/selectors';
import type { Language, MessageKey, Translate } from './i18n';

interface Props {
  filters: Filters; setFilters: (f: Filters) => void; rows: readonly Row[]; t: Translate; language: Language; dataset: Dataset;
  onExport: (format: 'csv' | 'json') => void;
  asOf: string; setAsOf: (date: string | null) => void;
  regionName: (name: string) => string;
  /** A family's name in the interface language; its key until the catalogue has loaded. */
  familyName?: (key: string) => string;
}

type SingleKey = 'q' | 'region' | 'level' | 'kind' | 'topic' | 'from' | 'to' | 'strength';

interface ChoiceProps { name: SingleKey; label: string; value: string | number | null; empty: string; options: readonly { value: string | number; label: string }[]; onChange: (name: SingleKey, value: string) => void }

function Choice({ name, label, value, empty, options, onChange }: ChoiceProps) {
  return (
    <label>{label}
      <select name={name} value={value ?? ''} onChange={(e) => onChange(name, e.target.value)}>
        <option value="">{empty}</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </label>
  );
}

export function FilterBar({ filters, setFilters, rows, t, language, dataset, onExport, asOf, setAsOf, regionName, familyName = (key) => key }: Props) {
  // null: as the screen width suggests (see styles.css); then as the user chose
  const [open, setOpen] = useState<boolean | null>(null);
  const shown = (): boolean => open ?? !window.matchMedia('(max-width: 640px)').matches;
  const regions = [...new Set(rows.flatMap((r) => [r.province, r.target.region.name]))].sort();
  const years = [...new Set(rows.flatMap((r) => (r.target.deadline ? [r.target.deadline.year] : [])))].sort();
  const change = (name: SingleKey, value: string): void => {
    const params = writeFilters(filters);
    if (value) params.set(name, value);
    else params.delete(name);
    setFilters(parseFilters(params));
  };
  const toggleStatus = (status: Filters['status'][number], on: boolean): void => {
    setFilters({ ...filters, status: STATUSES.filter((s) => (s === status ? on : filters.status.includes(s))) });
  };
  const labelled = (values: readonly MessageKey[]) => values.map((value) => ({ value, label: t(value) }));
  const active = activeFilterCount(filters);
  return (
    <div className="filters-fold" data-open={open === null ? undefined : String(open)}>
      <button type="button" className="fold" aria-controls="filters" aria-expanded={open ?? undefined} onClick={() => setOpen(!shown())}>{t('showFilters')}{active ? ` (${active})` : ''}</button>
      <form className="filters" id="filters" role="search" aria-label={t('filtersLabel')} onSubmit={(e) => e.preventDefault()}>
        <label>{t('search')}<input type="search" name="q" value={filters.q} onChange={(e) => change('q', e.target.value)} placeholder={language === 'zh' ? '专利 浙江' : '专利 (Chinese words)'} /></label>
        <Choice name="region" label={t('region')} value={filters.region} empty={t('all')} options={regions.map((r) => ({ value: r, label: regionName(r) }))} onChange={change} />
        <Choice name="level" label={t('level')} value={filters.level} empty={t('all')} options={labelled(['national', 'province', 'city', 'district', 'unresolved'])} onChange={change} />
        <Choice name="kind" label={t('kind')} value={filters.kind} empty={t('all')} options={labelled(['target', 'incentive'])} onChange={change} />
        <Choice name="topic" label={t('topic')} value={filters.topic} empty={t('all')} onChange={change}
          options={[...TOPICS.map((topic) => ({ value: topic.id, label: topic[language] })), { value: 'other', label: language === 'zh' ? '其他' : 'Other' }]} />
        <Choice name="strength" label={t('strength')} value={filters.strength} empty={t('all')} options={labelled(STRENGTHS)} onChange={change} />
        <fieldset className="checks" data-testid="status-filter"><legend>{t('status')}</legend>
          {STATUSES.map((s) => (
            <label key={s}><input type="checkbox" name="status" value={s} checked={filters.status.includes(s)} onChange={(e) => toggleStatus(s, e.target.checked)} />{t(s)}</label>
          ))}
        </fieldset>
        <label>{t('asOfDate')}<input type="date" name="asof" value={asOf} onChange={(e) => setAsOf(e.target.value || null)} /></label>
        <Choice name="from" label={t('deadlineFrom')} value={filters.from} empty="—" options={years.map((y) => ({ value: y, label: String(y) }))} onChange={change} />
        <Choice name="to" label={t('deadlineTo')} value={filters.to} empty="—" options={years.map((y) => ({ value: y, label: String(y) }))} onChange={change} />
        {(filters.indicator || filters.family) && (
          <span className="filter-chip" data-testid="indicator-filter">
            {filters.indicator
              ? `${t('indicatorCol')}: ${dataset.indicators.find((i) => i.key === filters.indicator)?.[language] ?? filters.indicator}`
              : `${t('family')}: ${familyName(filters.family ?? '')}`}
            <button type="button" aria-label={t('clearFilters')} onClick={() => setFilters({ ...filters, indicator: null, family: null })}>×</button>
          </span>
        )}
        <span className="filter-actions">
          {active > 0 && <button type="button" onClick={() => setFilters(NO_FILTERS)}>{t('clearFilters')}</button>}
          <button type="button" onClick={() => onExport('csv')}>{t('exportCsv')}</button>
          <button type="button" onClick={() => onExport('json')}>{t('exportJson')}</button>
        </span>
      </form>
    </div>
  );
}
