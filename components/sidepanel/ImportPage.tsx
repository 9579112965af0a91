import { useCallback, useEffect, useRef, useState, type DragEvent } from 'react';
import type { ImportSummary } from '../../lib/db/import-rows';
import { ImportConflictError, NotSeededError, type ImportStore } from '../../lib/db/imports';
import { formatDate, type MessageKey } from '../../lib/i18n';
import type { Importer } from '../../lib/import/importer';
import type { Prepared } from '../../lib/import/prepare';
import { type Problem, problemOf } from '../../lib/import/problems';
import { useLang, useT, type Translate } from '../i18n';
import { ImportPreviewCard } from './ImportPreview';
import { downloadText } from './download';

export interface ImportPageProps {
  importer: Importer;
  store: ImportStore;
  /** the corpus tables changed (saved, replaced, deleted, restored): reload what was built from them, tell the rest */
  onChanged: () => Promise<void> | void;
}

type Holder = Awaited<ReturnType<ImportStore['holder']>>;

type PreviewItem = { key: number; name: string; state: 'preview' | 'saving'; prepared: Prepared; holder: Holder; error?: string };

export type ImportItem =
  | { key: number; name: string; state: 'reading' }
  | { key: number; name: string; state: 'problem'; problem: Problem }
  | PreviewItem
  | { key: number; name: string; state: 'saved'; prepared: Prepared; ms: number };

const PROBLEM_KEYS: Record<Problem['code'], MessageKey> = {
  'too-large': 'impErrTooLarge',
  empty: 'impErrEmpty',
  unsupported: 'impErrUnsupported',
  encoding: 'impErrEncoding',
  'not-minutes': 'impErrNotMinutes',
  'no-date': 'impErrNoDate',
  'pdf-no-text': 'impErrPdfNoText',
  'pdf-encrypted': 'impErrPdfEncrypted',
  'pdf-corrupt': 'impErrPdfCorrupt',
  failed: 'impErrFailed',
};

function problemText(t: Translate, name: string, problem: Problem): string {
  return t(PROBLEM_KEYS[problem.code], { file: name, message: '', ...problem.params });
}

/**
 * #/import: choose, drop or paste minutes; each file is read and parsed on its own (a bad file never stops the
 * others), previewed, and saved only when the reader confirms it, in one transaction. Below, the imported minutes
 * with delete, JSON export and restore.
 */
/** Wall time of one step in whole milliseconds; kept out of the component, since timing is event work, not render. */
async function timed(step: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await step();
  return Math.round(performance.now() - started);
}

const epochMs = () => Date.now();

