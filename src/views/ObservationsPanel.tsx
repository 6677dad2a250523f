// On the detail view: the reported figures of the target's region and indicator, each with its
// period and quote, charted with the user's own progress entries (told apart), the target at its
// deadline and the straight line to it, with the annual change required from the baseline.
import { useMemo } from 'react';
import type { Language, Translate } from '../app/i18n';
import { rateText } from '../charts/baseline-option';
import type { ExportContext } from '../charts/export-decoration';
import { LazyChart as Chart } from '../charts/LazyChart';
import { observationsOption, progressPoints } from '../charts/observations-option';
import { indexObservations, inTargetUnit, linkBaseline, type BaselineLink } from '../domain/baselines';
import { periodLabel } from '../domain/periods';
import type { Dataset, Target } from '../domain/schema';
import type { Progress } from '../domain/tracking';
import { trackingFor } from '../notes/repository';
import { notesDb, useLiveQuery } from '../notes/use-notes';

interface Props {
  target: Target;
  link: BaselineLink;
  /** The user's own progress entries for this target. */
  mine: readonly Progress[];
  t: Translate;
  language: Language;
  meta: ExportContext;
}

export function ObservationsPanel({ target, link, mine, t, language, meta }: Props) {
  const points = useMemo(() => progressPoints(target, link.observations, mine, language), [target, link.observations, mine, language]);
  const title = `${target.region.name} · ${target.indicator} · ${t('obsFigures')}`;
  const spec = useMemo(() => observationsOption(target, points, link.baseline, title, t, language), [target, points, link.baseline, title, t, language]);
  return (
    <section className="observations" aria-labelledby="observations-title" data-testid="observations-panel">
      <h3 id="observations-title">{t('obsOf')}</h3>
      {link.required && link.baseline && (
        <p data-testid="required-rate">
          {t('obsBaseline')} {periodLabel(link.baseline.period, language)} {inTargetUnit(target, link.baseline)}{target.unit} → {target.value}{target.unit} ({target.deadline?.year}) · {t('obsRequired')} <b>{rateText(link.required, t)}</b>
          {link.observed && <> · {t('obsObserved')} {rateText(link.observed, t)}</>}
        </p>
      )}
      <p className="muted">{t('obsRateNote')}</p>
      <Chart spec={spec} meta={meta} t={t} testId="observations-chart" />
      <table className="plain" data-testid="observations-table">
        <thead><tr><th scope="col">{t('obsPeriod')}</th><th scope="col">{t('value')} ({target.unit})</th><th scope="col">{t('source')}</th><th scope="col">{t('quote')}</th></tr></thead>
        <tbody>
          {link.observations.map((o) => (
            <tr key={o.id} className={link.baseline?.id === o.id ? 'baseline' : undefined}>
              <td>{periodLabel(o.period, language)}{link.baseline?.id === o.id ? ` · ${t('obsBaseline')}` : ''}</td>
              <td>{inTargetUnit(target, o)}{o.growth ? ` (${o.growth.basis === 'year-on-year' ? t('obsYoy') : t('obsMom')} ${o.growth.value > 0 ? '+' : ''}${o.growth.value}%)` : ''}</td>
              <td><span className="badge reported">{t('obsReported')}</span> {o.source.file}:{o.source.line}</td>
              <td className="quote">{o.source.quote}</td>
            </tr>
          ))}
          {mine.map((p) => (
            <tr key={p.id}>
              <td>{p.asOf}</td>
              <td>{p.value}</td>
              <td><span className="badge mine">{t('obsMine')}</span></td>
              <td>{p.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The target's linked figures, or nothing when none is linked. */
export function useBaselineLink(target: Target, dataset: Dataset): BaselineLink {
  const index = useMemo(() => indexObservations(dataset.observations), [dataset.observations]);
  return useMemo(() => linkBaseline(target, index), [target, index]);
}

/** The panel with the user's entries read live from the notes store; nothing when no figure is linked. */
export function TargetObservations({ target, link, t, language, meta }: Omit<Props, 'mine'>) {
  const { value: mine } = useLiveQuery(() => trackingFor(notesDb(), target.id), [target.id]);
  if (!link.observations.length) return null;
  return <ObservationsPanel target={target} link={link} mine={mine?.progress ?? []} t={t} language={language} meta={meta} />;
}
