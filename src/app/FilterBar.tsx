// The filters that apply across views: region, level, kind, topic, deadline range, status (any of
// several), wording strength, search, and the date statuses are computed for. Every change goes
// through the URL parameter parser, so a filter only ever holds a valid value. The bar folds away:
// closed at first on small screens and open on wide ones, by CSS, so the first paint is already right.
// Search text shows at once but filters only when typing pauses (SEARCH_DELAY) and no input
// method is still composing a word, so a large dataset is filtered and charted once per pause,
// not once per keystroke or pinyin letter.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Dataset } from '../domain/schema';
import { TOPICS } from '../domain/topics';
import { LEVELS, NO_FILTERS, STATUSES, STRENGTHS, activeFilterCount, parseFilters, writeFilters, type Filters } from '../data/filters';
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

/** Milliseconds of quiet after a keystroke before the search applies. */
export const SEARCH_DELAY = 50;
/** Option labels longer than this are cut (a label may be a whole paragraph in a user's dataset). */
const LABEL_LIMIT = 40;
const short = (label: string): string => (label.length > LABEL_LIMIT ? `${label.slice(0, LABEL_LIMIT - 1)}…` : label);

function SearchInput({ value, label, placeholder, onSearch }: { value: string; label: string; placeholder: string; onSearch: (q: string) => void }) {
  const [text, setText] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(onSearch);
  const sent = useRef(value);
  useEffect(() => { latest.current = onSearch; }, [onSearch]);
  // a search set elsewhere (cleared filters, back button) replaces what is typed; our own does not
  useEffect(() => { if (value !== sent.current) { sent.current = value; setText(value); } }, [value]);
  useEffect(() => () => { if (timer.current) clearTimeout(timer.current); }, []);
  // while an input method composes (zhe… before 浙 is chosen), the letters show but do not search
  const composing = useRef(false);
  const schedule = (next: string): void => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => { sent.current = next; latest.current(next); }, SEARCH_DELAY);
  };
  return (
    <label>{label}<input type="search" name="q" value={text} placeholder={placeholder}
      onCompositionStart={() => { composing.current = true; if (timer.current) clearTimeout(timer.current); }}
      onCompositionEnd={(e) => { composing.current = false; schedule(e.currentTarget.value); }}
      onChange={(e) => {
        const next = e.target.value;
        setText(next);
        if (!composing.current) schedule(next);
      }} /></label>
  );
}

function Choice({ name, label, value, empty, options, onChange }: ChoiceProps) {
  return (
    <label>{label}
      <select name={name} value={value ?? ''} onChange={(e) => onChange(name, e.target.value)}>
        <option value="">{empty}</option>
        {options.map((o) => <option key={o.value} value={o.value} title={o.label.length > LABEL_LIMIT ? o.label.slice(0, 2000) : undefined}>{short(o.label)}</option>)}
      </select>
    </label>
  );
}

export function FilterBar({ filters, setFilters, rows, t, language, dataset, onExport, asOf, setAsOf, regionName, familyName = (key) => key }: Props) {
  // null: as the screen width suggests (see styles.css); then as the user chose
  const [open, setOpen] = useState<boolean | null>(null);
  const shown = (): boolean => open ?? !window.matchMedia('(max-width: 640px)').matches;
  // the choices come from every record, once per dataset (not per keystroke: 50,000 records are many)
  const { regions, years } = useMemo(() => {
    const names = new Set<string>();
    const deadlines = new Set<number>();
    for (const r of rows) {
      names.add(r.province).add(r.target.region.name);
      if (r.target.deadline) deadlines.add(r.target.deadline.year);
    }
    return { regions: [...names].sort(), years: [...deadlines].sort() };
  }, [rows]);
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
        <SearchInput value={filters.q} label={t('search')} placeholder={language === 'zh' ? '专利 浙江' : '专利 (Chinese words)'} onSearch={(q) => change('q', q)} />
        <Choice name="region" label={t('region')} value={filters.region} empty={t('all')} options={regions.map((r) => ({ value: r, label: short(regionName(r)) }))} onChange={change} />
        <Choice name="level" label={t('level')} value={filters.level} empty={t('all')} options={labelled(LEVELS)} onChange={change} />
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
