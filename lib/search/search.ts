import { facetsOf, passes } from './filters';
import { type ClauseMatch, countAlternative, matchClause } from './match';
import { NEAR, NEAR_BONUS, SPEAKER_WEIGHT, TERM_LINK_WEIGHT, VIA_WEIGHT, inverseDocumentFrequency, shortestCover } from './rank';
import { type LazyOrder, headThenRest, inOrder } from './lazy-order';
import { scratchFor } from './scratch';
import type { SearchIndex } from './search-index';
import type { Occurrences } from './text-index';
import { addClauseScores, addOccurrences, clausesHeldBy, countSatisfying, dealByDate, mostSatisfied, satisfyingAtLeast } from './tally';
import { firstK } from './top-k';
import type { Alternative, Clause, Facets, IndexedRemark, Occurrence, SearchFilters, SearchHit, SearchResult, SortOrder } from './types';

export interface SearchOptions {
  filters?: SearchFilters;
  sort?: SortOrder;
}

/** Alternatives made of parts whose remarks have been read, per index: (kind, gap, parts) → where and how often. */
const partsCache = new WeakMap<SearchIndex, Map<string, Occurrences>>();
const PARTS_CACHE_SIZE = 500;

/**
 * The remarks holding an alternative (positions in `index.docs`) and how often each holds it. A plain string comes
 * from the inverted index; parts in order or anywhere (compounds, A…B forms) are read in the remarks holding every
 * part, and kept like the index's own lookups.
 */
