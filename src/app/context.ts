// What every view receives from the app shell.
import type { Dataset } from '../domain/schema';
import type { Filters } from '../data/filters';
import type { Row } from '../data/selectors';
import type { ExportContext } from '../charts/export-decoration';
import type { Language, Translate } from './i18n';
import type { Route, View } from './route';

export interface ViewProps {
  dataset: Dataset;
  rows: readonly Row[];
  filtered: readonly Row[];
  filters: Filters;
  setFilters: (next: Filters) => void;
  route: Route;
  /** Go to a view, keeping the filters; extra parameters are the view's own. */
  go: (view: View, param?: string | null, own?: Record<string, string | null>, replace?: boolean) => void;
  t: Translate;
  language: Language;
  /** The date statuses are computed for: today, or the chosen "as of" date. */
  today: string;
  exportMeta: ExportContext;
  /** A region's name in the interface language: 浙江省 / Zhejiang. */
  regionName: (name: string) => string;
}

export function targetHref(route: Route, id: string): string {
  const params = new URLSearchParams(route.params);
  return `#/target/${encodeURIComponent(id)}${params.toString() ? `?${params}` : ''}`;
}
