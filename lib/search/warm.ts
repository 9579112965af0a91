import { marksOf } from './marks';
import { planQuery } from './plan';
import { forgetLookups, search } from './search';
import type { SearchIndex } from './search-index';
import type { AnalyzedWord } from './types';

/** Results of a warming query whose marks are found, as the panel finds them for its first page. */
const PAGE = 30;

/**
 * Queries made of the corpus's own most common words, of the kinds readers type: a kanji word, a katakana word, two
 * words, a kanji compound, and a misspelt katakana word (fuzzy lookup). What they look up is forgotten afterwards.
 */
export function warmingQueries(index: SearchIndex): string[] {
  const { words, postings } = index.text;
  const byUse = words.map((w, id) => ({ w, n: postings[id].length })).sort((a, b) => b.n - a.n);
  const first = (test: RegExp, skip = 0) => byUse.filter((x) => test.test(x.w))[skip]?.w;
  const kanji = first(/^[\u4E00-\u9FFF]{2}$/u);
  const kanji2 = first(/^[\u4E00-\u9FFF]{2}$/u, 1);
  const compound = first(/^[\u4E00-\u9FFF]{4,}$/u);
  const katakana = first(/^[\u30A1-\u30FAー]{5,}$/u);
  // One letter changed in the middle: a word the corpus does not use, close to one it does.
  const misspelt = katakana && `${katakana.slice(0, 2)}${katakana[2] === 'イ' ? 'エ' : 'イ'}${katakana.slice(3)}`;
  return [kanji, katakana, kanji && kanji2 && `${kanji} ${kanji2}`, compound, misspelt].filter((q): q is string => !!q);
}

/**
 * Runs the engine's whole path (planning, search, the first page's marks, facets) for a few queries when the panel has
 * nothing else to do, one query per `schedule` call, so that a reader's first queries run code the JavaScript engine
 * has already compiled and optimised rather than code it interprets (the first search of a kind took several times
 * longer than the next). The lookups those queries cached are emptied afterwards: a reader's query finds nothing
 * prepared for it that it would not have found without this. Results are never shown.
 */
export function warmUp(
  index: SearchIndex,
  analyse: (chunks: readonly string[]) => AnalyzedWord[],
  schedule: (task: () => void) => void,
  rounds = 3,
): Promise<void> {
  const queries = warmingQueries(index);
  const tasks = Array.from({ length: rounds }, () => queries).flat();
  return new Promise((resolve) => {
    const next = () => {
      const q = tasks.shift();
      if (q === undefined) {
        forgetLookups(index);
        resolve();
        return;
      }
      const result = search(index, planQuery(q, index, analyse));
      for (const hit of result.first(PAGE)) marksOf(hit);
      void result.facets;
      schedule(next);
    };
    schedule(next);
  });
}
