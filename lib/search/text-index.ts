/**
 * An inverted index over the remarks' normalised texts, built once per corpus: every run of one script (a kanji run, a
 * katakana word, a Latin word or number, a hiragana run) is a vocabulary entry with the list of remarks holding it.
 * A query string is looked up by its own runs: the remarks that may hold it are those holding, for each of its runs,
 * some vocabulary entry containing that run; only those remarks are then scanned. A word in 30 of 12,600 remarks
 * costs 30 scans, not 12,600. The vocabulary doubles as the corpus's own word list (fuzzy lookup, suggestions,
 * salient words of a remark).
 */

const RUN = /[\u4E00-\u9FFF\u3400-\u4DBF々〆ヶ]+|[\u30A1-\u30FAー]+|[a-z0-9]+|[\u3041-\u3096]+/gu;

export interface TextIndex {
  /** distinct runs, and for each the sorted positions of the documents holding it */
  words: string[];
  postings: Int32Array[];
  /** for each posting, how often the document holds the run */
  counts: Uint16Array[];
  docCount: number;
  /** documents that hold `needle` (verified), sorted, cached */
  docsWith(needle: string): Int32Array;
  /**
   * How often each document of `docsWith(needle)` holds it, when the index knows without reading the texts (a needle
   * that is one run of Japanese script); null otherwise.
   */
  countsOf(needle: string): Uint16Array | null;
  /** vocabulary ids of the runs containing `part` */
  wordsContaining(part: string): number[];
  /** number of documents holding the run exactly, or 0 */
  documentFrequency(word: string): number;
}

export function runsOf(text: string): string[] {
  return text.match(RUN) ?? [];
}

const CACHE_SIZE = 2000;

/** What the index is made of, computed from the texts once per corpus and kept (lib/search/stored-index.ts). */
export interface TextIndexParts {
  words: string[];
  postings: Int32Array[];
  counts: Uint16Array[];
}

/** The runs of every text and where they occur: one pass over the texts, no lookups by substring. */
export function indexParts(norms: readonly string[]): TextIndexParts {
  const ids = new Map<string, number>();
  const lists: number[][] = [];
  const tallies: number[][] = [];
  norms.forEach((norm, doc) => {
    for (const run of runsOf(norm)) {
      const id = ids.get(run);
      if (id === undefined) {
        ids.set(run, lists.length);
        lists.push([doc]);
        tallies.push([1]);
      } else if (lists[id][lists[id].length - 1] !== doc) {
        lists[id].push(doc);
        tallies[id].push(1);
      } else tallies[id][tallies[id].length - 1]++;
    }
  });
  return {
    words: [...ids.keys()],
    postings: lists.map((l) => Int32Array.from(l)),
    counts: tallies.map((l) => Uint16Array.from(l)),
  };
}

/** The index over `norms` from its parts (built now or read back from storage). */
export function textIndexFrom(
  norms: readonly string[],
  { words, postings, counts }: TextIndexParts,
  contains: (text: string, needle: string) => boolean,
): TextIndex {
  const ids = new Map<string, number>();
  words.forEach((w, id) => ids.set(w, id));
  // Bigrams of the vocabulary (not of the texts): small, and enough to find the runs containing a query run quickly.
  const bigrams = new Map<string, number[]>();
  words.forEach((w, id) => {
    const seen = new Set<string>();
    for (let i = 0; i + 1 < w.length; i++) {
      const b = w.slice(i, i + 2);
      if (seen.has(b)) continue;
      seen.add(b);
      const l = bigrams.get(b);
      if (l) l.push(id);
      else bigrams.set(b, [id]);
    }
  });

  const wordsContaining = (part: string): number[] => {
    if (part.length === 1) {
      const out: number[] = [];
      words.forEach((w, id) => w.includes(part) && out.push(id));
      return out;
    }
    let best: number[] | undefined;
    for (let i = 0; i + 1 < part.length; i++) {
      const l = bigrams.get(part.slice(i, i + 2));
      if (!l) return [];
      if (!best || l.length < best.length) best = l;
    }
    return best!.filter((id) => words[id].includes(part));
  };

  const cache = new Map<string, { docs: Int32Array; counts: Uint16Array | null }>();
  const all = () => Int32Array.from(norms.keys());

  const candidates = (needle: string): Int32Array => {
    const parts = runsOf(needle);
    if (parts.length === 0) return all();
    // The longest runs are the most selective; a one-letter particle between them says little.
    const useful = parts.filter((p) => p.length > 1);
    const chosen = (useful.length > 0 ? useful : parts).sort((a, b) => b.length - a.length).slice(0, 2);
    const count = new Uint8Array(norms.length);
    chosen.forEach((part, k) => {
      for (const id of wordsContaining(part)) for (const d of postings[id]) if (count[d] === k) count[d] = k + 1;
    });
    const docs: number[] = [];
    count.forEach((c, d) => c === chosen.length && docs.push(d));
    return Int32Array.from(docs);
  };

  const exactly = (needle: string) => {
    // One run of Japanese script is inside a vocabulary run wherever it occurs: the postings say where and how often.
    const tally = new Uint16Array(norms.length);
    for (const id of wordsContaining(needle)) {
      const w = words[id];
      let times = 0;
      for (let at = w.indexOf(needle); at !== -1; at = w.indexOf(needle, at + 1)) times++;
      const docs = postings[id];
      const c = counts[id];
      for (let i = 0; i < docs.length; i++) tally[docs[i]] += times * c[i];
    }
    const docs: number[] = [];
    const found: number[] = [];
    tally.forEach((t, d) => t > 0 && (docs.push(d), found.push(t)));
    return { docs: Int32Array.from(docs), counts: Uint16Array.from(found) };
  };

  const lookup = (needle: string) => {
    let hit = cache.get(needle);
    if (hit) {
      cache.delete(needle);
      cache.set(needle, hit);
      return hit;
    }
    const parts = runsOf(needle);
    if (parts.length === 1 && parts[0] === needle && !/[a-z0-9]/.test(needle)) hit = exactly(needle);
    else hit = { docs: candidates(needle).filter((d) => contains(norms[d], needle)), counts: null };
    cache.set(needle, hit);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
    return hit;
  };

  return {
    words,
    postings,
    counts,
    docCount: norms.length,
    wordsContaining,
    documentFrequency: (word) => {
      const id = ids.get(word);
      return id === undefined ? 0 : postings[id].length;
    },
    docsWith: (needle) => lookup(needle).docs,
    countsOf: (needle) => lookup(needle).counts,
  };
}
