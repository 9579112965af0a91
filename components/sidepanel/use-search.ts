import { useMemo } from 'react';
import { search } from '../../lib/search/search';
import type { SearchIndex } from '../../lib/search/search-index';
import type { Clause, SearchFilters, SearchResult, SortOrder } from '../../lib/search/types';
import { planWithVocabulary } from '../../lib/search/vocab-analysis';

export interface SearchState {
  /** the query these results answer */
  query: string;
  clauses: Clause[];
  result: SearchResult;
  /** milliseconds from query to result, analysis included */
  ms: number;
}

/**
 * Runs a query while rendering, analysed against the vocabulary of the index it searches (nothing to wait for), so the
 * results are drawn in the same frame as the query.
 */
export function useSearch(index: SearchIndex, query: string, filters: SearchFilters, sort: SortOrder): SearchState {
  const filtersKey = JSON.stringify(filters);
  return useMemo(
    () => searchNow(query, index, filters, sort),
    // Filters are compared by value (filtersKey): the route hands over a fresh object on every navigation.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [index, query, filtersKey, sort],
  );
}

/** A query analysed and run at once, timed from its start. */
function searchNow(query: string, index: SearchIndex, filters: SearchFilters, sort: SortOrder): SearchState {
  const started = performance.now();
  const clauses = planWithVocabulary(index)(query);
  const result = search(index, clauses, { filters, sort });
  return { query, clauses, result, ms: performance.now() - started };
}
