// Names of indicator families (数据经济 / Data economy) for the filter bar and export lines. The
// catalogue is loaded on demand so the first view does not carry it; until it arrives a family
// shows by its key.
import { useEffect, useState } from 'react';
import type { Language } from './i18n';

type Names = ReadonlyMap<string, { zh: string; en: string }>;

/** `needed`: only when a family is chosen is the catalogue fetched. */
export function useFamilyName(language: Language, needed: boolean): (key: string) => string {
  const [names, setNames] = useState<Names | null>(null);
  useEffect(() => {
    if (!needed || names) return undefined;
    let live = true;
    void import('../domain/indicators').then(({ FAMILIES }) => {
      if (live) setNames(new Map(FAMILIES.map((f) => [f.key, f])));
    });
    return () => { live = false; };
  }, [needed, names]);
  return (key) => names?.get(key)?.[language] ?? key;
}
