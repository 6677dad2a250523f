// On the detail view: the user's status, tags, dated notes and progress entries for one
// commitment, with the share achieved and the pace. Notes are shown as text, never as markup.
import { useState } from 'react';
import { summarizeProgress } from '../domain/progress';
import type { Target } from '../domain/schema';
import { TRACKING_STATUSES, changedFields, type Progress, type TrackingStatus } from '../domain/tracking';
import type { Translate } from '../app/i18n';
import { acknowledgeChange, addNote, addProgress, deleteNote, deleteProgress, setStatus, setTags, trackingFor } from '../notes/repository';
import { notesDb, storageMessage, useLiveQuery, usePersistence, useStorage } from '../notes/use-notes';

/** `extracted`: reported figures as entries, for the pace when the user has entered none. */
export function TrackingPanel({ target, t, extracted = [] }: { target: Target; t: Translate; extracted?: readonly Progress[] }) {
  const db = notesDb();
  const { value: mine, error: readError } = useLiveQuery(() => trackingFor(db, target.id), [target.id]);
  const [draft, setDraft] = useState('');
  const [entry, setEntry] = useState({ value: '', asOf: '', source: '' });
  const [problem, setProblem] = useState<string | null>(null);
  // ask the browser, once notes are in play, to keep this site's storage through clean-ups
  const persistence = usePersistence();
  const readOnly = useStorage() === 'unavailable';

  async function save(action: () => Promise<unknown>, clear?: () => void): Promise<void> {
    try {
      await action();
      setProblem(null);
      clear?.();
    } catch (error) {
      // what was typed stays in the form so nothing is lost
      setProblem(storageMessage(error, t));
    }
  }

  const own = mine?.progress ?? [];
  const fromReported = own.length === 0 && extracted.length > 0;
  const summary = summarizeProgress(target, fromReported ? extracted : own);
  const changed = mine?.tracking?.snapshot ? changedFields(mine.tracking.snapshot, target) : [];
  const tags = mine?.tracking?.tags ?? [];
  return (
    <section className="tracking" aria-labelledby="tracking-title" data-testid="tracking-panel">
      <h3 id="tracking-title">{t('tracking')}</h3>
      {readError || readOnly ? <p role="alert" className="problem">{t('storageUnavailable')}</p> : null}
      {persistence === 'best-effort' && !readOnly && <p className="notice" role="status">{t('persistDenied')}</p>}
      {problem ? <p role="alert" className="problem" data-testid="storage-problem">{problem}</p> : null}
      <fieldset className="bare" disabled={readOnly}>
      {changed.length > 0 && (
        <p className="changed" role="status">{t('recordChanged')}: {changed.join(', ')} <button type="button" onClick={() => save(() => acknowledgeChange(db, target))}>{t('acknowledge')}</button></p>
      )}
      <div className="tracking-row">
        <label>{t('trackingStatus')}
          <select value={mine?.tracking?.status ?? ''} onChange={(e) => save(() => setStatus(db, target, e.target.value as TrackingStatus))} data-testid="tracking-status">
            {!mine?.tracking && <option value="">—</option>}
            {TRACKING_STATUSES.map((s) => <option key={s} value={s}>{t(s)}</option>)}
          </select>
        </label>
        <label>{t('tags')}
          <input defaultValue={tags.join(', ')} key={tags.join(',')} placeholder="数据要素, 重点" onBlur={(e) => {
            const next = e.target.value.split(/[,，;；]/).map((s) => s.trim()).filter(Boolean);
            if (next.join(',') !== tags.join(',')) void save(() => setTags(db, target, next));
          }} />
        </label>
      </div>

      <h4>{t('progress')}</h4>
      {summary.share !== null && (
        <div className={`pace ${summary.pace}`} data-testid="progress-summary">
          <div className="bar" aria-hidden="true"><span style={{ width: `${Math.min(100, summary.share * 100)}%` }} /></div>
          <p>{t('shareAchieved')} <b>{(summary.share * 100).toFixed(1)}%</b> · {t(summary.pace)}{summary.expected !== null && summary.pace !== 'achieved' ? ` · ${t('expectedNow')} ${Number(summary.expected.toFixed(2))}${target.unit}` : ''}{fromReported ? ` · ${t('obsFromReported')}` : ''}</p>
        </div>
      )}
      <table className="plain">
        <thead><tr><th scope="col">{t('asOf')}</th><th scope="col">{t('actual')} ({target.unit})</th><th scope="col">{t('source')}</th><th scope="col"><span className="sr-only">{t('delete')}</span></th></tr></thead>
        <tbody>
          {(mine?.progress ?? []).map((p) => (
            <tr key={p.id}><td>{p.asOf}</td><td>{p.value}</td><td>{p.source}</td><td><button type="button" onClick={() => save(() => deleteProgress(db, p.id))}>{t('delete')}</button></td></tr>
          ))}
        </tbody>
      </table>
      <form className="tracking-row" onSubmit={(e) => {
        e.preventDefault();
        const value = Number(entry.value);
        if (!entry.value || !Number.isFinite(value) || !entry.asOf) { setProblem(t('progressInvalid')); return; }
        void save(() => addProgress(db, target, { value, asOf: entry.asOf, source: entry.source }), () => setEntry({ value: '', asOf: '', source: '' }));
      }}>
        <label>{t('actual')} ({target.unit})<input name="progress-value" inputMode="decimal" value={entry.value} onChange={(e) => setEntry({ ...entry, value: e.target.value })} /></label>
        <label>{t('asOf')}<input name="progress-date" type="date" value={entry.asOf} onChange={(e) => setEntry({ ...entry, asOf: e.target.value })} /></label>
        <label>{t('source')}<input name="progress-source" value={entry.source} onChange={(e) => setEntry({ ...entry, source: e.target.value })} /></label>
        <button type="submit">{t('addProgress')}</button>
      </form>

      <h4>{t('notes')}</h4>
      <form onSubmit={(e) => {
        e.preventDefault();
        if (draft.trim()) void save(() => addNote(db, target, draft), () => setDraft(''));
      }}>
        <label className="block">{t('newNote')}<textarea name="note" rows={3} value={draft} onChange={(e) => setDraft(e.target.value)} /></label>
        <button type="submit">{t('addNote')}</button>
      </form>
      <ul className="notes" data-testid="notes">
        {(mine?.notes ?? []).map((note) => (
          <li key={note.id}>
            <time dateTime={note.createdAt}>{note.createdAt.slice(0, 16).replace('T', ' ')}</time>
            <p>{note.text}</p>
            <button type="button" onClick={() => save(() => deleteNote(db, note.id))}>{t('delete')}</button>
          </li>
        ))}
      </ul>
      </fieldset>
    </section>
  );
}
