import { normalize } from '../text/normalize';
import { planQuery } from './plan';
import type { SearchIndex } from './search-index';
import { runsOf } from './text-index';
import type { AnalyzedWord, Clause } from './types';

/**
 * Query analysis against the corpus's own vocabulary, without kuromoji: the panel never loads the 18 MB dictionary
 * (about 200 MB in the renderer) to search. The corpus was already cut into runs of one script when the index was
 * built; a query is cut the same way. Hiragana runs are particles and inflections (の, を, した) and are dropped; a kanji
 * run is a word, and a kanji compound (情報共有, 量子暗号) is split into the parts the corpus uses on their own
 * (情報 / 共有), so it is searched whole and as its parts like kuromoji's compounds. kuromoji stays where new text is
 * analysed once (building the corpus, imports).
 */
const KANJI = /^[\u4E00-\u9FFF\u3400-\u4DBF々〆ヶ]+$/u;

export function vocabularyAnalysis(index: SearchIndex): (chunks: readonly string[]) => AnalyzedWord[] {
  const standalone = (w: string) => index.text.documentFrequency(w) > 0;
  const occurs = (w: string) => index.text.docsWith(w).length > 0;
  return (chunks) => {
    const out: AnalyzedWord[] = [];
    for (const chunk of chunks) {
      for (const run of runsOf(normalize(chunk))) {
        if (/^[\u3041-\u3096]+$/u.test(run)) continue;
        out.push({ text: run, parts: KANJI.test(run) ? splitCompound(run, standalone, occurs) : [] });
      }
    }
    const seen = new Set<string>();
    return out.filter((w) => !seen.has(w.text) && seen.add(w.text));
  };
}

/**
 * A query planned as the panel plans it, against the corpus's own vocabulary. Its searches and the suggestions it offers
 * (drop a word, a closer word) all go through this, so that a suggestion's count is what following it finds.
 */
export function planWithVocabulary(index: SearchIndex): (query: string) => Clause[] {
  const analyse = vocabularyAnalysis(index);
  return (query) => planQuery(query, index, analyse);
}

/**
 * The parts of a kanji compound: the longest prefix the corpus uses as a word of its own, then the rest the same way;
 * failing that, the longest prefix the corpus uses at all. Two characters at least; none when the run does not split.
 */
function splitCompound(run: string, standalone: (w: string) => boolean, occurs: (w: string) => boolean): string[] {
  const chars = [...run];
  if (chars.length < 4) return [];
  for (const known of [standalone, occurs]) {
    const parts: string[] = [];
    let at = 0;
    while (at < chars.length) {
      let len = chars.length - at - (at === 0 ? 1 : 0);
      while (len >= 2 && !known(chars.slice(at, at + len).join(''))) len--;
      if (len < 2 || chars.length - at - len === 1) break;
      parts.push(chars.slice(at, at + len).join(''));
      at += len;
    }
    if (at === chars.length && parts.length > 1) return parts;
  }
  return [];
}
