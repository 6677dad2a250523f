// Entry point of the client-only app. A page that carries the first view the build wrote into it
// is painted before the app's code runs: the app starts on the frame after the first paint.
import './styles.css';

const start = (): void => {
  void import('./app/boot');
};
if (document.querySelector('[data-first-view]')) requestAnimationFrame(() => setTimeout(start, 0));
else start();
