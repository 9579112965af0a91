import type { Meeting, Person, Remark } from '../corpus/types';

/** How a clause alternative came into the query; ranking weighs them differently. */
export type MatchVia = 'typed' | 'phrase' | 'synonym' | 'name' | 'fuzzy';

/** One normalised string that satisfies a clause when a remark holds it. */
export interface Alternative {
  text: string;
  via: MatchVia;
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

export interface SearchResult {
  hits: SearchHit[];
  facets: Facets;
}
