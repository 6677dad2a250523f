// The searchable list of canonical indicators and families, each with how many regions hold it;
// choosing one puts it in the URL (?indicator= or ?family=).
import { useState } from 'react';
import type { Language, Translate } from '../app/i18n';
import type { IndicatorChoice } from '../data/compare';

interface Props {
  choices: readonly IndicatorChoice[];
  selected: { kind: 'indicator' | 'family'; key: string } | null;
  onPick: (choice: IndicatorChoice) => void;
  language: Language;
  t: Translate;
}

export function IndicatorPicker({ choices, selected, onPick, language, t }: Props) {
  const [query, setQuery] = useState('');
  const words = query.trim().toLowerCase();
  const shown = words ? choices.filter((c) => `${c.zh} ${c.en} ${c.key}`.toLowerCase().includes(words)) : choices;
  return (
    <fieldset className="indicator-picker">
      <legend>{t('chooseIndicator')}</legend>
      <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="数据产业 / 算力 / 专精特新" aria-label={t('findIndicator')} />
      <ul role="list" data-testid="indicator-choices">
        {shown.map((choice) => {
          const current = selected?.kind === choice.kind && selected.key === choice.key;
          return (
            <li key={`${choice.kind}:${choice.key}`}>
              <button type="button" aria-pressed={current} data-key={choice.key} data-kind={choice.kind} onClick={() => onPick(choice)}>
                {choice.kind === 'family' && <span className="badge">{t('family')}</span>}
                {choice[language]} <span className="muted">· {choice.regions} {language === 'en' && choice.regions === 1 ? 'region' : t('regionsHolding')} · {choice.records} {language === 'en' && choice.records === 1 ? 'record' : t('records')}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
