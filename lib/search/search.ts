import { facetsOf, passes } from './filters';
import { type ClauseMatch, matchClause } from './match';
import { inverseDocumentFrequency, scoreRemark } from './rank';
import type { SearchIndex } from './search-index';
import type { Clause, IndexedRemark, Occurrence, SearchFilters, SearchHit, SearchResult, SortOrder } from './types';

export interface SearchOptions {
  filters?: SearchFilters;
  sort?: SortOrder;
}

/**
 * The remarks that satisfy every clause (AND within one remark), narrowed by the filters, ranked or dated, with facet
 * counts. No clauses means no query: every remark passing the filters, newest first unless told otherwise.
 */
export function search(index: SearchIndex, clauses: readonly Clause[], { filters = {}, sort = 'relevance' }: SearchOptions = {}): SearchResult {
  const matched: { doc: IndexedRemark; matches: ClauseMatch[] }[] = [];
  const satisfying = new Array<number>(clauses.length).fill(0);
  for (const doc of index.docs) {
    const links = index.termIdsByRemark.get(doc.remark.id) ?? [];
    const matches: ClauseMatch[] = [];
    clauses.forEach((c, i) => {
      const m = matchClause(doc, c, links);
      if (m) {
        satisfying[i]++;
        matches.push(m);
      }
    });
    if (matches.length === clauses.length) matched.push({ doc, matches });
  }
  const idfs = satisfying.map((n) => inverseDocumentFrequency(index.docs.length, n));
  const facets = facetsOf(
    matched.map((m) => m.doc),
    filters,
    index,
  );
  const hits: SearchHit[] = matched
    .filter((m) => passes(m.doc, filters, index))
    .map(({ doc, matches }) => ({
      doc,
      score: clauses.length === 0 ? 0 : scoreRemark(doc, matches, idfs, index.averageLength),
      occurrences: matches.flatMap((m, clause): Occurrence[] => m.spans.map((s) => ({ start: s.start, end: s.end, clause }))),
    }));
  hits.sort(comparator(clauses.length === 0 && sort === 'relevance' ? 'newest' : sort));
  return { hits, facets };
}

const chronological = (a: SearchHit, b: SearchHit) =>
  a.doc.meeting.date.localeCompare(b.doc.meeting.date) || a.doc.meeting.id.localeCompare(b.doc.meeting.id) || a.doc.remark.order - b.doc.remark.order;

function comparator(sort: SortOrder): (a: SearchHit, b: SearchHit) => number {
  if (sort === 'oldest') return chronological;
  // Newest meeting first, but within a meeting remarks stay in the order they were made.
  const newest = (a: SearchHit, b: SearchHit) =>
    b.doc.meeting.date.localeCompare(a.doc.meeting.date) || a.doc.meeting.id.localeCompare(b.doc.meeting.id) || a.doc.remark.order - b.doc.remark.order;
  if (sort === 'newest') return newest;
  return (a, b) => b.score - a.score || newest(a, b);
}

/** The distinct normalised strings a hit matched, for marking them in the remark's original text. */
export function matchedStrings(hit: SearchHit): string[] {
  return [...new Set(hit.occurrences.map((o) => hit.doc.norm.slice(o.start, o.end)))];
}
