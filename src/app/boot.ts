// Starts the app. When the page carries the overview the build wrote into it and the overview is
// what was asked for, the dataset and the overview's code are loaded first and React hydrates that
// markup (a transition, so the work comes in slices), attaching to it rather than drawing it again.
// React, the app and the data arrive as separate modules, so their evaluation is not one long task.
import { capturePrerendered } from './prerendered';
import { parseHash } from './route';

const root = document.getElementById('root')!;
const route = parseHash(window.location.hash);
const firstView = route.view === 'overview' && !route.param && [...route.params.keys()].length === 0 && root.hasAttribute('data-first-view');
capturePrerendered(root, firstView);
const [{ StrictMode, createElement, startTransition }, { createRoot, hydrateRoot }, { App, DATASET_URL }, overview, { loadDataset }] = await Promise.all([
  import('react'), import('react-dom/client'), import('./App'), firstView ? import('../views/Overview') : null, import('../data/load-dataset'),
]);
const initial = firstView ? await loadDataset(DATASET_URL) : undefined;
const writtenOn = firstView ? root.dataset.firstView : undefined;
const app = createElement(StrictMode, null, createElement(App, { initial, overview: overview?.Overview, writtenOn }));
if (firstView && initial?.ok) startTransition(() => { hydrateRoot(root, app); });
else createRoot(root).render(app);
