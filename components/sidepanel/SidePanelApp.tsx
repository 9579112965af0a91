import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import type { RemarkView } from '../../lib/corpus/views';
import { HOME, type Route, type SearchRoute } from '../../lib/search/route';
import type { SearchIndex } from '../../lib/search/search-index';
import type { Clause } from '../../lib/search/types';
import { formatDate } from '../../lib/i18n';
import { useLang, useT } from '../i18n';
import { PersonPage } from './PersonPage';
import { RemarkPage } from './RemarkPage';
import { SavedNavLink } from './SavedContext';
import { SavedPage } from './SavedPage';
import { SearchPage } from './SearchPage';
import { TermPage } from './TermPage';
import { useRoute } from './use-route';

export interface SidePanelAppProps {
  loadIndex: () => Promise<SearchIndex>;
  /** the import view at #/import (components/sidepanel/ImportPage), wired by the entrypoint */
  importView?: ReactNode;
  /** calls the listener whenever the corpus changes (an import saved or deleted); the index is then loaded again */
  onCorpusChanged?: (listener: () => void) => () => void;
}

/**
 * The side panel: corpus search, and the reading views it leads to. The search page stays mounted (hidden) while a
 * remark, person or term is open, so going back finds the results, filters and scroll position as they were.
 */
export function SidePanelApp({ loadIndex, importView, onCorpusChanged }: SidePanelAppProps) {
  const t = useT();
  const lang = useLang();
  const [index, setIndex] = useState<SearchIndex | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  /** the corpus changed and the new index is being built (12 s at 100× the seeds); the old one answers meanwhile */
  const [updating, setUpdating] = useState(false);
  const [route, navigate] = useRoute();
  // A ref, not state: the clauses change on every search and only matter when a remark is opened.
  const clauses = useRef<Clause[]>([]);
  const setClauses = useCallback((c: Clause[]) => {
    clauses.current = c;
  }, []);
  // The search the reader left, so "back" returns to it (updated while rendering, React's pattern for state that
  // follows a prop: https://react.dev/reference/react/useState#storing-information-from-previous-renders).
  const [lastSearch, setLastSearch] = useState<SearchRoute>(route.page === 'search' ? route : HOME);
  if (route.page === 'search' && route !== lastSearch) setLastSearch(route);
  const searchRoute = route.page === 'search' ? route : lastSearch;
  const searchScroll = useRef(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const previousPage = useRef(route.page);

  useEffect(() => {
    let current = true;
    // Loads can overlap (two imports saved in a row): an index is shown only if no later load has been shown, and the
    // panel says it is updating until the latest one is in.
    let started = 0;
    let shown = 0;
    const load = () => {
      const mine = ++started;
      void loadIndex()
        .then(
          (next) => {
            if (!current || mine < shown) return;
            shown = mine;
            setIndex(next);
          },
          (error: unknown) => current && mine === started && setFailed(String(error)),
        )
        .finally(() => current && mine === started && setUpdating(false));
    };
    load();
    // The old index keeps answering until the new one (with the imported or without the deleted minutes) is built.
    const unsubscribe = onCorpusChanged?.(() => {
      setUpdating(true);
      load();
    });
    return () => {
      current = false;
      unsubscribe?.();
    };
  }, [loadIndex, onCorpusChanged]);

  // Leaving the results remembers where the reader was; coming back restores it. Opening a page moves focus to its
  // top so keyboard and screen-reader users start reading there.
  useEffect(() => {
    const from = previousPage.current;
    previousPage.current = route.page;
    if (route.page === 'search') {
      if (from !== 'search') window.scrollTo(0, searchScroll.current);
    } else {
      window.scrollTo(0, 0);
      headingRef.current?.focus();
    }
  }, [route]);

  const open = useCallback(
    (view: RemarkView) => {
      if (route.page === 'search') searchScroll.current = window.scrollY;
      navigate({ page: 'remark', id: view.remark.id });
    },
    [navigate, route.page],
  );

  // The list a reading view was reached from (the results or the saved remarks) is where "back" returns.
  const [lastList, setLastList] = useState<Route>(route.page === 'saved' ? route : searchRoute);
  if ((route.page === 'search' || route.page === 'saved') && route !== lastList) setLastList(route);
  const backTo = route.page === 'saved' ? searchRoute : route.page === 'search' ? route : lastList;

  const dataDate = index?.corpus.dataDate;
  const dateLine = updating ? t('spUpdatingIndex') : dataDate && t('dataDate', { date: formatDate(dataDate, lang) });

  return (
    <div className="ml-panel">
      <header className="ml-panel-header">
        {route.page === 'search' ? (
          <>
            <h1 className="ml-panel-title">{t('appName')}</h1>
            {importView && (
              <a className="ml-link-button ml-import-link" href="#/import">
                {t('impOpen')}
              </a>
            )}
          </>
        ) : (
          <button type="button" className="ml-link-button ml-back" onClick={() => navigate(backTo)}>
            ← {t(backTo.page === 'saved' ? 'spBackToSaved' : 'spBack')}
          </button>
        )}
        <nav className="ml-panel-nav" aria-label={t('spPanelNav')}>
          <SavedNavLink current={route.page === 'saved'} />
        </nav>
        {/* In the data date's place, so the page does not move: searches do not find the new minutes yet. */}
        {dateLine && (
          <p className="ml-muted ml-data-date" role="status">
            {dateLine}
          </p>
        )}
      </header>
      <main>
        {route.page === 'import' && (
          <>
            <h1 ref={headingRef} tabIndex={-1} className="ml-visually-hidden">
              {t('impTitle')}
            </h1>
            {importView}
          </>
        )}
        {failed && <p role="alert">{failed}</p>}
        {!index && !failed && (
          <p className="ml-muted" role="status">
            {t('loading')}
          </p>
        )}
        {index && (
          <>
            <div hidden={route.page !== 'search'}>
              <SearchPage index={index} route={searchRoute} navigate={navigate} onOpen={open} onClauses={setClauses} />
            </div>
            {route.page !== 'search' && route.page !== 'import' && (
              <h1 ref={headingRef} tabIndex={-1} className="ml-visually-hidden">
                {t(
                  route.page === 'saved'
                    ? 'spSavedPage'
                    : route.page === 'remark'
                      ? 'spRemarkPage'
                      : route.page === 'person'
                        ? 'person'
                        : 'term',
                )}
              </h1>
            )}
            {/* Read at render on purpose: the clauses change on every search (a ref spares re-rendering the panel each time)
                and matter only when a remark opens, which is a route change and so a render. */}
            {/* eslint-disable-next-line react-hooks/refs */}
            {route.page === 'remark' && <RemarkPage index={index} id={route.id} clauses={clauses.current} onOpen={open} />}
            {route.page === 'person' && <PersonPage index={index} id={route.id} onOpen={open} />}
            {route.page === 'term' && <TermPage index={index} id={route.id} onOpen={open} />}
            {route.page === 'saved' && <SavedPage index={index} query={route.query} navigate={navigate} onOpen={open} />}
          </>
        )}
      </main>
    </div>
  );
}
