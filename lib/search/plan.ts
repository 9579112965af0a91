import { normalize, normalizeWithMap } from '../text/normalize';
import { conceptAlternatives } from './concepts';
import { findEntities, peopleByReading, personTextForms, termForms } from './entities';
import { plainWords, splitQuery } from './query-syntax';
import type { SearchIndex } from './search-index';
import type { Alternative, AnalyzedWord, Clause, ClauseConcept, MatchVia } from './types';

/**
 * Turning a query into clauses, in two steps so the analysis is the caller's: `prepareQuery` finds phrases and names
 * and leaves free-text chunks; the chunks are analysed (against the corpus vocabulary in the panel, by kuromoji in
 * tests, or plainly); `buildClauses` turns everything into clauses, expanding names and terms to their synonyms and
 * unknown words to their fuzzy neighbours.
 */

interface EntityPart {
  /** as it appears in the normalised query */
  typed: string;
  /** as typed */
  label: string;
  personIds: string[];
  termIds: string[];
  conceptIds: string[];
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
      entities.push({
        typed: norm.slice(e.start, e.end),
        label: original(e.start, e.end),
        personIds: e.personIds,
        termIds: e.termIds,
        conceptIds: e.conceptIds,
      });
      at = e.end;
    }
    rest.push(original(at, norm.length));
    // A lone particle left between two names (官民の協力 → の) is no word to search for.
    for (const chunk of rest.flatMap(plainWords).filter((c) => !/^[\u3041-\u3096]{1,2}$/u.test(c))) {
      const byReading = peopleByReading(index.entities, chunk);
      if (byReading.length > 0) entities.push({ typed: normalize(chunk), label: chunk, personIds: byReading, termIds: [], conceptIds: [] });
      else chunks.push(chunk);
    }
  }
  return { phrases: syntax.phrases, entities, chunks };
}

/** Each chunk as one word, unanalysed. */
function plainAnalysis(chunks: readonly string[]): AnalyzedWord[] {
  return chunks.map((text) => ({ text, parts: [] }));
}

export function buildClauses(prepared: PreparedQuery, words: readonly AnalyzedWord[], index: SearchIndex): Clause[] {
  const clauses: Clause[] = [];
  for (const phrase of prepared.phrases) clauses.push(textClause(phrase, [{ text: normalize(phrase), via: 'phrase' }]));
  for (const e of prepared.entities) clauses.push(entityClause(e, index));
  for (const w of joinNamedPairs(words, index)) {
    const named = index.entities.byText.get(normalize(w.text));
    if (named && (named.termIds.size > 0 || named.conceptIds.size > 0) && named.personIds.size === 0) {
      clauses.push(
        entityClause(
          { typed: named.text, label: w.text, personIds: [], termIds: [...named.termIds], conceptIds: [...named.conceptIds] },
          index,
        ),
      );
    } else clauses.push(...wordClauses(w.text, w.parts, index));
  }
  return dedupeClauses(clauses).map(withSpacedLetters);
}

/**
 * Two words in a row that together name a term or concept are that term: 情報の共有 is 情報共有, 官民の連携 is 官民連携
 * (Japanese writes a noun compound and the same nouns joined by の or を interchangeably).
 */
function joinNamedPairs(words: readonly AnalyzedWord[], index: SearchIndex): AnalyzedWord[] {
  const out: AnalyzedWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const next = words[i + 1];
    const joined = next ? words[i].text + next.text : '';
    const named = next ? index.entities.byText.get(normalize(joined)) : undefined;
    if (named && (named.conceptIds.size > 0 || named.termIds.size > 0)) {
      out.push({ text: joined, parts: [words[i].text, next.text] });
      i++;
    } else out.push(words[i]);
  }
  return out;
}

/** The minutes sometimes space out acronyms (I S A C, O T セキュリティ): a Latin form also matches spaced out. */
function withSpacedLetters(clause: Clause): Clause {
  const extra: Alternative[] = [];
  for (const a of clause.alternatives) {
    if (a.seq || a.all) continue;
    const m = /^([a-z]{2,5})(?![a-z])/.exec(a.text);
    if (!m) continue;
    const rest = a.text.slice(m[1].length);
    const spaced = [...m[1]].join(' ') + (rest ? ' ' + rest.trimStart() : '');
    if (!clause.alternatives.some((b) => b.text === spaced) && !extra.some((b) => b.text === spaced))
      extra.push({ text: spaced, via: a.via });
  }
  return extra.length ? { ...clause, alternatives: [...clause.alternatives, ...extra] } : clause;
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
  const alternatives: Alternative[] = [...alts].map(([text, via]) => ({ text, via }));
  const concepts: ClauseConcept[] = [];
  for (const id of e.conceptIds) {
    const c = index.entities.concepts.get(id);
    if (!c) continue;
    concepts.push({ id: c.id, ja: c.ja, en: c.en });
    for (const alt of conceptAlternatives(c)) {
      if (!alt.text || alts.has(alt.text)) continue;
      alts.set(alt.text, alt.via);
      alternatives.push(alt);
    }
  }
  return {
    label: e.label,
    alternatives,
    speakerIds: e.personIds,
    termIds: e.termIds,
    ...(concepts.length ? { concepts } : {}),
  };
}

/** Characters a compound's parts may have between them and still count as the compound (情報を共有, 情報の共有). */
const PARTS_GAP = 3;
const KANJI_WORD = /^[\u4E00-\u9FFF\u3400-\u4DBF々]{2,}$/u;

/**
 * A word is searched as typed; one that occurs nowhere is a typo or variant, and its closest corpus words stand in for
 * it. A compound is searched whole and as its parts: whole first, then its parts in order and close together
 * (情報を共有 for 情報共有, also how an unknown compound is matched as a phrase), then, for kanji compounds, its parts
 * anywhere in the remark, each weighed less than the one before.
 */
function wordClauses(typed: string, parts: string[], index: SearchIndex): Clause[] {
  const word = normalize(typed);
  const alternatives: Alternative[] = [{ text: word, via: 'typed' }];
  const occurs = occursAnywhere(index, word);
  if (!occurs) for (const text of index.fuzzy().lookup(word)) alternatives.push({ text, via: 'fuzzy' });
  if (parts.length > 1) {
    const normParts = parts.map(normalize);
    alternatives.push({ text: normParts.join('…'), via: 'parts', seq: normParts, gap: PARTS_GAP });
    if (normParts.every((p) => KANJI_WORD.test(p))) alternatives.push({ text: normParts.join('+'), via: 'loose', all: normParts });
  }
  return [textClause(typed, alternatives)];
}

function occursAnywhere(index: SearchIndex, word: string): boolean {
  return index.text.docsWith(word).length > 0;
}

function dedupeClauses(clauses: Clause[]): Clause[] {
  const seen = new Set<string>();
  return clauses.filter((c) => {
    const key =
      c.alternatives.map((a) => a.text).join('\u0000') +
      '|' +
      c.speakerIds.join() +
      '|' +
      c.termIds.join() +
      '|' +
      (c.concepts ?? []).map((x) => x.id).join();
    return !seen.has(key) && seen.add(key);
  });
}

/** The whole planning in one step, for callers with a synchronous analyser (tests, benchmarks, Node). */
export function planQuery(
  raw: string,
  index: SearchIndex,
  analyse: (chunks: readonly string[]) => AnalyzedWord[] = plainAnalysis,
): Clause[] {
  const prepared = prepareQuery(raw, index);
  return buildClauses(prepared, analyse(prepared.chunks), index);
}
