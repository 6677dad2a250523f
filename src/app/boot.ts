// Starts the app. When the page carries the overview the build wrote into it and the overview is
// what was asked for, the dataset and the overview's code are loaded first and the app's first
// render is that same view, so the page changes once, without a loading state in between. React,
// the app and the data arrive as separate modules, so their evaluation does not make one long task.
import { capturePrerendered } from './prerendered';
import { parseHash } from './route';

const root = document.getElementById('root')!;
const route = parseHash(window.location.hash);
const firstView = route.view === 'overview' && !route.param && [...route.params.keys()].length === 0 && root.querySelector('[data-first-view]') !== null;
capturePrerendered(root, firstView);
const [{ StrictMode, createElement }, { createRoot }, { App, DATASET_URL }, overview, { loadDataset }] = await Promise.all([
  import('react'), import('react-dom/client'), import('./App'), firstView ? import('../views/Overview') : null, import('../data/load-dataset'),
]);
const initial = firstView ? await loadDataset(DATASET_URL) : undefined;
createRoot(root).render(createElement(StrictMode, null, createElement(App, { initial, overview: overview?.Overview })));
