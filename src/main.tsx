// Entry point of the client-only app. A page that carries the first view the build wrote into it
// (the overview, no filters) is painted before the app's code runs: the app starts on the frame
// after the first paint. Any other address (a filter, another view) must not show that view: the
// page shows a loading note instead until the app draws what was asked for.
import { holdEarlyInput } from './app/early-input';
import { parseHash } from './app/route';
import './styles.css';

const start = (): void => {
  void import('./app/boot');
};
const root = document.getElementById('root')!;
const route = parseHash(window.location.hash);
const asked = route.view === 'overview' && !route.param && [...route.params.keys()].length === 0;
if (root.hasAttribute('data-first-view') && asked) {
  // what the user does to the painted page before the app takes it over is done again once it has (see early-input.ts)
  holdEarlyInput(root);
  requestAnimationFrame(() => setTimeout(start, 0));
} else {
  if (root.hasAttribute('data-first-view')) {
    root.removeAttribute('data-first-view');
    root.replaceChildren(Object.assign(document.createElement('main'), { className: 'loading', textContent: '…' }));
  }
  start();
}
