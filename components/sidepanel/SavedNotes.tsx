import { type ComponentProps, useEffect, useId, useRef, useState } from 'react';
import type { RemarkView } from '../../lib/corpus/views';
import { addNote, deleteNote, notesOf, updateNote } from '../../lib/db/saved';
import { formatTimestamp } from '../../lib/db/saved-time';
import type { NoteRow } from '../../lib/db/schema';
import { useLang, useT } from '../i18n';
import { type SavedApi, useLive, useSaved } from './SavedContext';

/**
 * The notes on one remark (remark view): each note in its own box, saved when the box loses focus, with Ctrl+Enter or
 * with its button, deleted with its button or by emptying it (both undoable); a box at the end for a new note. Writing
 * the first note saves the remark.
 */
export function SavedNotes({ view }: { view: RemarkView }) {
  const t = useT();
  const saved = useSaved();
  const headingId = useId();
  if (!saved) return null;
  return (
    <section className="ml-notes" aria-labelledby={headingId}>
      <h3 id={headingId} className="ml-section-title">
        {t('spNotes')}
      </h3>
      <NoteList saved={saved} view={view} />
    </section>
  );
}

function NoteList({ saved, view }: { saved: SavedApi; view: RemarkView }) {
  const t = useT();
  const remarkId = view.remark.id;
  const notes = useLive(() => notesOf(saved.db, remarkId), [saved.db, remarkId]);
  return (
    <>
      {notes && notes.length > 0 && (
        <ol className="ml-note-list">
          {notes.map((note, i) => (
            <NoteEditor key={note.id} saved={saved} note={note} n={i + 1} />
          ))}
        </ol>
      )}
      <NewNote saved={saved} view={view} />
      <p className="ml-muted ml-notes-hint">{t('spNotesHint')}</p>
    </>
  );
}

/** A note's box: it commits what it holds when it loses focus and on Ctrl+Enter (⌘+Enter). */
function NoteText({ onCommit, ...props }: ComponentProps<'textarea'> & { onCommit: () => Promise<void> }) {
  return (
    <textarea
      {...props}
      className="ml-note-text"
      onBlur={() => void onCommit()}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          void onCommit();
        }
      }}
    />
  );
}

function NoteEditor({ saved, note, n }: { saved: SavedApi; note: NoteRow; n: number }) {
  const t = useT();
  const lang = useLang();
  const id = useId();
  const [text, setText] = useState(note.text);
  const box = useRef<HTMLTextAreaElement>(null);
  // A change made elsewhere (another panel) shows here unless the reader is editing this note.
  useEffect(() => {
    if (document.activeElement !== box.current) setText(note.text);
  }, [note.text]);
  const dirty = text.trim() !== note.text;
  useSaveOnUnmount(text, (latest) => {
    if (latest.trim() !== note.text && latest.trim()) void updateNote(saved.db, note.id!, latest);
  });

  const commit = async () => {
    if (!dirty) return;
    const stored = await updateNote(saved.db, note.id!, text);
    if (stored) saved.notify({ message: t('spNoteSaved') });
    else saved.offerUndo(t('spNoteDeleted'), { notes: [note] });
  };
  const remove = async () => saved.offerUndo(t('spNoteDeleted'), await deleteNote(saved.db, note.id!));

  return (
    <li className="ml-note" data-note-id={note.id}>
      <label htmlFor={id} className="ml-visually-hidden">
        {t('spNoteLabel', { n })}
      </label>
      <NoteText
        id={id}
        ref={box}
        value={text}
        rows={Math.min(8, Math.max(2, text.split('\n').length))}
        onChange={(event) => setText(event.target.value)}
        onCommit={commit}
      />
      <div className="ml-note-foot">
        <time className="ml-muted" dateTime={new Date(note.updatedAt).toISOString()}>
          {t('spNoteUpdated', { date: formatTimestamp(note.updatedAt, lang) })}
        </time>
        <button type="button" className="ml-link-button" disabled={!dirty} onClick={() => void commit()}>
          {t('spNoteSave')}
        </button>
        <button type="button" className="ml-link-button" onClick={() => void remove()}>
          {t('spNoteDelete')}
        </button>
      </div>
    </li>
  );
}

function NewNote({ saved, view }: { saved: SavedApi; view: RemarkView }) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState('');
  const adding = useRef(false);
  useSaveOnUnmount(text, (latest) => {
    if (latest.trim() && !adding.current) void addNote(saved.db, view, latest);
  });
  const add = async () => {
    if (!text.trim() || adding.current) return;
    adding.current = true;
    try {
      await addNote(saved.db, view, text);
      setText('');
      saved.notify({ message: t('spNoteSaved') });
    } finally {
      adding.current = false;
    }
  };
  return (
    <div className="ml-note ml-note-new">
      <label htmlFor={id} className="ml-note-label">
        {t('spNoteNew')}
      </label>
      <NoteText id={id} value={text} rows={3} onChange={(event) => setText(event.target.value)} onCommit={add} />
      <div className="ml-note-foot">
        <button type="button" className="ml-button" disabled={!text.trim()} onClick={() => void add()}>
          {t('spNoteAdd')}
        </button>
      </div>
    </div>
  );
}

/**
 * Saves what is in a box when the box goes away without losing focus first (the route changed under it: a link from
 * another panel, the back key), so typed text is never dropped.
 */
function useSaveOnUnmount(text: string, save: (latest: string) => void): void {
  const latest = useRef({ text, save });
  useEffect(() => {
    latest.current = { text, save };
  });
  useEffect(() => () => latest.current.save(latest.current.text), []);
}
