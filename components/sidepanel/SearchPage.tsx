import { type CSSProperties, useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { RemarkView } from '../../lib/corpus/views';
import { exportRow, toCsv, toJson } from '../../lib/search/export';
import type { SearchRoute } from '../../lib/search/route';
import { type Suggestion, suggest } from '../../lib/search/suggest';
import { remarkView } from '../../lib/search/search-index';
import type { SearchIndex } from '../../lib/search/search-index';
import type { Clause, SearchFilters, SortOrder } from '../../lib/search/types';
import { planWithVocabulary } from '../../lib/search/vocab-analysis';
import { useT } from '../i18n';
import { Filters } from './Filters';
import { MeetingChart } from './MeetingChart';
import { QueryChips } from './QueryChips';
import { ResultList, focusFirstResult } from './ResultList';
import { downloadText, exportFileName } from './download';
import { useAfterPaint } from './use-after-paint';
import { useDebounced } from './use-debounced';
import type { Navigate } from './use-route';
import { useSearch } from './use-search';

/** Results rendered at a time: a broad query on a large corpus matches thousands, and rendering is the slow part. */
const PAGE = 30;
/** Results drawn in the frame that first shows a new result (a screenful of a tall panel); the rest of the page after. */
const FIRST = 10;
/** Short enough that results follow the typing, long enough that a burst of keystrokes runs one search. */
const DEBOUNCE_MS = 120;
/** Chart rows the results leave room for above them; more scroll inside the chart. */
const CHART_ROWS = 5;

export interface SearchPageProps {
  index: SearchIndex;
  route: SearchRoute;
  navigate: Navigate;
  onOpen: (view: RemarkView) => void;
  /** the clauses of the current query, so the remark view can mark them too */
  onClauses: (clauses: Clause[]) => void;
}

export function SearchPage({ index, route, navigate, onOpen, onClauses }: SearchPageProps) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState(route.query);
  const committed = useRef(route.query);
  const resultsRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const debounced = useDebounced(text, DEBOUNCE_MS);

  // A query arriving from outside (context menu, back button, permalink) replaces what is in the box.
  useEffect(() => {
    if (route.query !== committed.current) {
      committed.current = route.query;
      setText(route.query);
    }
  }, [route.query]);
  // Before the browser paints: the route, and with it the search, follow in the same frame.
  useLayoutEffect(() => {
    if (debounced !== committed.current) {
      committed.current = debounced;
      navigate({ ...route, query: debounced }, { replace: true });
    }
  }, [debounced, route, navigate]);
  const searched = useSearch(index, route.query, route.filters, route.sort);
  const { query: answered, clauses, result, ms } = searched;
  useEffect(() => onClauses(clauses), [clauses, onClauses]);
  // How many results are shown, for this result only: a new search starts again at one page.
  const [more, setMore] = useState({ result, shown: PAGE });
  const shown = more.result === result ? more.shown : PAGE;
  const setShown = (n: number) => setMore({ result, shown: n });
  const focusInput = useCallback(() => inputRef.current?.focus(), []);

  // The facets (filter lists, per-meeting chart), suggestions and the rest of the first page follow the results once
  // the frame showing them is painted: a new result is drawn with its count and its first screenful of cards (each card
  // costs its marks, its elements and, on screen, milliseconds of text layout), and typing on interrupts the rest. The
  // chart's space is there from the results' frame, so the cards stay where they are when it arrives; it appears with
  // its own counts, never for a frame with the previous query's.
  const later = useAfterPaint(searched);
  const drawn = later.result === result ? shown : Math.min(shown, FIRST);
  const shownHits = useMemo(() => result.first(drawn), [result, drawn]);
  const facets = later.result.facets;
  const routeNow = useRef(route);
  useEffect(() => {
    routeNow.current = route;
  }, [route]);
  const setFilters = useCallback((filters: SearchFilters) => navigate({ ...routeNow.current, filters }, { replace: true }), [navigate]);
  const filtersKey = JSON.stringify(route.filters);
  const filtersView = useMemo(
    () => <Filters index={index} facets={facets} filters={route.filters} onChange={setFilters} />,
    // route.filters is compared by value (filtersKey): the route hands over a fresh object on every navigation.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [index, facets, filtersKey, setFilters],
  );
  // The chart is of the last result it is shown for: while its slot is hidden (the box cleared, nothing found) it is not
  // drawn again for the whole corpus, unseen, and the next query's chart updates its elements.
  const [charted, setCharted] = useState(later);
  if (later !== charted && later.query.trim() !== '' && later.result.count > 0) setCharted(later);
  const chart = useMemo(
    () => charted.result.facets.meetings.map((f) => ({ meeting: index.meetings.get(f.key)!, count: f.count })).filter((c) => c.meeting),
    [charted, index],
  );
  const chartView = useMemo(
    () => (
      <MeetingChart
        counts={chart}
        label={t('spPerMeeting')}
        onSelect={(meetingId) => setFilters({ ...routeNow.current.filters, meetings: [meetingId] })}
        onSelectDates={(from, to) => {
          const { meetings: _, ...rest } = routeNow.current.filters;
          setFilters({ ...rest, from, to });
        }}
      />
    ),
    [chart, t, setFilters],
  );
  // The chart's slot is as tall as the chart will be (up to CHART_ROWS rows) from the frame that first shows a result.
  // It stays in the page while hidden and holds the previous result's chart, unseen, until this one's is drawn: the
  // chart's elements are then updated in place, not made again for every query.
  const chartSlot = answered.trim() !== '' && result.count > 0;
  const chartStyle = { '--ml-chart-rows': Math.min(CHART_ROWS, index.meetings.size) } as CSSProperties;
  // Suggestions only where they help: nothing found, or nothing holding every word. Each is a search of its own, so
  // they are found in the deferred render, after the results.
  const suggestions = useMemo(() => {
    const { clauses: asked, result: found } = later;
    return found.count === 0 || (asked.length > 1 && found.full === 0)
      ? suggest(index, asked, found, { filters: route.filters, sort: route.sort }, planWithVocabulary(index))
      : [];
    // route.filters and route.sort are those `later` was searched with, or newer ones whose search is on its way.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [index, later]);
  // Those of a query that some remarks match but none holds whole (drop a word) come after its cards: their row is held,
  // one line high, from the frame that shows the cards, so the cards do not move when they arrive.
  const partialOnly = result.count > 0 && clauses.length > 1 && result.full === 0;
  const suggestionsFresh = later.result === result;
  const runSuggestion = (s: Suggestion) =>
    navigate({ ...route, query: s.query, filters: s.kind === 'no-filters' ? {} : route.filters }, { replace: false });
  const setSort = (sort: SortOrder) => navigate({ ...route, sort }, { replace: true });
  const rows = () => result.hits.map((h) => exportRow(remarkView(h.doc)));
  const exportMeta = { query: route.query, filters: route.filters, sort: route.sort, corpusVersion: index.corpus.version };

  return (
    <section className="ml-search" aria-labelledby={`${id}-label`}>
      <div className="ml-search-bar">
        <label id={`${id}-label`} htmlFor={`${id}-q`} className="ml-section-title">
          {t('spSearchLabel')}
        </label>
        <input
          ref={inputRef}
          id={`${id}-q`}
          type="search"
          className="ml-search-input"
          value={text}
          placeholder={t('spSearchPlaceholder')}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' && focusFirstResult(resultsRef.current)) e.preventDefault();
          }}
        />
      </div>

      {filtersView}

      <div className="ml-results-bar">
        <p className="ml-result-count" role="status" data-count={result.count} data-query={answered} data-ms={ms.toFixed(1)}>
          {t('spResultCount', { n: result.count })}
        </p>
        <label className="ml-inline-field">
          <span className="ml-visually-hidden">{t('spSort')}</span>
          <select value={route.sort} onChange={(e) => setSort(e.target.value as SortOrder)} aria-label={t('spSort')}>
            <option value="relevance">{t('spSortRelevance')}</option>
            <option value="newest">{t('spSortNewest')}</option>
            <option value="oldest">{t('spSortOldest')}</option>
          </select>
        </label>
        <span className="ml-export" role="group" aria-label={t('spExport')}>
          <button
            type="button"
            className="ml-button"
            disabled={result.count === 0}
            onClick={() => downloadText(exportFileName(route.query, 'csv'), toCsv(rows()), 'text/csv;charset=utf-8')}
          >
            CSV
          </button>
          <button
            type="button"
            className="ml-button"
            disabled={result.count === 0}
            onClick={() => downloadText(exportFileName(route.query, 'json'), toJson(rows(), exportMeta), 'application/json')}
          >
            JSON
          </button>
        </span>
      </div>

      <QueryChips clauses={clauses} counts={result.clauseCounts} />
      {result.count > 0 && result.live > 1 && (
        <p className="ml-muted ml-full-count" data-full={result.full}>
          {result.full > 0 ? t('spFullCount', { n: result.full }) : t('spNoFullMatch')}
        </p>
      )}
      {((suggestionsFresh && suggestions.length > 0) || partialOnly) && (
        <div className="ml-suggestions" role="group" aria-label={t('spSuggestions')} data-held={partialOnly || undefined}>
          <span className="ml-muted">{t('spSuggestions')}</span>
          <ul className="ml-suggestion-list">
            {(suggestionsFresh ? suggestions : []).map((s) => (
              <li key={`${s.kind}-${s.query}`}>
                <button
                  type="button"
                  className="ml-link-button ml-suggestion"
                  data-kind={s.kind}
                  data-query={s.query}
                  onClick={() => runSuggestion(s)}
                >
                  {s.kind === 'closer-word'
                    ? t('spSuggestCloser', { word: s.query, n: s.count })
                    : s.kind === 'drop-word'
                      ? t('spSuggestDrop', { word: s.word, n: s.count })
                      : t('spSuggestNoFilters', { n: s.count })}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="ml-chart-slot" style={chartStyle} hidden={!chartSlot} data-stale={later.result !== result || undefined}>
        {chartView}
      </div>

      <div ref={resultsRef}>
        {result.count === 0 ? (
          <p className="ml-muted">{t('spNoMatches')}</p>
        ) : (
          <ResultList hits={shownHits} live={result.live} onOpen={onOpen} onExitTop={focusInput} />
        )}
        {result.count > shown && (
          <button type="button" className="ml-button ml-more" onClick={() => setShown(shown + PAGE)}>
            {t('spShowMore', { n: result.count - shown })}
          </button>
        )}
      </div>
    </section>
  );
}
