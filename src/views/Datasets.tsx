// Your own documents: open a dataset made with `npm run extract` (file picker or drag and drop),
// see it validated, keep it in the browser, show it beside or instead of the bundled one, and
// compare the two: records added, removed and changed.
import { useMemo, useState } from 'react';
import type { ViewProps } from '../app/context';
import { diffDatasets, openUserDataset, removeUserDataset, type DataSource, type UserDataset } from '../data/user-dataset';
import { notesDb } from '../notes/use-notes';
import { amount } from './format';

interface Props extends ViewProps { bundled: ViewProps['dataset']; user: UserDataset | null; source: DataSource }

export function Datasets(props: Props) {
  const { t, bundled, user, source, go } = props;
  const [result, setResult] = useState<{ ok: boolean; title: string; detail?: string } | null>(null);
  const [dragging, setDragging] = useState(false);
  const diff = useMemo(() => (user ? diffDatasets(bundled, user.dataset) : null), [bundled, user]);

  async function open(file: File): Promise<void> {
    const opened = await openUserDataset(notesDb(), file.name, await file.text());
    setResult(opened.ok ? { ok: true, title: `${file.name}: ${opened.stored.dataset.targets.length} ${t('records')}, ${opened.stored.dataset.documents.length} ${t('documents')}` } : { ok: false, title: opened.title, detail: opened.detail });
  }

  return (
    <section aria-labelledby="datasets-title">
      <h2 id="datasets-title">{t('datasets')}</h2>
      <p className="muted">{t('datasetsHint')} <code>npm run extract -- my-texts/ --out my-targets.json</code></p>
      <div
        className={`drop-zone${dragging ? ' dragging' : ''}`} data-testid="drop-zone"
        onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => { e.preventDefault(); setDragging(false); const file = e.dataTransfer.files[0]; if (file) void open(file); }}
      >
        <p>{t('dropHere')}</p>
        <label className="file">{t('chooseFile')}<input type="file" accept=".json,application/json" data-testid="open-dataset" onChange={(e) => { const file = e.target.files?.[0]; e.target.value = ''; if (file) void open(file); }} /></label>
      </div>
      {result && (result.ok
        ? <p className="notice ok" role="status" data-testid="dataset-opened">{t('datasetKept')}: {result.title}</p>
        : <div className="problem" role="alert" data-testid="dataset-refused"><b>{t('datasetRefused')}: {result.title}</b><pre>{result.detail}</pre></div>)}

      {user && diff && (
        <>
          <h3>{t('yourDataset')}</h3>
          <p data-testid="user-dataset">{user.name} · {t('datasetVersion')} {user.dataset.version} · {user.dataset.targets.length} {t('records')} · {user.loadedAt.slice(0, 16).replace('T', ' ')}</p>
          <fieldset className="segmented"><legend>{t('show')}</legend>
            {(['bundled', 'mine', 'both'] as const).map((s) => (
              <label key={s}><input type="radio" name="data" checked={source === s} onChange={() => go('datasets', null, { data: s === 'bundled' ? null : s }, true)} />{t(`source-${s}`)}</label>
            ))}
          </fieldset>
          <p><button type="button" onClick={() => void removeUserDataset(notesDb()).then(() => go('datasets', null, { data: null }, true))}>{t('removeDataset')}</button></p>
          <h3>{t('comparison')}</h3>
          <p data-testid="dataset-diff">
            <span className="badge later">{t('added')} {diff.added.length}</span>
            <span className="badge overdue">{t('removed')} {diff.removed.length}</span>
            <span className="badge due-soon">{t('changed')} {diff.changed.length}</span>
            <span className="badge">{t('unchanged')} {diff.unchanged}</span>
          </p>
          <div className="diff-columns">
            <DiffList title={t('added')} items={diff.added.map((x) => `${x.region.name} · ${x.indicator} ${amount(x, props.language)}`)} />
            <DiffList title={t('removed')} items={diff.removed.map((x) => `${x.region.name} · ${x.indicator} ${amount(x, props.language)}`)} />
            <DiffList title={t('changed')} items={diff.changed.map((c) => `${c.after.region.name} · ${c.after.indicator}: ${c.fields.join(', ')}`)} />
          </div>
        </>
      )}
    </section>
  );
}

function DiffList({ title, items }: { title: string; items: string[] }) {
  return (
    <div>
      <h4>{title} ({items.length})</h4>
      <ul className="diff-list">{items.slice(0, 200).map((item, i) => <li key={i}>{item}</li>)}</ul>
    </div>
  );
}