function occurrencesOf(index: SearchIndex, alt: Alternative): Occurrences {
  const parts = alt.seq ?? alt.all;
  if (!parts) return { docs: index.text.docsWith(alt.text), counts: index.text.countsOf(alt.text) };
  let cache = partsCache.get(index);
  if (!cache) partsCache.set(index, (cache = new Map<string, Occurrences>()));
  const key = `${alt.seq ? `seq${alt.gap ?? 0}` : 'all'}\u0000${parts.join('\u0000')}`;
  let hit = cache.get(key);
  if (hit) return hit;
  const [rarest, ...rest] = parts.map((p) => index.text.docsWith(p)).sort((a, b) => a.length - b.length);
  const docs: number[] = [];
  const counts: number[] = [];
  for (const d of rarest) {
    if (!rest.every((l) => binaryHas(l, d))) continue;
    const times = countAlternative(index.docs[d].norm, alt);
    if (times > 0) {
      docs.push(d);
      counts.push(times);
    }
  }
  hit = { docs: Int32Array.from(docs), counts: Uint16Array.from(counts) };
  cache.set(key, hit);
  if (cache.size > PARTS_CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return hit;
}

/**
 * How many clauses a remark must satisfy to be shown: with one clause, that one; with two, either (the remark holding
 * both ranks first); with three, two; with more, at least a third (so "more like this", five words, lists remarks
 * sharing two). A remark holding every
 * clause always ranks above one holding fewer, so loosening never hides a full match; it only keeps a strict query
 * from coming back empty when remarks hold most of what was asked.
 */
function minimumMatched(live: number): number {
  if (live <= 2) return Math.min(1, live);
  if (live === 3) return 2;
  return Math.ceil(live / 3);
}

/**
 * The remarks that satisfy the clauses, those satisfying all of them first, then those satisfying most (labelled as
 * partial matches by the panel); narrowed by the filters, ranked or dated, with facet counts. No clauses means no
 * query: every remark passing the filters, newest first unless told otherwise. Clauses no remark satisfies (a word
 * the corpus never uses) are left out of the count, so one absent word does not empty the list.
 */
export function search(
  index: SearchIndex,
  clauses: readonly Clause[],
  { filters = {}, sort = 'relevance' }: SearchOptions = {},
): SearchResult {
  const n = index.docs.length;
  const filtered = Object.values(filters).some((v) => (Array.isArray(v) ? v.length > 0 : !!v));
  if (clauses.length === 0) return filtered ? everyRemark(index, filters, sort) : unfilteredEveryRemark(index, sort);

  // Per clause, from the index: which alternatives occur in which remarks and how often, the best way each remark
  // satisfies the clause (its weight), and whether it does at all. Only alternatives the index cannot count (Latin
  // words, phrases across scripts, compounds' parts) read the remarks' texts, and only the remarks that hold them.
  const scratch = scratchFor(index, clauses.length);
  const perClause = clauses.map((c, i) => {
    const alts = c.alternatives.map((alt) => ({ alt, ...occurrencesOf(index, alt) })).filter((a) => a.docs.length > 0);
    const tf = scratch.tf[i];
    const quality = scratch.quality[i];
    for (const { alt, docs, counts } of alts) addOccurrences(tf, quality, docs, counts, VIA_WEIGHT[alt.via]);
    for (const id of c.speakerIds) {
      for (const d of index.docsBySpeaker.get(id) ?? []) {
        tf[d] += SPEAKER_WEIGHT;
        quality[d] = Math.max(quality[d], 1);
      }
    }
    for (const id of c.termIds) {
      for (const rid of index.terms.get(id)?.remarkIds ?? []) {
        const d = index.position.get(rid);
        if (d === undefined || tf[d] > 0) continue;
        tf[d] = 1;
        quality[d] = TERM_LINK_WEIGHT;
      }
    }
    return { clause: c, alts, tf, quality, count: countSatisfying(tf, scratch.satisfied) };
  });
  const clauseCounts = perClause.map((p) => p.count);
  const live = clauseCounts.filter((c) => c > 0).length;
  const idfs = clauseCounts.map((c) => inverseDocumentFrequency(n, c));

  const { satisfied } = scratch;
  // Looser still when no remark holds enough clauses: a query never comes back empty while a remark holds one of them.
  const best = mostSatisfied(satisfied);
  const need = Math.min(minimumMatched(live), best);

  const matched = live > 0 ? satisfyingAtLeast(satisfied, need) : [];
  const shown = filtered ? matched.filter((d) => passes(index.docs[d], filters, index)) : matched;
  // From here on, per hit (the i-th of `shown`), in arrays the result keeps: the scratch arrays serve the next search.
  // Clause by clause over typed arrays (remark lengths read once per index), in tally.ts's one-loop functions.
  const { lengths, ranks, newest } = tablesOf(index);
  const count = shown.length;
  const clausesHeld = new Uint8Array(count);
  const scores = new Float64Array(count);
  const full = clausesHeldBy(shown, satisfied, live, clausesHeld);
  perClause.forEach((p, c) => addClauseScores(scores, shown, { tf: p.tf, quality: p.quality, idf: idfs[c] }, lengths, index.averageLength));
  // Which clauses a hit satisfies, for marking it, is found again when it is read: a clause holds where one of its
  // alternatives, speakers or terms does, which is what matchClause looks for (null where none does).
  const alternativesAt = (d: number) => perClause.map((p) => p.alts.filter((a) => binaryHas(a.docs, d)).map((a) => a.alt));
  const spansOf = (d: number): (ClauseMatch | null)[] => {
    const doc = index.docs[d];
    const links = index.termIdsByRemark.get(doc.remark.id) ?? [];
    const present = alternativesAt(d);
    return perClause.map((p, c) => matchClause(doc, p.clause, links, present[c]));
  };
  const hitAt = madeOnce((i) => new LazyHit(index.docs[shown[i]], scores[i], clausesHeld[i], shown[i], spansOf));
  const counts = { clauseCounts, live, full };
  const facets = () => facetsOf(matched, filters, index);
  if (sort !== 'relevance') {
    // By date: the hits, numbered in the order of `shown`, dealt into tiers walking the remarks in date order.
    const { hitOf } = scratch;
    for (let i = 0; i < count; i++) hitOf[shown[i]] = i + 1;
    const tiers: number[][] = Array.from({ length: best + 1 }, () => []);
    dealByDate(hitOf, clausesHeld, tiers, sort === 'oldest' ? null : newest);
    return lazyResult(inOrder(tiers.reverse().flat()), hitAt, counts, facets);
  }
  // Every clause before most clauses before fewer; within a tier, by score then newest first. Hits are ordered by
  // number, comparing numbers.
  const order = (a: number, b: number) => clausesHeld[b] - clausesHeld[a] || scores[b] - scores[a] || ranks[shown[a]] - ranks[shown[b]];
  // By relevance, only the head a reader sees is ordered now (a bounded heap, not a sort of every hit); the rest keeps
  // its order for when it is read. Proximity: where the clauses stand close together the remark ranks higher. Finding
  // that needs the positions of every occurrence, so it is done for the head only. Scores only rise, so only the head
  // can change places, and the rest, all ranked below it before, stays below.
  const head = firstK(count, PROXIMITY_DEPTH, order);
  if (live > 1) {
    for (const i of head) {
      const hit = hitAt(i);
      if (hit.matched < 2) continue;
      const present = hit.matches().filter((m): m is ClauseMatch => m !== null);
      if (shortestCover(present) <= NEAR) scores[i] = hit.score *= NEAR_BONUS;
    }
    head.sort(order);
  }
  return lazyResult(headThenRest(count, head, order), hitAt, counts, facets);
}

/** `make`, called once per item: a hit read through the head, a page and the whole order is one object. */
function madeOnce<T>(make: (item: number) => T): (item: number) => T {
  const made = new Map<number, T>();
  return (d) => {
    let hit = made.get(d);
    if (hit === undefined) made.set(d, (hit = make(d)));
    return hit;
  };
}

/**
 * A result over items in result order whose hits are made when read, and whose facets are counted when first read:
 * the panel shows the first page and the count first and reads the facets (filter lists, per-meeting chart) in the
 * render after, so neither the other hits nor the facets are on the keystroke's path.
 */
function lazyResult(
  order: LazyOrder,
  hitAt: (item: number) => SearchHit,
  counts: Pick<SearchResult, 'clauseCounts' | 'live' | 'full'>,
  countFacets: () => Facets,
): SearchResult {
  let hits: SearchHit[] | null = null;
  let facets: Facets | null = null;
  return {
    ...counts,
    count: order.length,
    first: (k) => order.first(k).map(hitAt),
    get hits() {
      return (hits ??= order.first(order.length).map(hitAt));
    },
    get facets() {
      return (facets ??= countFacets());
    },
  };
}

/** Every remark passing the filters, newest or oldest first (the empty query). */
function everyRemark(index: SearchIndex, filters: SearchFilters, sort: SortOrder): SearchResult {
  const n = index.docs.length;
  const positions: number[] = [];
  const { newest } = tablesOf(index);
  for (let i = 0; i < n; i++) {
    const d = sort === 'oldest' ? i : newest[i];
    if (passes(index.docs[d], filters, index)) positions.push(d);
  }
  const hitAt = madeOnce((d): SearchHit => ({ doc: index.docs[d], score: 0, occurrences: [], matched: 0 }));
  const counts = { clauseCounts: [], live: 0, full: positions.length };
  return lazyResult(inOrder(positions), hitAt, counts, () => facetsOf(allPositions(n), filters, index));
}

/**
 * The empty query without filters, once per index and order: what the panel shows whenever the search box is cleared
 * (12,600 hits and the facets of the whole corpus at 100× the seeds, made again on every clearing before). Each call
 * hands out a result object of its own over the same hits, which no reader changes.
 */
const everyRemarkCache = new WeakMap<SearchIndex, Partial<Record<SortOrder, SearchResult>>>();
function unfilteredEveryRemark(index: SearchIndex, sort: SortOrder): SearchResult {
  let cached = everyRemarkCache.get(index);
  if (!cached) everyRemarkCache.set(index, (cached = {}));
  const byOrder = sort === 'oldest' ? 'oldest' : 'newest';
  const result = (cached[byOrder] ??= everyRemark(index, {}, byOrder));
  return {
    count: result.count,
    full: result.full,
    clauseCounts: [],
    live: 0,
    first: (k) => result.first(k),
    get hits() {
      return result.hits;
    },
    get facets() {
      return result.facets;
    },
  };
}

/** Results whose clauses are checked for standing close together (see above). */
const PROXIMITY_DEPTH = 100;

/** Empties the lookups an index has cached for queries (see warmUp in lib/search/warm.ts). */
export function forgetLookups(index: SearchIndex): void {
  index.text.forget();
  partsCache.delete(index);
}

/** A hit whose occurrences (positions, for marking) are found when first asked for: most hits are never shown. */
class LazyHit implements SearchHit {
  private found: (ClauseMatch | null)[] | null = null;
  constructor(
    readonly doc: IndexedRemark,
    public score: number,
    readonly matched: number,
    readonly position: number,
    private readonly find: (position: number) => (ClauseMatch | null)[],
  ) {}
  matches(): (ClauseMatch | null)[] {
    return (this.found ??= this.find(this.position));
  }
  get occurrences(): Occurrence[] {
    return this.matches().flatMap((m, clause): Occurrence[] => (m ? m.spans.map((s) => ({ start: s.start, end: s.end, clause })) : []));
  }
}

const allPositions = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

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

/** Plain code-unit order (ISO dates and ids): localeCompare costs a microsecond a call, too much for 10,000 hits. */
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Per remark (by position in `index.docs`), computed once per index for ranking and ordering. */
interface Tables {
  /** normalised text length */
  lengths: Float64Array;
  /** place in newest-first order */
  ranks: Int32Array;
  /** positions in newest-first order */
  newest: Int32Array;
}
const tablesCache = new WeakMap<SearchIndex, Tables>();

/** Newest meeting first, but within a meeting remarks stay in the order they were made (`index.docs` is oldest first). */
function tablesOf(index: SearchIndex): Tables {
  let tables = tablesCache.get(index);
  if (tables) return tables;
  const { docs } = index;
  const newest = Int32Array.from(
    allPositions(docs.length).sort((a, b) => {
      const x = docs[a];
      const y = docs[b];
      return cmp(y.meeting.date, x.meeting.date) || cmp(x.meeting.id, y.meeting.id) || x.remark.order - y.remark.order;
    }),
  );
  const ranks = new Int32Array(docs.length);
  newest.forEach((d, rank) => (ranks[d] = rank));
  tables = { lengths: Float64Array.from(docs, (d) => d.norm.length), ranks, newest };
  tablesCache.set(index, tables);
  return tables;
}

/** The distinct normalised strings a hit matched, for marking them in the remark's original text. */
export function matchedStrings(hit: SearchHit): string[] {
  return [...new Set(hit.occurrences.map((o) => hit.doc.norm.slice(o.start, o.end)))];
}
