// The app shell: loads and validates the dataset, keeps view and filters in the URL, and lays
// out the navigation, filter bar and the current view (chart views load on demand).
import { Suspense, lazy, startTransition, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { todayIso } from '../domain/dates';
import { IsoDateSchema } from '../domain/schema';
import { describeFilters } from './describe-filters';
import { loadDataset, type Loaded } from '../data/load-dataset';
import { parseFilters, writeFilters, type Filters } from '../data/filters';
import { provinceOf } from '../data/provinces';
import { applyFilters, indexRows } from '../data/selectors';
import type { ViewProps } from './context';
import { useFamilyName } from './family-names';
import { FilterBar } from './FilterBar';
import { probeStorage, type StorageState } from '../notes/storage-probe';
import { Footer, Header } from './Frame';
import { replayEarlyInput } from './early-input';
import { translator, type Language } from './i18n';
import { parseHash, useRoute, type View } from './route';
import { UpdatePrompt } from './UpdatePrompt';
import { regionLabel } from '../views/format';
import type { DataSource, UserDataset } from '../data/user-dataset';

const LOADERS = {
  overview: () => import('../views/Overview').then((m) => ({ default: m.Overview })),
  compare: () => import('../views/Compare').then((m) => ({ default: m.Compare })),
  timeline: () => import('../views/Timeline').then((m) => ({ default: m.Timeline })),
  regions: () => import('../views/Regions').then((m) => ({ default: m.Regions })),
  table: () => import('../views/Table').then((m) => ({ default: m.Table })),
  tracked: () => import('../views/Tracked').then((m) => ({ default: m.Tracked })),
  target: () => import('../views/Detail').then((m) => ({ default: m.Detail })),
  statistics: () => import('../views/Statistics').then((m) => ({ default: m.Statistics })),
} as const;

// start loading the first view and the chart library while the dataset downloads
const firstView = parseHash(window.location.hash).view;
if (firstView in LOADERS) void LOADERS[firstView as keyof typeof LOADERS]();
// (a page whose first view the build wrote shows its chart as SVG: no chart code is needed yet)
const prerenderedPage = document.querySelector('#root[data-first-view]') !== null && firstView === 'overview';
if (['overview', 'compare', 'timeline', 'regions', 'tracked'].includes(firstView) && !prerenderedPage) void import('../charts/Chart');

const Overview = lazy(LOADERS.overview);
const Compare = lazy(LOADERS.compare);
const Timeline = lazy(LOADERS.timeline);
const Regions = lazy(LOADERS.regions);
const Table = lazy(LOADERS.table);
const Tracked = lazy(LOADERS.tracked);
const Datasets = lazy(() => import('../views/Datasets').then((m) => ({ default: m.Datasets })));
const Detail = lazy(LOADERS.target);
const Statistics = lazy(LOADERS.statistics);

const VIEWS = { overview: Overview, compare: Compare, timeline: Timeline, regions: Regions, table: Table, tracked: Tracked, target: Detail, statistics: Statistics } as const;
/** Parameters that carry over between views: the filters, the language and which dataset is shown. */
const FILTER_KEYS = ['region', 'level', 'kind', 'topic', 'from', 'to', 'status', 'strength', 'q', 'indicator', 'family', 'asof', 'lang', 'data'];

/** The day statuses are computed for: ?asof=2025-12-31, else today. */
function asOfDate(params: URLSearchParams, now: string): string {
  const requested = params.get('asof') ?? '';
  return IsoDateSchema.safeParse(requested).success ? requested : now;
}

export const DATASET_URL = './data/targets.json';

interface AppProps {
  /** The dataset when the caller has already loaded it (the first view hands over without a loading state). */
  initial?: Loaded;
  /** The overview when the caller has already loaded it, drawn at once instead of through a lazy load. */
  overview?: (props: ViewProps) => ReactNode;
  /** The day the first view was written for: the first render uses it, so it matches that markup. */
  writtenOn?: string;
}

export function App({ initial, overview, writtenOn }: AppProps) {
  const [loaded, setLoaded] = useState<Loaded | null>(initial ?? null);
  const [route, navigate] = useRoute();
  const language: Language = route.params.get('lang') === 'en' ? 'en' : 'zh';
  const t = useMemo(() => translator(language), [language]);
  const [now, setNow] = useState(() => writtenOn ?? todayIso(new Date()));
  useEffect(() => setNow(todayIso(new Date())), []);
  const today = asOfDate(route.params, now);

  useEffect(() => {
    // a transition: React renders the views in slices, leaving the page responsive meanwhile
    if (!initial) void loadDataset(DATASET_URL).then((result) => startTransition(() => setLoaded(result)));
  }, [initial]);
  // the page the build wrote is now the app's (see boot.ts): what the user did to it meanwhile is done again
  useEffect(() => {
    document.getElementById('root')?.removeAttribute('data-first-view');
    replayEarlyInput();
  }, []);
  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
    document.title = t('appTitle');
  }, [language, t]);

  // whether the browser offers storage at all (private modes switch IndexedDB off): a bare
  // IndexedDB probe, so the first view loads none of the notes code
  const [storage, setStorage] = useState<StorageState>('checking');
  useEffect(() => {
    let live = true;
    void probeStorage().then((state) => { if (live) setStorage(state); });
    return () => { live = false; };
  }, []);
  // the user's own dataset lives in IndexedDB: its code loads only when the URL asks for that
  // dataset or the view that manages it is open
  const requested = route.params.get('data');
  const needUser = requested === 'mine' || requested === 'both' || route.view === 'datasets';
  const [stored, setStored] = useState<{ user: UserDataset | null; merge: typeof import('../data/watch-user-dataset').mergeDatasets } | null>(null);
  useEffect(() => {
    if (!needUser) return undefined;
    let stop: (() => void) | null = null;
    let live = true;
    void import('../data/watch-user-dataset').then((m) => {
      if (live) stop = m.watchUserDataset((user) => startTransition(() => setStored({ user, merge: m.mergeDatasets })));
    });
    return () => {
      live = false;
      stop?.();
    };
  }, [needUser]);
  const user = stored?.user ?? null;
  const source: DataSource = user && (requested === 'mine' || requested === 'both') ? requested : 'bundled';
  const active = useMemo(() => {
    if (!loaded?.ok) return null;
    if (source === 'mine' && user) return user.dataset;
    if (source === 'both' && user && stored) return stored.merge(loaded.dataset, user.dataset);
    return loaded.dataset;
  }, [loaded, user, source, stored]);

  const filters = useMemo(() => parseFilters(route.params), [route.params]);
  // English names come from a pinyin dictionary, fetched only when English is chosen
  const [english, setEnglish] = useState<((name: string) => string) | null>(null);
  useEffect(() => {
    if (language === 'en' && !english) void import('./region-names').then((m) => setEnglish(() => m.englishRegionName));
  }, [language, english]);
  const regionName = useMemo(() => (name: string) => regionLabel(name, t, language === 'en' ? english : null), [language, english, t]);
  const familyName = useFamilyName(language, filters.family !== null);
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
  const Current = route.view === 'datasets' ? null : route.view === 'overview' && overview ? overview : VIEWS[route.view];
  const exportRecords = async (format: 'csv' | 'json'): Promise<void> => {
    const [{ recordsToCsv, recordsToJson }, { downloadBlob }] = await Promise.all([import('../export/records'), import('../export/download')]);
    const targets = filtered.map((r) => r.target);
    const titles = new Map(dataset.documents.map((d) => [d.id, d.title]));
    const blob = format === 'csv'
      ? new Blob([recordsToCsv(targets, titles)], { type: 'text/csv;charset=utf-8' })
      : new Blob([recordsToJson(dataset, targets)], { type: 'application/json' });
    downloadBlob(blob, `policy-targets-${dataset.version}.${format}`);
  };
  return (
    <>
      <Header t={t} view={route.view} params={route.params} carried={carried} onLanguage={() => {
        const params = new URLSearchParams(route.params);
        if (language === 'zh') params.set('lang', 'en'); else params.delete('lang');
        navigate(route.view, route.param, params, true);
      }} />
      <FilterBar filters={filters} setFilters={setFilters} rows={rows} t={t} language={language} dataset={dataset} onExport={(format) => void exportRecords(format)}
        asOf={today} regionName={regionName} familyName={familyName} setAsOf={(date) => {
          const params = new URLSearchParams(route.params);
          if (date && date !== now) params.set('asof', date); else params.delete('asof');
          navigate(route.view, route.param, params, true);
        }} />
      {storage === 'unavailable' && <p className="problem storage-banner" role="alert" data-testid="storage-read-only">{t('storageReadOnly')}</p>}
      <main id="content" tabIndex={-1}>
        <Suspense fallback={<p aria-busy="true">{t('loading')}</p>}>
          {Current ? <Current {...props} /> : <Datasets {...props} bundled={loaded.dataset} user={user} source={source} />}
        </Suspense>
      </main>
      <UpdatePrompt t={t} />
      <Footer t={t} dataset={dataset} source={source} />
    </>
  );
}
