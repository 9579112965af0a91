/**
 * An inverted index over the remarks' normalised texts, built once per corpus: every run of one script (a kanji run, a
 * katakana word, a Latin word or number, a hiragana run) is a vocabulary entry with the list of remarks holding it.
 * A query string is looked up by its own runs: the remarks that may hold it are those holding, for each of its runs,
 * some vocabulary entry containing that run; only those remarks are then scanned. A word in 30 of 12,600 remarks
 * costs 30 scans, not 12,600. The vocabulary doubles as the corpus's own word list (fuzzy lookup, suggestions,
 * salient words of a remark).
 */

const RUN = /[\u4E00-\u9FFF\u3400-\u4DBF々〆ヶ]+|[\u30A1-\u30FAー]+|[a-z0-9]+|[\u3041-\u3096]+/gu;

/** The documents holding a needle (sorted positions) and how often each holds it. */
export interface Occurrences {
  docs: Int32Array;
  counts: Uint16Array;
}

export interface TextIndex {
  /** distinct runs, and for each the sorted positions of the documents holding it */
  words: string[];
  postings: Int32Array[];
  /** for each posting, how often the document holds the run */
  counts: Uint16Array[];
  docCount: number;
  /** documents that hold `needle` (verified), sorted, cached */
  docsWith(needle: string): Int32Array;
  /** how often each document of `docsWith(needle)` holds it */
  countsOf(needle: string): Uint16Array;
  /** vocabulary ids of the runs containing `part` */
  wordsContaining(part: string): number[];
  /** number of documents holding the run exactly, or 0 */
  documentFrequency(word: string): number;
  /**
   * The documents that may hold a string made of `runs` (runsOf of it) and nothing else the index knows: a superset,
   * to be read. Null when the string has no run (any document may hold it).
   */
  candidates(runs: readonly string[]): Int32Array | null;
  /** empties the lookup cache (what was looked up is found again, the same way) */
  forget(): void;
}

export function runsOf(text: string): string[] {
  return text.match(RUN) ?? [];
}

const CACHE_SIZE = 2000;
/** A needle of many runs is narrowed by its most selective runs; the rest are checked when its candidates are read. */
const MAX_RUNS_CHECKED = 6;

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
  /** how often `text` holds `needle` (with the word-boundary rules of matching, lib/search/match.ts) */
  countIn: (text: string, needle: string) => number,
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

  const n = norms.length;
  const cache = new Map<string, Occurrences>();
  // Per document, how many of a needle's runs it holds, and how often it holds a needle (reused: one lookup at a time).
  const seen = new Uint8Array(n);
  const tally = new Uint16Array(n);

  const candidates = (runs: readonly string[]): Int32Array | null => {
    if (runs.length === 0) return null;
    // Where the needle occurs, the text's runs break where the needle's do: a run between two others is a whole run
    // of the text, the first ends one, the last starts one (サイバーセキュリティ対策: a run ending in セキュリティ, then
    // one starting with 対策). ヶ belongs to two scripts, so around it runs may break elsewhere: containment only.
    const exact = runs.length > 1 && !runs.some((r) => r.includes('ヶ'));
    // A run no remark holds rules every remark out (spaced-out acronyms, s m e, are most often such): no list to read.
    const none = new Int32Array(0);
    if (exact && runs.slice(1, -1).some((r) => !ids.has(r))) return none;
    const lists = runs.map((run, i) => {
      if (!exact) return wordsContaining(run);
      if (i > 0 && i < runs.length - 1) {
        const id = ids.get(run);
        return id === undefined ? [] : [id];
      }
      return wordsContaining(run).filter((id) => (i === 0 ? words[id].endsWith(run) : words[id].startsWith(run)));
    });
    if (lists.some((l) => l.length === 0)) return none;
    const sized = lists
      .map((l) => ({ l, size: l.reduce((sum, id) => sum + postings[id].length, 0) }))
      .sort((a, b) => a.size - b.size)
      .slice(0, MAX_RUNS_CHECKED);
    seen.fill(0);
    sized.forEach(({ l }, k) => {
      for (const id of l) {
        const docs = postings[id];
        for (let i = 0; i < docs.length; i++) if (seen[docs[i]] === k) seen[docs[i]] = k + 1;
      }
    });
    const out: number[] = [];
    for (let d = 0; d < n; d++) if (seen[d] === sized.length) out.push(d);
    return Int32Array.from(out);
  };

  const exactly = (needle: string): Occurrences => {
    // One run of Japanese script is inside a vocabulary run wherever it occurs: the postings say where and how often.
    tally.fill(0);
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
    for (let d = 0; d < n; d++) {
      if (tally[d] === 0) continue;
      docs.push(d);
      found.push(tally[d]);
    }
    return { docs: Int32Array.from(docs), counts: Uint16Array.from(found) };
  };

  const read = (needle: string, runs: readonly string[]): Occurrences => {
    const docs: number[] = [];
    const found: number[] = [];
    const check = (d: number) => {
      const times = countIn(norms[d], needle);
      if (times > 0) {
        docs.push(d);
        found.push(times);
      }
    };
    const maybe = candidates(runs);
    if (maybe) maybe.forEach(check);
    else for (let d = 0; d < n; d++) check(d);
    return { docs: Int32Array.from(docs), counts: Uint16Array.from(found) };
  };

  const lookup = (needle: string): Occurrences => {
    let hit = cache.get(needle);
    if (hit) {
      cache.delete(needle);
      cache.set(needle, hit);
      return hit;
    }
    const runs = runsOf(needle);
    hit = runs.length === 1 && runs[0] === needle && !/[a-z0-9]/.test(needle) ? exactly(needle) : read(needle, runs);
    cache.set(needle, hit);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
    return hit;
  };

  return {
    words,
    postings,
    counts,
    docCount: n,
    wordsContaining,
    forget: () => cache.clear(),
    documentFrequency: (word) => {
      const id = ids.get(word);
      return id === undefined ? 0 : postings[id].length;
    },
    docsWith: (needle) => lookup(needle).docs,
    countsOf: (needle) => lookup(needle).counts,
    candidates,
  };
}
