// The filters that apply across views: region, level, kind, topic, deadline range, status, search.
// Every change goes through the URL parameter parser, so a filter only ever holds a valid value.
import type { Dataset } from '../domain/schema';
import { FAMILIES } from '../domain/indicators';
import { TOPICS } from '../domain/topics';
import { NO_FILTERS, activeFilterCount, parseFilters, writeFilters, type Filters } from '../data/filters';
import type { Row } from '../data/selectors';
import type { Language, Translate } from './i18n';

interface Props { filters: Filters; setFilters: (f: Filters) => void; rows: readonly Row[]; t: Translate; language: Language; dataset: Dataset; onExport: (format: 'csv' | 'json') => void }

interface ChoiceProps { name: keyof Filters; label: string; value: string | number | null; empty: string; options: readonly { value: string | number; label: string }[]; onChange: (name: keyof Filters, value: string) => void }

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

export function FilterBar({ filters, setFilters, rows, t, language, dataset, onExport }: Props) {
  const regions = [...new Set(rows.flatMap((r) => [r.province, r.target.region.name]))].sort();
  const years = [...new Set(rows.flatMap((r) => (r.target.deadline ? [r.target.deadline.year] : [])))].sort();
  const change = (name: keyof Filters, value: string): void => {
    const params = writeFilters(filters);
    if (value) params.set(name, value);
    else params.delete(name);
    setFilters(parseFilters(params));
  };
  const labelled = (values: readonly string[]) => values.map((value) => ({ value, label: t(value as Parameters<Translate>[0]) }));
  return (
    <form className="filters" role="search" aria-label={t('filtersLabel')} onSubmit={(e) => e.preventDefault()}>
      <label>{t('search')}<input type="search" name="q" value={filters.q} onChange={(e) => change('q', e.target.value)} placeholder="专利 浙江" /></label>
      <Choice name="region" label={t('region')} value={filters.region} empty={t('all')} options={regions.map((r) => ({ value: r, label: r }))} onChange={change} />
      <Choice name="level" label={t('level')} value={filters.level} empty={t('all')} options={labelled(['national', 'province', 'city', 'district'])} onChange={change} />
      <Choice name="kind" label={t('kind')} value={filters.kind} empty={t('all')} options={labelled(['target', 'incentive'])} onChange={change} />
      <Choice name="topic" label={t('topic')} value={filters.topic} empty={t('all')} onChange={change}
        options={[...TOPICS.map((topic) => ({ value: topic.id, label: topic[language] })), { value: 'other', label: language === 'zh' ? '其他' : 'Other' }]} />
      <Choice name="status" label={t('status')} value={filters.status} empty={t('all')} options={labelled(['overdue', 'due-soon', 'later', 'none'])} onChange={change} />
      <Choice name="from" label={t('deadlineFrom')} value={filters.from} empty="—" options={years.map((y) => ({ value: y, label: String(y) }))} onChange={change} />
      <Choice name="to" label={t('deadlineTo')} value={filters.to} empty="—" options={years.map((y) => ({ value: y, label: String(y) }))} onChange={change} />
      {(filters.indicator || filters.family) && (
        <span className="filter-chip" data-testid="indicator-filter">
          {filters.indicator
            ? `${t('indicatorCol')}: ${dataset.indicators.find((i) => i.key === filters.indicator)?.[language] ?? filters.indicator}`
            : `${t('family')}: ${FAMILIES.find((f) => f.key === filters.family)?.[language] ?? filters.family}`}
          <button type="button" aria-label={t('clearFilters')} onClick={() => setFilters({ ...filters, indicator: null, family: null })}>×</button>
        </span>
      )}
      <span className="filter-actions">
        {activeFilterCount(filters) > 0 && <button type="button" onClick={() => setFilters(NO_FILTERS)}>{t('clearFilters')}</button>}
        <button type="button" onClick={() => onExport('csv')}>{t('exportCsv')}</button>
        <button type="button" onClick={() => onExport('json')}>{t('exportJson')}</button>
      </span>
    </form>
  );
}
