import type { Meeting, Person, Remark } from '../corpus/types';

/** How a clause alternative came into the query; ranking weighs them differently. */
export type MatchVia =
  | 'typed'
  | 'phrase'
  | 'synonym'
  | 'name'
  | 'fuzzy'
  /** a narrower term of a concept in the query (取引先 for supply chain) */
  | 'narrower'
  /** a broader word or paraphrase of a concept */
  | 'related'
  /** the parts of a compound, in order and close together (情報を共有 for 情報共有) */
  | 'parts'
  /** the parts of a compound anywhere in the remark */
  | 'loose';

/** One normalised string that satisfies a clause when a remark holds it. */
export interface Alternative {
  /** the normalised string; for `seq` and `all`, a display form of the parts */
  text: string;
  via: MatchVia;
  /** parts that must occur in this order, each starting within `gap` characters after the previous one ends */
  seq?: string[];
  gap?: number;
  /** parts that must all occur somewhere in the remark */
  all?: string[];
}

/** A concept of the thesaurus a clause stands for, for "Searching for". */
export interface ClauseConcept {
  id: string;
  ja: string;
  en: string;
}

/**
 * One unit of the query that every matching remark must satisfy (AND across clauses). A clause holds for a remark when
 * the remark contains any of its alternatives, is spoken by one of its people, or is linked by the corpus to one of
 * its terms.
 */
export interface Clause {
  /** the query text this clause stands for, as typed */
  label: string;
  alternatives: Alternative[];
  speakerIds: string[];
  termIds: string[];
  concepts?: ClauseConcept[];
}

/** A word found by query analysis; a compound keeps the words it was merged from for when it never occurs whole. */
export interface AnalyzedWord {
  text: string;
  parts: string[];
}

/** One remark with everything search, filters and results need, resolved once when the index is built. */
export interface IndexedRemark {
  remark: Remark;
  meeting: Meeting;
  speaker: Person | null;
  /** the speaker's role at that meeting */
  role?: string;
  /** normalised text (lib/text/normalize.ts), what matching runs on */
  norm: string;
}

export type SortOrder = 'relevance' | 'newest' | 'oldest';

export type SpokenOrWritten = 'spoken' | 'written';

export interface SearchFilters {
  meetings?: string[];
  bodies?: string[];
  /** ISO dates, inclusive */
  from?: string;
  to?: string;
  /** person ids, or `?label` for a speaker the minutes do not name (see speakerKey) */
  speakers?: string[];
  terms?: string[];
  sections?: string[];
  mode?: SpokenOrWritten;
}

/** A span of normalised remark text that matched, and the clause it satisfied. */
export interface Occurrence {
  start: number;
  end: number;
  clause: number;
}

export interface SearchHit {
  doc: IndexedRemark;
  score: number;
  occurrences: Occurrence[];
  /** how many of the query's clauses the remark satisfies (of `SearchResult.live`) */
  matched: number;
}

export interface FacetCount {
  key: string;
  label: string;
  count: number;
}

export interface Facets {
  speakers: FacetCount[];
  /** in date order, oldest first, for the per-meeting chart */
  meetings: FacetCount[];
  bodies: FacetCount[];
  sections: FacetCount[];
  terms: FacetCount[];
  modes: FacetCount[];
}

/**
 * What a search found. Hits are ordered and made as far as they are read: `first(k)` for a page costs about k hits'
 * work whatever the total; `hits` (export, showing more than the ranked head) orders and makes all of them, once.
 */
export interface SearchResult {
  /** how many remarks match */
  count: number;
  /** how many of them satisfy every clause of `live` (full matches; the rest are partial) */
  full: number;
  /** the first `k` hits, in order */
  first(k: number): SearchHit[];
  /** every hit, in order */
  readonly hits: readonly SearchHit[];
  facets: Facets;
  /** remarks satisfying each clause, over the whole corpus (a clause with none is left out of `live`) */
  clauseCounts: number[];
  /** clauses that some remark satisfies: a hit satisfying all of them is a full match, fewer a partial one */
  live: number;
}