export function ImportPage({ importer, store, onChanged }: ImportPageProps) {
  const t = useT();
  const lang = useLang();
  const [items, setItems] = useState<ImportItem[]>([]);
  const [imports, setImports] = useState<ImportSummary[] | null>(null);
  const [paste, setPaste] = useState('');
  const [dragging, setDragging] = useState(false);
  const [status, setStatus] = useState('');
  const nextKey = useRef(1);

  const refresh = useCallback(() => store.list().then(setImports, () => setImports([])), [store]);
  useEffect(() => void refresh(), [refresh]);

  const update = (key: number, next: ImportItem) => setItems((list) => list.map((i) => (i.key === key ? next : i)));

  const read = (name: string, work: () => Promise<Prepared>) => {
    const key = nextKey.current++;
    setItems((list) => [...list, { key, name, state: 'reading' }]);
    work()
      .then(async (prepared) =>
        update(key, { key, name, state: 'preview', prepared, holder: await store.holder(prepared.preview.meetingId) }),
      )
      .catch((error: unknown) => update(key, { key, name, state: 'problem', problem: problemOf(error) }));
  };

  const addFiles = (files: Iterable<File>) => {
    for (const file of files) read(file.name, () => importer.readFile(file));
  };

  const save = async (item: PreviewItem) => {
    update(item.key, { ...item, state: 'saving', error: undefined });
    try {
      const ms = await timed(() =>
        store.save({ ...item.prepared.row, importedAt: epochMs() }, { replace: item.holder?.holder === 'import' }),
      );
      update(item.key, { key: item.key, name: item.name, state: 'saved', prepared: item.prepared, ms });
      await refresh();
      await onChanged();
    } catch (error) {
      if (error instanceof ImportConflictError) {
        update(item.key, {
          ...item,
          state: 'preview',
          holder: error.holder === 'import' && error.existing ? { holder: 'import', existing: error.existing } : { holder: 'bundled' },
        });
      } else {
        const message = error instanceof NotSeededError ? t('impErrNotReady') : problemText(t, item.name, problemOf(error));
        update(item.key, { ...item, state: 'preview', error: message });
      }
    }
  };

  const remove = async (summary: ImportSummary) => {
    await store.remove(summary.id);
    setStatus(t('impDeleted', { file: summary.file }));
    await refresh();
    await onChanged();
  };

  const exportAll = async () =>
    downloadText(`minutes-lens-imports-${new Date().toISOString().slice(0, 10)}.json`, await store.exportJson(), 'application/json');

  const restore = async (file: File | undefined) => {
    if (!file) return;
    try {
      const { restored, skipped } = await store.restore(await file.text());
      setStatus(t('impRestored', { n: restored.length, skipped: skipped.length }));
      await refresh();
      if (restored.length) await onChanged();
    } catch (error) {
      setStatus(t('impErrRestore', { message: String((error as Error)?.message ?? error) }));
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    addFiles(Array.from(event.dataTransfer.files));
  };

  return (
    <div className="ml-import">
      <h2 className="ml-card-title">{t('impTitle')}</h2>
      <p className="ml-muted">{t('impIntro')}</p>
      <div
        className={`ml-dropzone${dragging ? ' ml-dropzone-active' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragEnter={() => importer.warm()}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="import-dropzone"
      >
        <label className="ml-field">
          <span>{t('impChoose')}</span>
          <input
            type="file"
            multiple
            accept=".txt,.text,.html,.htm,.pdf,text/plain,text/html,application/pdf"
            // the file chooser is opening: the parser's dictionary loads while the reader picks a file
            onClick={() => importer.warm()}
            onChange={(e) => {
              addFiles(Array.from(e.currentTarget.files ?? []));
              e.currentTarget.value = '';
            }}
          />
        </label>
        <p className="ml-muted">{t('impDrop')}</p>
      </div>
      <div className="ml-field">
        <label htmlFor="ml-import-paste">{t('impPasteLabel')}</label>
        <textarea id="ml-import-paste" rows={5} value={paste} onChange={(e) => setPaste(e.currentTarget.value)} />
        <button
          type="button"
          className="ml-button"
          disabled={paste.trim() === ''}
          onClick={() => {
            const text = paste;
            const label = t('impPasteName');
            read(label, () => importer.readPaste(text, label));
            setPaste('');
          }}
        >
          {t('impPastePreview')}
        </button>
      </div>

      <ul className="ml-import-items" aria-live="polite">
        {items.map((item) => (
          <li key={item.key} className="ml-import-item" data-state={item.state} data-file={item.name}>
            {item.state === 'reading' && (
              <p>
                <strong>{item.name}</strong> — {t('impReading')}
              </p>
            )}
            {item.state === 'problem' && (
              <p role="alert" className="ml-import-problem" data-problem={item.problem.code}>
                {problemText(t, item.name, item.problem)}
              </p>
            )}
            {(item.state === 'preview' || item.state === 'saving' || item.state === 'saved') && (
              <ImportPreviewCard preview={item.prepared.preview}>
                {item.state !== 'saved' && item.holder?.holder === 'import' && (
                  <p className="ml-import-duplicate" role="status">
                    {t('impDuplicate', {
                      file: item.holder.existing.file,
                      when: formatDate(new Date(item.holder.existing.importedAt).toISOString().slice(0, 10), lang),
                    })}
                  </p>
                )}
                {item.state !== 'saved' && item.holder?.holder === 'bundled' && <p className="ml-import-duplicate">{t('impInBundled')}</p>}
                {item.state !== 'saved' && 'error' in item && item.error && <p role="alert">{item.error}</p>}
                <div className="ml-import-actions">
                  {item.state === 'saved' ? (
                    <p role="status" className="ml-import-saved">
                      {t('impSaved', { ms: item.ms })}
                    </p>
                  ) : (
                    <>
                      <button
                        type="button"
                        className="ml-button ml-import-confirm"
                        disabled={item.state === 'saving' || item.holder?.holder === 'bundled'}
                        onClick={() => item.state === 'preview' && void save(item)}
                      >
                        {item.state === 'saving' ? t('impSaving') : item.holder?.holder === 'import' ? t('impReplace') : t('impConfirm')}
                      </button>
                      <button
                        type="button"
                        className="ml-link-button"
                        onClick={() => setItems((list) => list.filter((i) => i.key !== item.key))}
                      >
                        {t('impDiscard')}
                      </button>
                    </>
                  )}
                </div>
              </ImportPreviewCard>
            )}
          </li>
        ))}
      </ul>

      <section className="ml-import-list" aria-labelledby="ml-import-list-title">
        <h2 id="ml-import-list-title" className="ml-section-title">
          {t('impList')}
        </h2>
        <p role="status" className="ml-muted">
          {status}
        </p>
        {imports && imports.length === 0 && <p className="ml-muted">{t('impListEmpty')}</p>}
        {imports && imports.length > 0 && (
          <ul>
            {imports.map((s) => (
              <li key={s.id} className="ml-import-row" data-import-id={s.id}>
                <span className="ml-import-file">{s.file}</span>{' '}
                <span>
                  {s.body} {t('meetingNumber', { n: s.number })}（{formatDate(s.date, lang)}）
                </span>{' '}
                <span className="ml-muted">
                  {t('impRemarks', { n: s.remarks })} ·{' '}
                  {t('impImportedAt', { date: formatDate(new Date(s.importedAt).toISOString().slice(0, 10), lang) })}
                </span>
                {s.status === 'partial' && <span className="ml-badge">{t('impPartial').split('。')[0].split('.')[0]}</span>}
                {!s.merged && <span className="ml-badge">{t('impSuperseded')}</span>}{' '}
                <button type="button" className="ml-link-button ml-import-delete" onClick={() => void remove(s)}>
                  {t('impDelete')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="ml-import-actions">
          <button type="button" className="ml-button" disabled={!imports?.length} onClick={() => void exportAll()}>
            {t('impExport')}
          </button>
          <label className="ml-button ml-import-restore">
            {t('impRestore')}
            <input
              type="file"
              accept=".json,application/json"
              className="ml-visually-hidden"
              onChange={(e) => void restore(e.currentTarget.files?.[0])}
            />
          </label>
        </div>
      </section>
    </div>
  );
}
