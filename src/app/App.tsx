// The app shell: loads and validates the dataset, keeps view and filters in the URL, and lays
// out the navigation, filter bar and the current view (chart views load on demand).
import { Suspense, lazy, useCallback, useEffect, useMemo, useState } from 'react';
import { todayIso } from '../domain/dates';
import { IsoDateSchema } from '../domain/schema';
import { describeFilters } from './describe-filters';
import { loadDataset, type Loaded } from '../data/load-dataset';
import { parseFilters, writeFilters, type Filters } from '../data/filters';
import { provinceOf } from '../data/provinces';
import { applyFilters, indexRows } from '../data/selectors';
import { downloadBlob } from '../export/download';
import { recordsToCsv, recordsToJson } from '../export/records';
import type { ViewProps } from './context';
import { useFamilyName } from './family-names';
import { FilterBar } from './FilterBar';
import { translator, type Language } from './i18n';
import { parseHash, useRoute, type View } from './route';
import { UpdatePrompt } from './UpdatePrompt';
import { loadUserDataset, mergeDatasets, type DataSource } from '../data/user-dataset';
import { notesDb, useLiveQuery } from '../notes/use-notes';

const LOADERS = {
  overview: () => import('../views/Overview').then((m) => ({ default: m.Overview })),
  compare: () => import('../views/Compare').then((m) => ({ default: m.Compare })),
  timeline: () => import('../views/Timeline').then((m) => ({ default: m.Timeline })),
  regions: () => import('../views/Regions').then((m) => ({ default: m.Regions })),
  table: () => import('../views/Table').then((m) => ({ default: m.Table })),
  tracked: () => import('../views/Tracked').then((m) => ({ default: m.Tracked })),
  target: () => import('../views/Detail').then((m) => ({ default: m.Detail })),
} as const;

// start loading the first view and the chart library while the dataset downloads
const firstView = parseHash(window.location.hash).view;
if (firstView in LOADERS) void LOADERS[firstView as keyof typeof LOADERS]();
if (['overview', 'compare', 'timeline', 'regions', 'tracked'].includes(firstView)) void import('../charts/Chart');

const Overview = lazy(LOADERS.overview);
const Compare = lazy(LOADERS.compare);
const Timeline = lazy(LOADERS.timeline);
const Regions = lazy(LOADERS.regions);
const Table = lazy(LOADERS.table);
const Tracked = lazy(LOADERS.tracked);
const Datasets = lazy(() => import('../views/Datasets').then((m) => ({ default: m.Datasets })));
const Detail = lazy(LOADERS.target);

const VIEWS = { overview: Overview, compare: Compare, timeline: Timeline, regions: Regions, table: Table, tracked: Tracked, target: Detail } as const;
const NAV: readonly View[] = ['overview', 'compare', 'timeline', 'regions', 'table', 'tracked', 'datasets'];
/** Parameters that carry over between views: the filters, the language and which dataset is shown. */
const FILTER_KEYS = ['region', 'level', 'kind', 'topic', 'from', 'to', 'status', 'strength', 'q', 'indicator', 'family', 'asof', 'lang', 'data'];

/** The day statuses are computed for: ?asof=2025-12-31, else today. */
function asOfDate(params: URLSearchParams, now: string): string {
  const requested = params.get('asof') ?? '';
  return IsoDateSchema.safeParse(requested).success ? requested : now;
}

export const DATASET_URL = './data/targets.json';

