import { normalize } from '../text/normalize';
import { type SearchOptions, search } from './search';
import type { SearchIndex } from './search-index';
import { runsOf } from './text-index';
import type { Clause, SearchResult } from './types';

/**
 * What to offer instead of a dead end. When nothing matches: the corpus words closest to each word that was not found
 * (each a query with that word replaced) and the results without the filters, if filters emptied the list. When no
 * remark holds every word of a longer query: the query with one word dropped, with how many remarks hold all the rest.
 * Every suggestion is a query the panel can run, with its result count.
 */
export interface Suggestion {
  kind: 'closer-word' | 'drop-word' | 'no-filters';
  /** the query to run */
  query: string;
  /** the word suggested, or the word dropped */
  word: string;
  count: number;
}

const MAX_CLOSE = 3;
const MIN_SIMILARITY = 0.3;

function grams(word: string): string[] {
  const chars = [...word];
  if (chars.length < 3) return chars;
  return chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
}

/** Dice similarity of two words' character bigrams (characters for short words). */
function similarity(a: string, b: string): number {
  const ga = grams(a);
  const gb = new Map<string, number>();
  for (const g of grams(b)) gb.set(g, (gb.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of ga) {
    const n = gb.get(g) ?? 0;
    if (n > 0) {
      shared++;
      gb.set(g, n - 1);
    }
  }
  return (2 * shared) / (ga.length + grams(b).length);
}

/**
 * Words the corpus uses (its own vocabulary, and the names of its terms and concepts) closest to `word`, most similar
 * first, ties broken by how many remarks use them.
 */
function closestWords(index: SearchIndex, word: string, max = MAX_CLOSE): string[] {
  const w = normalize(word).trim();
  if (!w) return [];
  const candidates = new Set<string>();
  for (const g of new Set(grams(w))) for (const id of index.text.wordsContaining(g)) candidates.add(index.text.words[id]);
  for (const s of index.entities.surfaces) if (s.termIds.size || s.conceptIds.size) candidates.add(s.text);
  const scored = [...candidates]
    .filter((c) => c !== w && [...c].length >= 2 && !/^[\u3041-\u3096]+$/u.test(c))
    .map((c) => ({ c, sim: similarity(w, c) }))
    .filter((x) => x.sim >= MIN_SIMILARITY)
    .map((x) => ({ ...x, df: index.text.docsWith(x.c).length }))
    .sort((a, b) => b.sim - a.sim || b.df - a.df);
  return scored.slice(0, max).map((x) => x.c);
}

function queryOf(clauses: readonly Clause[]): string {
  return clauses.map((c) => (c.alternatives.some((a) => a.via === 'phrase') ? `"${c.label}"` : c.label)).join(' ');
}

export function suggest(
  index: SearchIndex,
  clauses: readonly Clause[],
  result: SearchResult,
  options: SearchOptions,
  plan: (query: string) => Clause[],
): Suggestion[] {
  if (clauses.length === 0) return [];
  const out: Suggestion[] = [];
  const count = (query: string, opts: SearchOptions = options) => search(index, plan(query), opts).count;
  if (result.count === 0) {
    clauses.forEach((c, i) => {
      if (result.clauseCounts[i] > 0) return;
      // A word made of several runs (a compound across scripts) is looked up by its longest run too.
      const runs = runsOf(normalize(c.label));
      const lookups = new Set([c.label, ...(runs.length > 1 ? [runs.sort((a, b) => b.length - a.length)[0]] : [])]);
      const words = new Set([...lookups].flatMap((l) => closestWords(index, l)));
      for (const word of words) {
        const query = queryOf(clauses.map((other, j) => (j === i ? { ...other, label: word, alternatives: [] } : other)));
        const n = count(query);
        if (n > 0) out.push({ kind: 'closer-word', query, word, count: n });
      }
    });
    const filtered = Object.values(options.filters ?? {}).some((v) => (Array.isArray(v) ? v.length > 0 : !!v));
    if (filtered) {
      const query = queryOf(clauses);
      const n = count(query, { ...options, filters: {} });
      if (n > 0) out.push({ kind: 'no-filters', query, word: '', count: n });
    }
  }
  // No remark holds every word: the query with one word dropped, counting the remarks that hold all the rest.
  const full = result.live === clauses.length ? result.full : 0;
  if (clauses.length >= 2 && full === 0) {
    clauses.forEach((c, i) => {
      const rest = clauses.filter((_, j) => j !== i);
      const query = queryOf(rest);
      const r = search(index, plan(query), options);
      const n = r.live === rest.length ? r.full : 0;
      if (n > 0) out.push({ kind: 'drop-word', query, word: c.label, count: n });
    });
  }
  return out;
}
