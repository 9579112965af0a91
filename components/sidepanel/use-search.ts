import { useEffect, useMemo, useState } from 'react';
import type { Analyzer } from '../../lib/search/analyzer-client';
import { buildClauses, plainAnalysis, prepareQuery } from '../../lib/search/plan';
import { search } from '../../lib/search/search';
import type { SearchIndex } from '../../lib/search/search-index';
import type { Clause, SearchFilters, SearchResult, SortOrder } from '../../lib/search/types';
import { useAnalyzerState } from './use-analyzer-state';

export interface SearchState {
  /** the query these results answer */
  query: string;
  clauses: Clause[];
  result: SearchResult;
  /** the query went through kuromoji (false: plain matching while the analyser loads) */
  analysed: boolean;
  /** milliseconds from query to result, analysis included */
  ms: number;
}

/**
 * Runs a query. With an analyser that answers at once (the corpus vocabulary, the panel's own), while rendering: the
 * results are drawn in the same frame as the query. With one in a worker (kuromoji): immediately with plain matching
 * when the analyser is not ready, through the worker when it is; a newer query cancels an older one's answer, and the
 * query runs again when the analyser becomes ready, so the same words are analysed properly.
 */
export function useSearch(index: SearchIndex, analyzer: Analyzer, query: string, filters: SearchFilters, sort: SortOrder): SearchState {
  const analyzerState = useAnalyzerState(analyzer);
  const filtersKey = JSON.stringify(filters);
  const now = useMemo(
    () => (analyzer.analyseNow ? searchNow(query, index, analyzer.analyseNow, filters, sort) : null),
    // Filters are compared by value (filtersKey), as below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [index, analyzer, query, filtersKey, sort],
  );
  const [state, setState] = useState<SearchState>(() => {
    if (analyzer.analyseNow) return now!;
    const prepared = prepareQuery(query, index);
    return run(query, index, buildClauses(prepared, plainAnalysis(prepared.chunks), index), filters, sort, false, performance.now());
  });

  useEffect(() => {
    if (analyzer.analyseNow) return;
    let current = true;
    const started = performance.now();
    const prepared = prepareQuery(query, index);
    const plain = () => buildClauses(prepared, plainAnalysis(prepared.chunks), index);
    if (analyzerState !== 'ready' || prepared.chunks.length === 0) {
      // Plain matching answers at once, in the same effect as the analysed path so both share the cancellation above.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setState(run(query, index, plain(), filters, sort, prepared.chunks.length === 0 || analyzerState === 'ready', started));
    } else {
      void analyzer.analyse(prepared.chunks).then((words) => {
        if (!current) return;
        setState(run(query, index, words ? buildClauses(prepared, words, index) : plain(), filters, sort, words !== null, started));
      });
    }
    return () => {
      current = false;
    };
    // Filters are compared by value (filtersKey): the route hands over a fresh object on every navigation.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [index, analyzer, analyzerState, query, filtersKey, sort]);
  return now ?? state;
}

function run(
  query: string,
  index: SearchIndex,
  clauses: Clause[],
  filters: SearchFilters,
  sort: SortOrder,
  analysed: boolean,
  started: number,
): SearchState {
  const result = search(index, clauses, { filters, sort });
  return { query, clauses, result, analysed, ms: performance.now() - started };
}

/** A query analysed and run at once, timed from its start. */
function searchNow(
  query: string,
  index: SearchIndex,
  analyseNow: NonNullable<Analyzer['analyseNow']>,
  filters: SearchFilters,
  sort: SortOrder,
): SearchState {
  const started = performance.now();
  const prepared = prepareQuery(query, index);
  const words = prepared.chunks.length > 0 ? analyseNow(prepared.chunks) : null;
  const clauses = buildClauses(prepared, words ?? plainAnalysis(prepared.chunks), index);
  return run(query, index, clauses, filters, sort, words !== null || prepared.chunks.length === 0, started);
}