export function App() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [route, navigate] = useRoute();
  const language: Language = route.params.get('lang') === 'en' ? 'en' : 'zh';
  const t = useMemo(() => translator(language), [language]);
  const now = useMemo(() => todayIso(new Date()), []);
  const today = asOfDate(route.params, now);

  useEffect(() => {
    loadDataset(DATASET_URL).then(setLoaded);
  }, []);
  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
    document.title = t('appTitle');
  }, [language, t]);

  const { value: user } = useLiveQuery(() => loadUserDataset(notesDb()).catch(() => null), []);
  const requested = route.params.get('data');
  const source: DataSource = user && (requested === 'mine' || requested === 'both') ? requested : 'bundled';
  const active = useMemo(() => {
    if (!loaded?.ok) return null;
    if (source === 'mine' && user) return user.dataset;
    if (source === 'both' && user) return mergeDatasets(loaded.dataset, user.dataset);
    return loaded.dataset;
  }, [loaded, user, source]);

  const filters = useMemo(() => parseFilters(route.params), [route.params]);
  // English names come from a pinyin dictionary, fetched only when English is chosen
  const [english, setEnglish] = useState<((name: string) => string) | null>(null);
  useEffect(() => {
    if (language === 'en' && !english) void import('./region-names').then((m) => setEnglish(() => m.englishRegionName));
  }, [language, english]);
  const regionName = useMemo(() => (language === 'en' && english ? english : (name: string) => name), [language, english]);
  const familyName = useFamilyName(language);
  const rows = useMemo(() => (active ? indexRows(active, today, provinceOf) : []), [active, today]);
  const filtered = useMemo(() => applyFilters(rows, filters), [rows, filters]);

  /** Filters and language carry over between views; a view's own parameters do not. */
  const go = useCallback((view: View, param: string | null = null, own: Record<string, string | null> = {}, replace = false) => {
    const params = new URLSearchParams();
    for (const key of FILTER_KEYS) {
      const value = route.params.get(key);
      if (value) params.set(key, value);
    }
    for (const [key, value] of Object.entries(own)) if (value) params.set(key, value);
    navigate(view, param, params, replace);
  }, [route.params, navigate]);

  const setFilters = useCallback((next: Filters) => {
    navigate(route.view, route.param, writeFilters(next, route.params), true);
  }, [navigate, route]);

  if (!loaded) return <main className="loading" aria-busy="true">{t('loading')}</main>;
  if (!loaded.ok) {
    return (
      <main className="error-screen" role="alert" data-testid="dataset-error">
        <h1>{t('datasetError')}</h1>
        <p><b>{loaded.title}</b></p>
        <pre>{loaded.detail}</pre>
        <p>{t('datasetErrorHint')}</p>
      </main>
    );
  }
  const dataset = active ?? loaded.dataset;
  const indicatorName = (key: string): string => dataset.indicators.find((i) => i.key === key)?.[language] ?? key;
  const filterText = `${describeFilters(filters, t, language, regionName, indicatorName, familyName)} · ${t('asOfDate')} ${today}`;
  const props: ViewProps = {
    dataset, rows, filtered, filters, setFilters, route, go, t, language, today, regionName,
    exportMeta: { filters: filterText, version: `${t('datasetVersion')} ${dataset.version}`, source: t('sourceLine'), language },
  };
  const carried = new URLSearchParams(FILTER_KEYS.flatMap((key) => (route.params.get(key) ? [[key, route.params.get(key)!]] : [])));
  const Current = route.view === 'datasets' ? null : VIEWS[route.view];
  const exportRecords = (format: 'csv' | 'json'): void => {
    const targets = filtered.map((r) => r.target);
    const titles = new Map(dataset.documents.map((d) => [d.id, d.title]));
    const blob = format === 'csv'
      ? new Blob([recordsToCsv(targets, titles)], { type: 'text/csv;charset=utf-8' })
      : new Blob([recordsToJson(dataset, targets)], { type: 'application/json' });
    downloadBlob(blob, `policy-targets-${dataset.version}.${format}`);
  };
  return (
    <>
      <a className="skip-link" href="#content" onClick={(e) => { e.preventDefault(); document.getElementById('content')?.focus(); }}>{t('skipToContent')}</a>
      <header className="top">
        <h1><a href={`#/overview?${route.params}`}>{t('appTitle')}</a></h1>
        <nav aria-label="views">
          {NAV.map((view) => (
            <a key={view} href={`#/${view}?${carried}`} aria-current={route.view === view ? 'page' : undefined}>{t(view)}</a>
          ))}
        </nav>
        <button type="button" className="language" onClick={() => {
          const params = new URLSearchParams(route.params);
          if (language === 'zh') params.set('lang', 'en'); else params.delete('lang');
          navigate(route.view, route.param, params, true);
        }}>{t('language')}</button>
      </header>
      <FilterBar filters={filters} setFilters={setFilters} rows={rows} t={t} language={language} dataset={dataset} onExport={exportRecords}
        asOf={today} regionName={regionName} familyName={familyName} setAsOf={(date) => {
          const params = new URLSearchParams(route.params);
          if (date && date !== now) params.set('asof', date); else params.delete('asof');
          navigate(route.view, route.param, params, true);
        }} />
      <main id="content" tabIndex={-1}>
        <Suspense fallback={<p aria-busy="true">{t('loading')}</p>}>
          {Current ? <Current {...props} /> : <Datasets {...props} bundled={loaded.dataset} user={user ?? null} source={source} />}
        </Suspense>
      </main>
      <UpdatePrompt t={t} />
      <footer className="muted">{t(`source-${source}`)} · {t('datasetVersion')} {dataset.version} · {t('datasetTotal')} {dataset.targets.length} {t('records')} · {dataset.documents.length} {t('documents')}</footer>
    </>
  );
}
