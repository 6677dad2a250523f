// The filters that apply across views: region, level, kind, topic, deadline range, status, search.
import type { Dataset } from '../domain/schema';
import { TOPICS } from '../domain/topics';
import { NO_FILTERS, activeFilterCount, type Filters } from '../data/filters';
import type { Row } from '../data/selectors';
import type { Language, Translate } from './i18n';

interface Props { filters: Filters; setFilters: (f: Filters) => void; rows: readonly Row[]; t: Translate; language: Language; dataset: Dataset; onExport: (format: 'csv' | 'json') => void }

export function FilterBar({ filters, setFilters, rows, t, language, onExport }: Props) {
  const regions = [...new Set(rows.flatMap((r) => [r.province, r.target.region.name]))].sort();
  const set = <K extends keyof Filters>(key: K, value: Filters[K]): void => setFilters({ ...filters, [key]: value });
  const years = [...new Set(rows.flatMap((r) => (r.target.deadline ? [r.target.deadline.year] : [])))].sort();
  return (
    <form className="filters" role="search" aria-label={t('filtersLabel')} onSubmit={(e) => e.preventDefault()}>
      <label>{t('search')}<input type="search" name="q" value={filters.q} onChange={(e) => set('q', e.target.value)} placeholder="专利 浙江" /></label>
      <label>{t('region')}
        <select name="region" value={filters.region ?? ''} onChange={(e) => set('region', e.target.value || null)}>
          <option value="">{t('all')}</option>
          {regions.map((r) => <option key={r} value={r}>{r}</option>)}
        </select>
      </label>
      <label>{t('level')}
        <select name="level" value={filters.level ?? ''} onChange={(e) => set('level', (e.target.value || null) as Filters['level'])}>
          <option value="">{t('all')}</option>
          {(['national', 'province', 'city', 'district'] as const).map((l) => <option key={l} value={l}>{t(l)}</option>)}
        </select>
      </label>
      <label>{t('kind')}
        <select name="kind" value={filters.kind ?? ''} onChange={(e) => set('kind', (e.target.value || null) as Filters['kind'])}>
          <option value="">{t('all')}</option>
          <option value="target">{t('target')}</option>
          <option value="incentive">{t('incentive')}</option>
        </select>
      </label>
      <label>{t('topic')}
        <select name="topic" value={filters.topic ?? ''} onChange={(e) => set('topic', e.target.value || null)}>
          <option value="">{t('all')}</option>
          {TOPICS.map((topic) => <option key={topic.id} value={topic.id}>{topic[language]}</option>)}
          <option value="other">{language === 'zh' ? '其他' : 'Other'}</option>
        </select>
      </label>
      <label>{t('status')}
        <select name="status" value={filters.status ?? ''} onChange={(e) => set('status', (e.target.value || null) as Filters['status'])}>
          <option value="">{t('all')}</option>
          {(['overdue', 'due-soon', 'later', 'none'] as const).map((s) => <option key={s} value={s}>{t(s)}</option>)}
        </select>
      </label>
      <label>{t('deadlineFrom')}
        <select name="from" value={filters.from ?? ''} onChange={(e) => set('from', e.target.value ? Number(e.target.value) : null)}>
          <option value="">—</option>{years.map((y) => <option key={y} value={y}>{y}</option>)}
        </select>
      </label>
      <label>{t('deadlineTo')}
        <select name="to" value={filters.to ?? ''} onChange={(e) => set('to', e.target.value ? Number(e.target.value) : null)}>
          <option value="">—</option>{years.map((y) => <option key={y} value={y}>{y}</option>)}
        </select>
      </label>
      <span className="filter-actions">
        {activeFilterCount(filters) > 0 && <button type="button" onClick={() => setFilters(NO_FILTERS)}>{t('clearFilters')}</button>}
        <button type="button" onClick={() => onExport('csv')}>{t('exportCsv')}</button>
        <button type="button" onClick={() => onExport('json')}>{t('exportJson')}</button>
      </span>
    </form>
  );
}
