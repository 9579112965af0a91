import { facetsOf, passes } from './filters';
import { type ClauseMatch, holds, matchClause } from './match';
import { inverseDocumentFrequency, scoreRemark } from './rank';
import type { SearchIndex } from './search-index';
import type { Alternative, Clause, IndexedRemark, Occurrence, SearchFilters, SearchHit, SearchResult, SortOrder } from './types';

export interface SearchOptions {
  filters?: SearchFilters;
  sort?: SortOrder;
}

/** Positions in `index.docs` of the remarks holding an alternative, from the inverted index. */
export function docsForAlternative(index: SearchIndex, alt: Alternative): Int32Array {
  const parts = alt.seq ?? alt.all;
  if (!parts) return index.text.docsWith(alt.text);
  // Every part must be there; the rarest part's remarks are checked for the rest.
  const lists = parts.map((p) => index.text.docsWith(p)).sort((a, b) => a.length - b.length);
  if (lists[0].length === 0) return lists[0];
  return lists[0].filter((d) => holds(index.docs[d].norm, alt));
}

/**
 * How many clauses a remark must satisfy to be shown: with one clause, that one; with two, either (the remark holding
 * both ranks first); with more, at least a third (so "more like this", five words, lists remarks sharing two). A remark holding every
 * clause always ranks above one holding fewer, so loosening never hides a full match; it only keeps a strict query
 * from coming back empty when remarks hold most of what was asked.
 */
export function minimumMatched(live: number): number {
  if (live <= 2) return Math.min(1, live);
  return Math.ceil(live / 3);
}

/**
 * The remarks that satisfy the clauses, those satisfying all of them first, then those satisfying most (labelled as
 * partial matches by the panel); narrowed by the filters, ranked or dated, with facet counts. No clauses means no
 * query: every remark passing the filters, newest first unless told otherwise. Clauses no remark satisfies (a word
 * the corpus never uses) are left out of the count, so one absent word does not empty the list.
 */
export function search(index: SearchIndex, clauses: readonly Clause[], { filters = {}, sort = 'relevance' }: SearchOptions = {}): SearchResult {
  const n = index.docs.length;
  if (clauses.length === 0) {
    const hits = index.docs
      .filter((d) => passes(d, filters, index))
      .map((doc): SearchHit => ({ doc, score: 0, occurrences: [], matched: 0 }));
    hits.sort(comparator(sort === 'relevance' ? 'newest' : sort));
    return { hits, facets: facetsOf(index.docs, filters, index), clauseCounts: [], live: 0 };
  }

  // Per clause: which alternatives occur in which remarks (from the index), and which remarks satisfy the clause.
  const perClause = clauses.map((c) => {
    const alts = c.alternatives.map((alt) => ({ alt, docs: docsForAlternative(index, alt) })).filter((a) => a.docs.length > 0);
    const marks = new Uint8Array(n);
    for (const a of alts) for (const d of a.docs) marks[d] = 1;
    for (const id of c.speakerIds) for (const d of index.docsBySpeaker.get(id) ?? []) marks[d] = 1;
    for (const id of c.termIds) for (const rid of index.terms.get(id)?.remarkIds ?? []) {
      const d = index.position.get(rid);
      if (d !== undefined) marks[d] = 1;
    }
    let count = 0;
    for (let d = 0; d < n; d++) count += marks[d];
    return { clause: c, alts, marks, count };
  });
  const clauseCounts = perClause.map((p) => p.count);
  const live = clauseCounts.filter((c) => c > 0).length;
  const satisfied = new Uint8Array(n);
  for (const p of perClause) for (let d = 0; d < n; d++) satisfied[d] += p.marks[d];
  // Looser still when no remark holds enough clauses: a query never comes back empty while a remark holds one of them.
  let best = 0;
  for (let d = 0; d < n; d++) if (satisfied[d] > best) best = satisfied[d];
  const need = Math.min(minimumMatched(live), best);

  const matched: { doc: IndexedRemark; matches: (ClauseMatch | null)[]; count: number }[] = [];
  if (live > 0) {
    for (let d = 0; d < n; d++) {
      if (satisfied[d] < need) continue;
      const doc = index.docs[d];
      const links = index.termIdsByRemark.get(doc.remark.id) ?? [];
      const matches = perClause.map((p) =>
        p.marks[d]
          ? matchClause(
              doc,
              p.clause,
              links,
              p.alts.filter((a) => binaryHas(a.docs, d)).map((a) => a.alt),
            )
          : null,
      );
      matched.push({ doc, matches, count: satisfied[d] });
    }
  }
  const idfs = clauseCounts.map((c) => inverseDocumentFrequency(n, c));
  const facets = facetsOf(
    matched.map((m) => m.doc),
    filters,
    index,
  );
  const hits: SearchHit[] = matched
    .filter((m) => passes(m.doc, filters, index))
    .map(({ doc, matches, count }) => ({
      doc,
      matched: count,
      score: scoreRemark(doc, matches, idfs, index.averageLength),
      occurrences: matches.flatMap((m, clause): Occurrence[] => (m ? m.spans.map((s) => ({ start: s.start, end: s.end, clause })) : [])),
    }));
  const order = comparator(sort);
  // Relevance: every clause before most clauses before fewer; dates: partial matches still after full ones.
  hits.sort((a, b) => b.matched - a.matched || order(a, b));
  return { hits, facets, clauseCounts, live };
}

function binaryHas(sorted: Int32Array, x: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] === x) return true;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
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
