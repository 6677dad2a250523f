// Tracked: everything the user follows — status, share achieved and pace — updating live across
// tabs; records that vanished or changed after the dataset was regenerated are shown, never
// dropped; notes and progress export to JSON or CSV and import with a preview.
import { useMemo, useState } from 'react';
import { LazyChart as Chart } from '../charts/LazyChart';
import { trackedOption, type TrackedBar } from '../charts/tracked-option';
import { summarizeProgress } from '../domain/progress';
import { similarity } from '../domain/text';
import { changedFields } from '../domain/tracking';
import { targetHref, type ViewProps } from '../app/context';
import { downloadBlob } from '../export/download';
import { StorageError } from '../notes/notes-db';
import { reattach, readAll, untrack } from '../notes/repository';
import { applyImport, exportCsv, exportJson, parseCsvImport, parseJsonImport, previewImport, type ImportPreview } from '../notes/transfer';
import { notesDb, usePersistence, useLiveQuery } from '../notes/use-notes';
import { amount } from './format';

function groupByTarget<T extends { targetId: string }>(entries: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    const group = groups.get(entry.targetId);
    if (group) group.push(entry);
    else groups.set(entry.targetId, [entry]);
  }
  return groups;
}

export function Tracked(props: ViewProps) {
  const { dataset, rows, t, route } = props;
  const db = notesDb();
  const persistence = usePersistence();
  const { value: all, error } = useLiveQuery(() => readAll(db), []);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const byId = useMemo(() => new Map(rows.map((r) => [r.target.id, r])), [rows]);
  const knownIds = useMemo(() => new Set(byId.keys()), [byId]);

  // group once: with thousands of notes, filtering them per tracked record would be quadratic
  const progressOf = groupByTarget(all?.progress ?? []);
  const notesOf = groupByTarget(all?.notes ?? []);
  const tracked = (all?.tracking ?? []).map((tracking) => {
    const row = byId.get(tracking.targetId);
    const progress = progressOf.get(tracking.targetId) ?? [];
    const notes = notesOf.get(tracking.targetId) ?? [];
    return { tracking, row, progress, notes, summary: row ? summarizeProgress(row.target, progress) : null, changed: row && tracking.snapshot ? changedFields(tracking.snapshot, row.target) : [] };
  });
  const present = tracked.filter((x) => x.row);
  const orphaned = tracked.filter((x) => !x.row);
  const bars: TrackedBar[] = present.filter((x) => x.summary?.share !== null && x.summary).map((x) => ({
    label: `${x.row!.target.region.name} ${x.row!.target.indicator}`, share: x.summary!.share!, pace: x.summary!.pace,
  }));
  const spec = useMemo(() => trackedOption(bars, t('trackedChart'), t), [JSON.stringify(bars), t]); // eslint-disable-line react-hooks/exhaustive-deps

  async function run(action: () => Promise<void>): Promise<void> {
    try {
      await action();
    } catch (e) {
      setMessage(e instanceof StorageError ? e.message : String(e));
    }
  }

  async function onFile(file: File): Promise<void> {
    const text = await file.text();
    const plan = /\.csv$/i.test(file.name) ? parseCsvImport(text, knownIds) : parseJsonImport(text, knownIds);
    setMessage(null);
    setPreview(await previewImport(db, plan));
  }

  const successor = (snapshot: { indicator: string; region: string } | null) => {
    if (!snapshot) return undefined;
    let best: { id: string; score: number } | undefined;
    for (const row of rows) {
      if (row.target.region.name !== snapshot.region) continue;
      const score = similarity(row.target.indicator, snapshot.indicator);
      if (score >= 0.6 && (!best || score > best.score)) best = { id: row.target.id, score };
    }
    return best ? byId.get(best.id) : undefined;
  };

  return (
    <section aria-labelledby="tracked-title">
      <h2 id="tracked-title">{t('tracked')} <span className="muted">{tracked.length} {t('commitments')}</span></h2>
      {persistence === 'best-effort' && <p className="notice" role="status">{t('persistDenied')}</p>}
      {error ? <p className="problem" role="alert">{t('storageUnavailable')}</p> : null}
      {message && <p className="problem" role="alert">{message}</p>}
      <div className="controls">
        <button type="button" onClick={() => run(async () => downloadBlob(new Blob([await exportJson(db, dataset.version)], { type: 'application/json' }), 'policy-targets-notes.json'))}>{t('exportNotesJson')}</button>
        <button type="button" onClick={() => run(async () => downloadBlob(new Blob([await exportCsv(db)], { type: 'text/csv;charset=utf-8' }), 'policy-targets-notes.csv'))}>{t('exportNotesCsv')}</button>
        <label className="file">{t('importNotes')}<input type="file" accept=".json,.csv,application/json,text/csv" data-testid="import-notes" onChange={(e) => { const file = e.target.files?.[0]; e.target.value = ''; if (file) void onFile(file); }} /></label>
      </div>
      {preview && (
        <div className="preview" role="region" aria-label={t('importPreview')} data-testid="import-preview">
          {preview.fatal ? <p className="problem">{preview.fatal}</p> : (
            <>
              <p>{t('importWillAdd')}: {preview.added.notes} {t('notes')}, {preview.added.progress} {t('progress')}, {preview.added.tracking} {t('tracked')}; {t('updated')} {preview.updated.notes + preview.updated.tracking}; {t('duplicates')} {preview.duplicates}; {t('errors')} {preview.errors.length}</p>
              {preview.errors.length > 0 && <ul className="errors">{preview.errors.slice(0, 50).map((e, i) => <li key={i}>{t('row')} {e.row}: {e.message}</li>)}</ul>}
            </>
          )}
          <button type="button" disabled={Boolean(preview.fatal) || preview.added.notes + preview.added.progress + preview.added.tracking + preview.updated.notes + preview.updated.tracking === 0}
            onClick={() => run(async () => { const done = await applyImport(db, preview); setPreview(null); setMessage(`${t('imported')}: ${done.added.notes} ${t('notes')}, ${done.added.progress} ${t('progress')}`); })}>{t('confirmImport')}</button>
          <button type="button" onClick={() => setPreview(null)}>{t('cancel')}</button>
        </div>
      )}
      {bars.length > 0 && <Chart spec={spec} meta={props.exportMeta} t={t} testId="tracked-chart" />}
      <table className="plain" data-testid="tracked-table">
        <thead><tr><th scope="col">{t('indicator')}</th><th scope="col">{t('value')}</th><th scope="col">{t('trackingStatus')}</th><th scope="col">{t('shareAchieved')}</th><th scope="col">{t('notes')}</th></tr></thead>
        <tbody>
          {present.map(({ tracking, row, summary, notes, changed }) => (
            <tr key={tracking.targetId}>
              <td><a href={targetHref(route, tracking.targetId)}>{row!.target.region.name} · {row!.target.indicator}</a>{changed.length > 0 && <span className="badge due-soon">{t('recordChanged')}</span>}</td>
              <td>{amount(row!.target, props.language)}</td>
              <td>{t(tracking.status)}</td>
              <td>{summary?.share !== null && summary ? `${(summary.share * 100).toFixed(1)}% · ${t(summary.pace)}` : '—'}</td>
              <td>{notes.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {orphaned.length > 0 && (
        <section aria-labelledby="orphaned-title" className="orphaned" data-testid="orphaned">
          <h3 id="orphaned-title">{t('orphaned')}</h3>
          <p className="muted">{t('orphanedHint')}</p>
          <ul>
            {orphaned.map(({ tracking, notes, progress }) => {
              const next = successor(tracking.snapshot);
              return (
                <li key={tracking.targetId}>
                  <b>{tracking.snapshot ? `${tracking.snapshot.region} · ${tracking.snapshot.indicator} ${tracking.snapshot.value}${tracking.snapshot.unit}` : tracking.targetId}</b>
                  {' '}— {notes.length} {t('notes')}, {progress.length} {t('progress')}
                  {notes.slice(0, 3).map((n) => <p key={n.id} className="note-text">{n.text}</p>)}
                  {next && <button type="button" onClick={() => run(() => reattach(db, tracking.targetId, next.target))}>{t('moveTo')} {next.target.indicator} {amount(next.target, props.language)}</button>}
                  <button type="button" onClick={() => { if (window.confirm(t('confirmForget'))) void run(() => untrack(db, tracking.targetId)); }}>{t('forget')}</button>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </section>
  );
}
