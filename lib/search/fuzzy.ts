import Fuse from 'fuse.js';

/**
 * Fuzzy lookup of a query word among the words the corpus uses, so a typo or an unusual spelling (セキュリテイ,
 * サイバセキュリティ) still finds the word the minutes wrote. fuse.js scans every entry on every query, so it runs over
 * the distinct words of the corpus (a few thousand short strings), never over whole remarks, and only for words that
 * occur nowhere as typed.
 */

/** Runs of one script in normalised text: the units a writer varies or mistypes. */
const WORD_RUN = /[\u30A1-\u30FAー]{2,}|[\u4E00-\u9FFF々]{2,}|[a-z][a-z0-9-]{2,}/gu;

/** Below this length a single changed character is a different word, not a typo. */
const MIN_FUZZY_LENGTH = 4;
/** fuse.js score (0 exact, 1 anything): about one wrong character in four. */
const THRESHOLD = 0.3;
const MAX_CANDIDATES = 3;

export interface FuzzyVocabulary {
  /** corpus words close to `word` (normalised), best first; never `word` itself */
  lookup(word: string): string[];
  size: number;
}

export function buildFuzzyVocabulary(normTexts: Iterable<string>, extraWords: Iterable<string> = []): FuzzyVocabulary {
  const words = new Set<string>(extraWords);
  for (const text of normTexts) for (const m of text.matchAll(WORD_RUN)) words.add(m[0]);
  const list = [...words];
  const fuse = new Fuse(list, {
    includeScore: true,
    includeMatches: true,
    ignoreLocation: true,
    threshold: THRESHOLD,
  });
  return {
    size: list.length,
    lookup(word) {
      const length = [...word].length;
      if (length < MIN_FUZZY_LENGTH || length > 32) return [];
      const out: string[] = [];
      for (const r of fuse.search(word)) {
        // The match may sit inside a longer run (中小起業 inside 中小企業経営層): take just the matched stretch.
        const spans = r.matches?.flatMap((m) => m.indices) ?? [];
        if (spans.length === 0) continue;
        const from = Math.min(...spans.map(([s]) => s));
        const to = Math.max(...spans.map(([, e]) => e)) + 1;
        const found = r.item.slice(from, to);
        if (found === word || out.includes(found)) continue;
        if (Math.abs([...found].length - length) > Math.max(1, Math.floor(length / 4))) continue;
        out.push(found);
        if (out.length === MAX_CANDIDATES) break;
      }
      return out;
    },
  };
}
