import { liveQuery } from 'dexie';
import { type ReactNode, createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { RemarkView } from '../../lib/corpus/views';
import { type Removed, restoreSaved, saveRemark, savedIds, unsaveRemark } from '../../lib/db/saved';
import type { MinutesDb } from '../../lib/db/schema';
import { useT } from '../i18n';

/** A message for the reader after a change, with a way to take the change back when there is one. */
export interface SavedNotice {
  message: string;
  undo?: () => Promise<void>;
}

export interface SavedApi {
  db: MinutesDb;
  /** ids of the saved remarks; undefined until first read */
  ids: ReadonlySet<string> | undefined;
  toggle(view: RemarkView): Promise<void>;
  /** removes a saved remark and its notes, and offers undo */
  remove(remarkId: string): Promise<void>;
  /** what was removed, put back, with a notice offering to undo */
  offerUndo(message: string, removed: Removed): void;
  notify(notice: SavedNotice | null): void;
}

const SavedContext = createContext<SavedApi | null>(null);

/** The saved remarks and notes, for the components below; without a provider, bookmark buttons and notes are absent. */
export function useSaved(): SavedApi | null {
  return useContext(SavedContext);
}

/**
 * A Dexie live query as React state: re-run whenever the tables it read change, in this page or another one of the
 * extension (Dexie tells other pages through a BroadcastChannel), so two open panels stay in step.
 */
export function useLive<T>(query: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({ next: setValue, error: (error: unknown) => console.error(error) });
    return () => subscription.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller lists what the query depends on
  }, deps);
  return value;
}

export function SavedProvider({ db, children }: { db: MinutesDb; children: ReactNode }) {
  const t = useT();
  const ids = useLive(() => savedIds(db), [db]);
  const [notice, setNotice] = useState<SavedNotice | null>(null);
  // A plain confirmation goes away by itself; one that offers undo stays until it is used, dismissed or replaced.
  useEffect(() => {
    if (!notice || notice.undo) return;
    const timer = setTimeout(() => setNotice((current) => (current === notice ? null : current)), 4000);
    return () => clearTimeout(timer);
  }, [notice]);

  const offerUndo = useCallback(
    (message: string, removed: Removed) => setNotice({ message, undo: () => restoreSaved(db, removed) }),
    [db],
  );
  const remove = useCallback(
    async (remarkId: string) => {
      const removed = await unsaveRemark(db, remarkId);
      const n = removed.notes.length;
      offerUndo(n > 0 ? t('spRemovedWithNotes', { n }) : t('spRemoved'), removed);
    },
    // t changes identity every render; the language does not change while the panel is open
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [db, offerUndo],
  );
  const toggle = useCallback(
    async (view: RemarkView) => {
      if (ids?.has(view.remark.id)) await remove(view.remark.id);
      else await saveRemark(db, view);
    },
    [db, ids, remove],
  );
  const api = useMemo<SavedApi>(() => ({ db, ids, toggle, remove, offerUndo, notify: setNotice }), [db, ids, toggle, remove, offerUndo]);

  return (
    <SavedContext.Provider value={api}>
      {children}
      <div className="ml-saved-notice" role="status" data-empty={notice ? undefined : ''}>
        {notice && (
          <>
            <span>{notice.message}</span>
            {notice.undo && (
              <button
                type="button"
                className="ml-button"
                onClick={() => {
                  const undo = notice.undo!;
                  setNotice(null);
                  void undo();
                }}
              >
                {t('spUndo')}
              </button>
            )}
            <button type="button" className="ml-link-button" aria-label={t('close')} onClick={() => setNotice(null)}>
              ×
            </button>
          </>
        )}
      </div>
    </SavedContext.Provider>
  );
}

/** The header's way to the saved view, with how many remarks are saved. */
export function SavedNavLink({ current }: { current: boolean }) {
  const t = useT();
  const saved = useSaved();
  if (!saved) return null;
  return (
    <a href="#/saved" className="ml-saved-nav" aria-current={current ? 'page' : undefined}>
      ★ {t('spSavedNav', { n: saved.ids?.size ?? 0 })}
    </a>
  );
}

/** The bookmark toggle of one remark: a button pressed when the remark is saved. */
export function SavedToggle({ view }: { view: RemarkView }) {
  const t = useT();
  const saved = useSaved();
  if (!saved) return null;
  const pressed = saved.ids?.has(view.remark.id) ?? false;
  return (
    <button
      type="button"
      className="ml-link-button ml-save-toggle"
      aria-pressed={pressed}
      title={t(pressed ? 'spSavedHint' : 'spSaveHint')}
      disabled={!saved.ids}
      onClick={() => void saved.toggle(view)}
    >
      <span aria-hidden="true">{pressed ? '★' : '☆'}</span> {t('spSave')}
    </button>
  );
}
