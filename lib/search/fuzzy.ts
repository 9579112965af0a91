import Fuse from 'fuse.js';

/**
 * Fuzzy lookup of a query word among the words the corpus uses, so a typo or an unusual spelling (セキュリテイ,
 * サイバセキュリティ) still finds the word the minutes wrote. fuse.js scans every entry it is given, so it runs over the
 * distinct words of the corpus, never over whole remarks, only for words that occur nowhere as typed, and only over
 * the words that can match at all: a word within k edits of the query shares at least m − 1 − 2k of its m − 1 character
 * pairs (the q-gram lemma), so words sharing fewer are never handed to fuse.js. What it finds is what a scan of every
 * word would find, in the same order.
 */

/** Runs of one script in normalised text: the units a writer varies or mistypes. */
const WORD_RUN = /[\u30A1-\u30FAー]{2,}|[\u4E00-\u9FFF々]{2,}|[a-z][a-z0-9-]{2,}/gu;

/** Below this length a single changed character is a different word, not a typo. */
const MIN_FUZZY_LENGTH = 4;
/** fuse.js score (0 exact, 1 anything): about one wrong character in four. */
const THRESHOLD = 0.3;
const MAX_CANDIDATES = 3;
const OPTIONS = { includeScore: true, includeMatches: true, ignoreLocation: true, threshold: THRESHOLD };

export interface FuzzyVocabulary {
  /** corpus words close to `word` (normalised), best first; never `word` itself */
  lookup(word: string): string[];
  size: number;
}

export function buildFuzzyVocabulary(normTexts: Iterable<string>, extraWords: Iterable<string> = []): FuzzyVocabulary {
  const words = new Set<string>(extraWords);
  for (const text of normTexts) for (const m of text.matchAll(WORD_RUN)) words.add(m[0]);
  const list = [...words];
  // Which words hold each pair of UTF-16 units (the units fuse.js compares).
  const pairs = new Map<string, number[]>();
  list.forEach((w, id) => {
    for (const pair of new Set(Array.from({ length: Math.max(0, w.length - 1) }, (_, i) => w.slice(i, i + 2)))) {
      const ids = pairs.get(pair);
      if (ids) ids.push(id);
      else pairs.set(pair, [id]);
    }
  });
  const shared = new Uint8Array(list.length);
  /** The words that may lie within fuse.js's threshold of `word` (all of them when the lemma rules nothing out). */
  const candidates = (word: string): string[] => {
    const m = word.length;
    // The most edits fuse.js accepts: it scores a match with e edits e / m, kept while at most THRESHOLD.
    let k = 0;
    while ((k + 1) / m <= THRESHOLD) k++;
    const need = m - 1 - 2 * k;
    if (need <= 0) return list;
    shared.fill(0);
    for (let i = 0; i + 1 < m; i++) for (const id of pairs.get(word.slice(i, i + 2)) ?? []) shared[id]++;
    return list.filter((_, id) => shared[id] >= need);
  };
  return {
    size: list.length,
    lookup(word) {
      const length = [...word].length;
      if (length < MIN_FUZZY_LENGTH || length > 32) return [];
      const out: string[] = [];
      for (const r of new Fuse(candidates(word), OPTIONS).search(word)) {
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
