import { useId, useMemo } from 'react';
import type { RemarkView } from '../../lib/corpus/views';
import { findRanges } from '../../lib/lookup/ranges';
import { type ResolvedSaved, filterSaved, listSaved, resolveSaved } from '../../lib/db/saved';
import { savedExportRow, savedToCsv, savedToJson } from '../../lib/db/saved-export';
import { formatTimestamp } from '../../lib/db/saved-time';
import { type SearchIndex, remarkView } from '../../lib/search/search-index';
import { CorpusDate } from '../CorpusDate';
import { MeetingName } from '../MeetingName';
import { Snippet } from '../Snippet';
import { useLang, useT } from '../i18n';
import { CopyButton } from './CopyButton';
import { type SavedApi, useLive, useSaved } from './SavedContext';
import { downloadText, exportFileName } from './download';
import type { Navigate } from './use-route';

export interface SavedPageProps {
  index: SearchIndex;
  /** the filter, from the route (#/saved?q=…) */
  query: string;
  navigate: Navigate;
  onOpen: (view: RemarkView) => void;
}

/**
 * The saved remarks (#/saved), most recently saved first, with their notes: narrowed by a filter over text, speaker,
 * meeting, date and notes; each opens in context or is removed (undoable); what is shown exports as CSV or JSON. A saved
 * remark the corpus no longer holds is listed as such, from what was saved of it.
 */
export function SavedPage(props: SavedPageProps) {
  const saved = useSaved();
  const t = useT();
  if (!saved) return <p className="ml-muted">{t('loading')}</p>;
  return <SavedList saved={saved} {...props} />;
}

function SavedList({ saved, index, query, navigate, onOpen }: SavedPageProps & { saved: SavedApi }) {
  const t = useT();
  const lang = useLang();
  const filterId = useId();
  const entries = useLive(() => listSaved(saved.db), [saved.db]);
  const resolved = useMemo(
    () =>
      resolveSaved(entries ?? [], (id) => {
        const doc = index.byId.get(id);
        return doc && remarkView(doc);
      }),
    [entries, index],
  );
  const shown = useMemo(() => filterSaved(resolved, query), [resolved, query]);
  const needles = useMemo(() => query.split(/\s+/).filter(Boolean), [query]);

  const rows = () => shown.map((e) => savedExportRow(e, lang));
  const stem = ['saved', query].filter(Boolean).join(' ');
  const exportCsv = () => downloadText(exportFileName(stem, 'csv'), savedToCsv(rows()), 'text/csv;charset=utf-8');
  const exportJson = () =>
    downloadText(
      exportFileName(stem, 'json'),
      savedToJson(rows(), { filter: query, lang, corpusVersion: index.corpus.version, exportedAt: Date.now() }),
      'application/json',
    );

  return (
    <div className="ml-saved">
      <h2 className="ml-saved-title">{t('spSavedPage')}</h2>
      <div className="ml-search-bar">
        <label htmlFor={filterId} className="ml-visually-hidden">
          {t('spSavedFilter')}
        </label>
        <input
          id={filterId}
          type="search"
          className="ml-search-input"
          placeholder={t('spSavedFilterPlaceholder')}
          value={query}
          onChange={(event) => navigate({ page: 'saved', query: event.target.value }, { replace: true })}
        />
      </div>
      <div className="ml-results-bar">
        <p className="ml-saved-count" data-count={shown.length} role="status">
          {entries === undefined
            ? t('loading')
            : query && shown.length !== resolved.length
              ? t('spSavedShown', { shown: shown.length, n: resolved.length })
              : t('spSavedCount', { n: resolved.length })}
        </p>
        <span className="ml-export" role="group" aria-label={t('spSavedExport')}>
          <button type="button" className="ml-button" disabled={shown.length === 0} onClick={exportCsv}>
            CSV
          </button>
          <button type="button" className="ml-button" disabled={shown.length === 0} onClick={exportJson}>
            JSON
          </button>
        </span>
      </div>
      {entries !== undefined && resolved.length === 0 && <p className="ml-muted">{t('spSavedEmpty')}</p>}
      {resolved.length > 0 && shown.length === 0 && <p className="ml-muted">{t('spSavedNoMatch')}</p>}
      {shown.length > 0 && (
        <ol className="ml-remarks ml-saved-list" aria-label={t('spSavedPage')}>
          {shown.map((entry) => (
            <SavedItem key={entry.remarkId} entry={entry} needles={needles} saved={saved} onOpen={onOpen} />
          ))}
        </ol>
      )}
    </div>
  );
}

function SavedItem({
  entry,
  needles,
  saved,
  onOpen,
}: {
  entry: ResolvedSaved;
  needles: readonly string[];
  saved: SavedApi;
  onOpen: (view: RemarkView) => void;
}) {
  const t = useT();
  const lang = useLang();
  const { view, snapshot: snap } = entry;
  const text = view?.remark.text ?? snap?.text ?? '';
  const citation = savedExportRow(entry, lang).citation;
  const speaker = view ? (view.speaker?.name ?? (view.remark.speakerLabel || t('unknownSpeaker'))) : (snap?.speaker ?? '');
  const role = view ? view.role : snap?.role;
  const written = view ? view.remark.written : snap?.written;
  return (
    <li className="ml-remark ml-saved-item" data-remark-id={entry.remarkId} data-in-corpus={view ? 'true' : 'false'}>
      {!view && <p className="ml-badge ml-gone">{t('spGone')}</p>}
      <div className="ml-remark-head">
        <span className="ml-remark-speaker">{speaker || entry.remarkId}</span>
        {role && <span className="ml-remark-role">{role}</span>}
        {written && <span className="ml-badge">{t('written')}</span>}
      </div>
      <div className="ml-remark-meta">
        {view ? <MeetingName meeting={view.meeting} /> : snap && <span>{`${snap.body} ${snap.meetingTitle}`}</span>}
        {(view?.meeting.date ?? snap?.date) && <CorpusDate date={view?.meeting.date ?? snap!.date} />}
      </div>
      <Snippet text={text} ranges={findRanges(text, needles)} maxLength={200} />
      {entry.notes.length > 0 && (
        <ul className="ml-saved-notes" aria-label={t('spNotes')}>
          {entry.notes.map((note) => (
            <li key={note.id} className="ml-saved-note">
              <p className="ml-saved-note-text">{note.text}</p>
              <time className="ml-muted" dateTime={new Date(note.updatedAt).toISOString()}>
                {t('spNoteUpdated', { date: formatTimestamp(note.updatedAt, lang) })}
              </time>
            </li>
          ))}
        </ul>
      )}
      {citation && <p className="ml-citation ml-muted">{citation}</p>}
      <p className="ml-muted ml-saved-at">
        <time dateTime={new Date(entry.savedAt).toISOString()}>{t('spSavedAt', { date: formatTimestamp(entry.savedAt, lang) })}</time>
      </p>
      <div className="ml-remark-actions">
        {view && (
          <button type="button" className="ml-link-button ml-remark-open" onClick={() => onOpen(view)}>
            {t('spOpenInContext')}
          </button>
        )}
        {citation && <CopyButton text={citation} label={t('spCopyCitation')} />}
        <button type="button" className="ml-link-button" onClick={() => void saved.remove(entry.remarkId)}>
          {t('spRemoveSaved')}
        </button>
      </div>
    </li>
  );
}
