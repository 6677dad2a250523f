// The page frame around every view: skip link, title, navigation, language switch and the footer
// with the dataset's totals. Pure markup, so the build can write the first view into index.html.
import type { Dataset } from '../domain/schema';
import type { Translate } from './i18n';
import type { View } from './route';

export const NAV: readonly View[] = ['overview', 'compare', 'timeline', 'regions', 'table', 'tracked', 'datasets'];

interface HeaderProps { t: Translate; view: View; params: URLSearchParams; carried: URLSearchParams; onLanguage: () => void }

export function Header({ t, view, params, carried, onLanguage }: HeaderProps) {
  return (
    <>
      <a className="skip-link" href="#content" onClick={(e) => { e.preventDefault(); document.getElementById('content')?.focus(); }}>{t('skipToContent')}</a>
      <header className="top">
        <h1><a href={`#/overview?${params}`}>{t('appTitle')}</a></h1>
        <nav aria-label="views">
          {NAV.map((v) => (
            <a key={v} href={`#/${v}?${carried}`} aria-current={view === v ? 'page' : undefined}>{t(v)}</a>
          ))}
        </nav>
        <button type="button" className="language" onClick={onLanguage}>{t('language')}</button>
      </header>
    </>
  );
}

export function Footer({ t, dataset, source }: { t: Translate; dataset: Dataset; source: 'bundled' | 'mine' | 'both' }) {
  return <footer className="muted">{t(`source-${source}`)} · {t('datasetVersion')} {dataset.version} · {t('datasetTotal')} {dataset.targets.length} {t('records')} · {dataset.documents.length} {t('documents')}</footer>;
}
