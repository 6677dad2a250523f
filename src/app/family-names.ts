// Names of indicator families (数据经济 / Data economy) for the filter bar and export lines. The
// catalogue is loaded on demand so the first view does not carry it; until it arrives a family
// shows by its key.
import { useEffect, useState } from 'react';
import type { Language } from './i18n';

type Names = ReadonlyMap<string, { zh: string; en: string }>;

export function useFamilyName(language: Language): (key: string) => string {
  const [names, setNames] = useState<Names | null>(null);
  useEffect(() => {
    let live = true;
    void import('../domain/indicators').then(({ FAMILIES }) => {
      if (live) setNames(new Map(FAMILIES.map((f) => [f.key, f])));
    });
    return () => { live = false; };
  }, []);
  return (key) => names?.get(key)?.[language] ?? key;
}
