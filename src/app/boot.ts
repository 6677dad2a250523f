// Starts the app. When the page carries the overview the build wrote into it and the overview is
// what was asked for, that markup and its chart stay until the app draws them. React and the app
// arrive as separate modules, so their evaluation does not make one long task.
import { capturePrerendered } from './prerendered';
import { parseHash } from './route';

const root = document.getElementById('root')!;
const route = parseHash(window.location.hash);
capturePrerendered(root, route.view === 'overview' && !route.param && [...route.params.keys()].length === 0);
const [{ StrictMode, createElement }, { createRoot }, { App }] = await Promise.all([import('react'), import('react-dom/client'), import('./App')]);
createRoot(root).render(createElement(StrictMode, null, createElement(App)));
