// Routes live in the URL hash (#/compare?topic=ai), so the app needs no server rewrites, works
// from any sub-path, and every view survives a reload and can be bookmarked.
import { useCallback, useEffect, useState } from 'react';

export type View = 'overview' | 'compare' | 'timeline' | 'regions' | 'table' | 'tracked' | 'datasets' | 'target' | 'statistics';

export interface Route { view: View; param: string | null; params: URLSearchParams }

const VIEWS: readonly View[] = ['overview', 'compare', 'timeline', 'regions', 'table', 'tracked', 'datasets', 'target', 'statistics'];

export function parseHash(hash: string): Route {
  const [path, query = ''] = hash.replace(/^#/, '').split('?');
  const [, view = '', param = ''] = path.split('/');
  const known = VIEWS.find((v) => v === view) ?? 'overview';
  return { view: known, param: param ? decodeURIComponent(param) : null, params: new URLSearchParams(query) };
}

export function formatHash(view: View, param: string | null, params: URLSearchParams): string {
  const query = params.toString();
  return `#/${view}${param ? `/${encodeURIComponent(param)}` : ''}${query ? `?${query}` : ''}`;
}

export function useRoute(): [Route, (view: View, param: string | null, params: URLSearchParams, replace?: boolean) => void] {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const onChange = (): void => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback((view: View, param: string | null, params: URLSearchParams, replace = false) => {
    const hash = formatHash(view, param, params);
    if (replace) window.history.replaceState(null, '', hash);
    else window.history.pushState(null, '', hash);
    setRoute(parseHash(hash));
  }, []);
  return [route, navigate];
}
