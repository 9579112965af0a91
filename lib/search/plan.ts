import { normalize, normalizeWithMap } from '../text/normalize';
import { findEntities, peopleByReading, personTextForms, termForms } from './entities';
import { findAll } from './match';
import { plainWords, splitQuery } from './query-syntax';
import type { SearchIndex } from './search-index';
import type { Alternative, AnalyzedWord, Clause, MatchVia } from './types';

/**
 * Turning a query into clauses, in two steps so the panel can answer before the analyser is ready:
 * `prepareQuery` finds phrases and names synchronously and leaves free-text chunks; the chunks are analysed (kuromoji
 * in a worker, or `plainAnalysis` meanwhile); `buildClauses` turns everything into clauses, expanding names and terms
 * to their synonyms and unknown words to their fuzzy neighbours.
 */

interface EntityPart {
  /** as it appears in the normalised query */
  typed: string;
  /** as typed */
  label: string;
  personIds: string[];
  termIds: string[];
}

export interface PreparedQuery {
  /** quoted phrases, as typed */
  phrases: string[];
  entities: EntityPart[];
  /** free-text chunks left to analyse, as typed */
  chunks: string[];
}

export function prepareQuery(raw: string, index: SearchIndex): PreparedQuery {
  const syntax = splitQuery(raw);
  const entities: EntityPart[] = [];
  const chunks: string[] = [];
  for (const free of syntax.free) {
    // Names are found in normalised text; the pieces around them are cut from what was typed, so clause labels
    // read as the reader wrote them (サイバー, not the normalised サイバ).
    const { text: norm, map } = normalizeWithMap(free);
    const original = (start: number, end: number) => free.slice(map[start] ?? free.length, end < map.length ? map[end] : free.length);
    let at = 0;
    const rest: string[] = [];
    for (const e of findEntities(index.entities, norm)) {
      rest.push(original(at, e.start));
      entities.push({ typed: norm.slice(e.start, e.end), label: original(e.start, e.end), personIds: e.personIds, termIds: e.termIds });
      at = e.end;
    }
    rest.push(original(at, norm.length));
    for (const chunk of rest.flatMap(plainWords)) {
      const byReading = peopleByReading(index.entities, chunk);
      if (byReading.length > 0) entities.push({ typed: normalize(chunk), label: chunk, personIds: byReading, termIds: [] });
      else chunks.push(chunk);
    }
  }
  return { phrases: syntax.phrases, entities, chunks };
}

/** Each chunk as one word: what matching does until kuromoji has loaded. */
export function plainAnalysis(chunks: readonly string[]): AnalyzedWord[] {
  return chunks.map((text) => ({ text, parts: [] }));
}

export function buildClauses(prepared: PreparedQuery, words: readonly AnalyzedWord[], index: SearchIndex): Clause[] {
  const clauses: Clause[] = [];
  for (const phrase of prepared.phrases) clauses.push(textClause(phrase, [{ text: normalize(phrase), via: 'phrase' }]));
  for (const e of prepared.entities) clauses.push(entityClause(e, index));
  for (const w of words) clauses.push(...wordClauses(w.text, w.parts, index));
  return dedupeClauses(clauses);
}

function textClause(label: string, alternatives: Alternative[]): Clause {
  return { label, alternatives, speakerIds: [], termIds: [] };
}

function entityClause(e: EntityPart, index: SearchIndex): Clause {
  const alts = new Map<string, MatchVia>([[e.typed, 'typed']]);
  const add = (forms: string[], via: MatchVia) => {
    for (const f of forms) {
      const text = normalize(f);
      if (text && !alts.has(text)) alts.set(text, via);
    }
  };
  for (const id of e.personIds) {
    const p = index.people.get(id);
    if (p) add(personTextForms(p), 'name');
  }
  for (const id of e.termIds) {
    const t = index.terms.get(id);
    if (t) add(termForms(t), 'synonym');
  }
  return {
    label: e.label,
    alternatives: [...alts].map(([text, via]) => ({ text, via })),
    speakerIds: e.personIds,
    termIds: e.termIds,
  };
}

/**
 * A word that occurs as typed is searched as typed. One that occurs nowhere is a typo or variant: its closest corpus
 * words stand in for it. A compound that occurs nowhere, even fuzzily, is searched as its parts (AND).
 */
function wordClauses(typed: string, parts: string[], index: SearchIndex): Clause[] {
  const word = normalize(typed);
  if (occursAnywhere(index, word)) return [textClause(typed, [{ text: word, via: 'typed' }])];
  const near = index.fuzzy().lookup(word);
  if (near.length > 0) {
    return [textClause(typed, [{ text: word, via: 'typed' }, ...near.map((text): Alternative => ({ text, via: 'fuzzy' }))])];
  }
  if (parts.length > 1) return parts.flatMap((p) => wordClauses(p, [], index));
  return [textClause(typed, [{ text: word, via: 'typed' }])];
}

const occurrenceCache = new WeakMap<SearchIndex, Map<string, boolean>>();

function occursAnywhere(index: SearchIndex, word: string): boolean {
  let cache = occurrenceCache.get(index);
  if (!cache) occurrenceCache.set(index, (cache = new Map<string, boolean>()));
  let found = cache.get(word);
  if (found === undefined) {
    found = index.docs.some((d) => findAll(d.norm, word).length > 0);
    cache.set(word, found);
  }
  return found;
}

function dedupeClauses(clauses: Clause[]): Clause[] {
  const seen = new Set<string>();
  return clauses.filter((c) => {
    const key = c.alternatives.map((a) => a.text).join('\u0000') + '|' + c.speakerIds.join() + '|' + c.termIds.join();
    return !seen.has(key) && seen.add(key);
  });
}

/** The whole planning in one step, for callers with a synchronous analyser (tests, benchmarks, Node). */
export function planQuery(raw: string, index: SearchIndex, analyse: (chunks: readonly string[]) => AnalyzedWord[] = plainAnalysis): Clause[] {
  const prepared = prepareQuery(raw, index);
  return buildClauses(prepared, analyse(prepared.chunks), index);
}
