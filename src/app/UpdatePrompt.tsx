// Registers the service worker that keeps the app working offline, and when a new version has
// been deployed offers a reload instead of leaving the user on the old one.
import { useEffect, useState } from 'react';
import { registerSW } from 'virtual:pwa-register';
import type { Translate } from './i18n';

export function UpdatePrompt({ t }: { t: Translate }) {
  const [update, setUpdate] = useState<((reload?: boolean) => Promise<void>) | null>(null);
  const [offlineReady, setOfflineReady] = useState(false);
  useEffect(() => {
    if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
    const updateServiceWorker = registerSW({
      immediate: true,
      onNeedRefresh: () => setUpdate(() => updateServiceWorker),
      onOfflineReady: () => setOfflineReady(true),
    });
  }, []);
  if (update) {
    return (
      <div className="update" role="alert" data-testid="update-prompt">
        {t('newVersion')} <button type="button" onClick={() => void update(true)}>{t('reloadNow')}</button>
      </div>
    );
  }
  return offlineReady ? <p className="sr-only" role="status" data-testid="offline-ready">{t('offlineReady')}</p> : null;
}
