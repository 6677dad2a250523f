// Routes live in the URL hash (#/compare?topic=ai), so the app needs no server rewrites, works
// from any sub-path, and every view survives a reload and can be bookmarked.
import { useCallback, useEffect, useState } from 'react';

export type View = 'overview' | 'compare' | 'timeline' | 'regions' | 'table' | 'tracked' | 'datasets' | 'target' | 'statistics';

export interface Route { view: View; param: string | null; params: URLSearchParams }

const VIEWS: readonly View[] = ['overview', 'compare', 'timeline', 'regions', 'table', 'tracked', 'datasets', 'target', 'statistics'];

/** A cut-off or mistyped escape (%E6%B5%99%E6%B1%9F%E7%9C) reads as no parameter rather than breaking the app. */
function decodeOrNull(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** Reads any hash without throwing: an unknown view is the overview, what cannot be decoded is left out. */
export function parseHash(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const [, view = '', param = ''] = path.split('/');
  const known = VIEWS.find((v) => v === view) ?? 'overview';
  // a parameter whose value holds a broken escape (q=%E4%B8%93%ZZ) is dropped, not half-read
  const params = new URLSearchParams();
  for (const pair of query.split('&')) {
    const at = pair.indexOf('=');
    const key = decodeOrNull((at < 0 ? pair : pair.slice(0, at)).replace(/\+/g, ' '));
    const value = decodeOrNull((at < 0 ? '' : pair.slice(at + 1)).replace(/\+/g, ' '));
    if (key && value !== null) params.append(key, value);
  }
  return { view: known, param: param ? decodeOrNull(param) || null : null, params };
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
