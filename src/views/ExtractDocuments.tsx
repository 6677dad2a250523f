// Extract a dataset from the user's own policy documents, right in the browser: drop or pick
// files or a whole folder, watch the progress (file n of m) with what each file gave or why it
// was skipped, cancel at any time. The worker (and its PDF and Word readers) loads only on use;
// the result is validated and kept like an opened dataset file.
import { useRef, useState } from 'react';
import type { Translate } from '../app/i18n';
import { droppedFiles, pickedFiles } from '../data/dropped-files';
import { startExtraction, type Extraction, type NamedFile } from '../data/extract-client';
import type { FileReport } from '../worker/messages';

interface Props { t: Translate; onDataset: (name: string, json: string) => Promise<void> }

type Status = { state: 'idle' } | { state: 'running'; total: number; done: number; current: string } | { state: 'finished'; ok: boolean; message: string };

export function ExtractDocuments({ t, onDataset }: Props) {
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const [reports, setReports] = useState<FileReport[]>([]);
  const [dragging, setDragging] = useState(false);
  const running = useRef<Extraction | null>(null);

  async function extract(files: NamedFile[]): Promise<void> {
    if (!files.length || running.current) return;
    setReports([]);
    setStatus({ state: 'running', total: files.length, done: 0, current: '' });
    const extraction = startExtraction(files, (report, index, total) => {
      setReports((previous) => [...previous, report]);
      setStatus({ state: 'running', total, done: index, current: report.name });
    });
    running.current = extraction;
    const end = await extraction.done;
    running.current = null;
    if (!end.ok) { setStatus({ state: 'finished', ok: false, message: end.cancelled ? t('cancelled') : `${t('extractFailed')}: ${end.problem}` }); return; }
    const folder = files[0].name.includes('/') ? files[0].name.split('/')[0] : null;
    const name = folder ?? (files.length === 1 ? files[0].name : `${files.length} ${t('filesUnit')}`);
    await onDataset(name, end.json);
    setStatus({ state: 'finished', ok: true, message: `${t('extractDone')}: ${end.records} ${t('records')} · ${end.filesRead}/${files.length} ${t('filesUnit')}` });
  }

  const busy = status.state === 'running';
  return (
    <section aria-labelledby="extract-title" className="extract">
      <h3 id="extract-title">{t('extractTitle')}</h3>
      <p className="muted">{t('extractHint')}</p>
      <div
        className={`drop-zone${dragging ? ' dragging' : ''}`} data-testid="documents-drop"
        onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => { e.preventDefault(); setDragging(false); if (!busy) void droppedFiles(e.dataTransfer).then(extract); }}
      >
        <p>{t('dropDocuments')}</p>
        <div className="pickers">
          <label className="file">{t('chooseFiles')}<input type="file" multiple disabled={busy} data-testid="pick-documents" onChange={(e) => { const files = pickedFiles(e.target.files); e.target.value = ''; void extract(files); }} /></label>
          <label className="file">{t('chooseFolder')}<input type="file" disabled={busy} data-testid="pick-folder" {...{ webkitdirectory: '' }} onChange={(e) => { const files = pickedFiles(e.target.files); e.target.value = ''; void extract(files); }} /></label>
        </div>
      </div>
      {status.state === 'running' && (
        <div className="progress" role="status" data-testid="extract-progress">
          <progress max={status.total} value={status.done} aria-label={t('extracting')} />
          <span>{t('extracting')} · {t('fileOf')} {Math.min(status.done + 1, status.total)} {t('of')} {status.total} {t('filesUnit')}{status.current ? ` · ${status.current}` : ''}</span>
          <button type="button" data-testid="cancel-extract" onClick={() => running.current?.cancel()}>{t('cancel')}</button>
        </div>
      )}
      {status.state === 'finished' && <p className={status.ok ? 'notice ok' : 'problem'} role="status" data-testid="extract-result">{status.message}</p>}
      {reports.length > 0 && (
        <ul className="file-reports" data-testid="file-reports">
          {reports.map((report) => (
            <li key={report.name} className={'problem' in report ? 'skipped' : 'read'}>
              <b>{report.name}</b>{' '}
              {'problem' in report ? <span>{t('skipped')}: {report.problem}</span> : <span>{t('found')} {report.records} {t('records')} · {report.documents} {t('documents')}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
