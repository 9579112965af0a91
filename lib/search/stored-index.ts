import type { Corpus } from '../corpus/types';
import { type SearchIndex, buildSearchIndex, normalizeInSlices } from './search-index';
import { deflateSortedLists, deflateText, deflateUint16Lists, inflateSortedLists, inflateText, inflateUint16, jsonPieces } from './packed';
import type { TextIndexParts } from './text-index';

/**
 * The search index in a form that is stored (IndexedDB, one row) and read back instead of being built again: what costs
 * time to compute (every remark's normalised text, the vocabulary and its postings) and the corpus itself, compressed
 * (lib/search/packed.ts). Packing writes the corpus and the texts in pieces, so storing never holds them as one more
 * string or array each, nor hands IndexedDB tens of megabytes to copy (at 100× the seeds, about 60 MB of strings and
 * arrays before; the row is now a few megabytes). The rest of the index (maps by id, facets, entities) is rebuilt from
 * the corpus in tens of milliseconds.
 *
 * A row is valid for one corpus revision and one build of the code that normalises and indexes: its key holds both.
 * Bump FORMAT when normalisation (lib/text/normalize.ts), the index (text-index.ts) or this form changes.
 */
const FORMAT = 2;

export interface StoredSearchIndex {
  /** `indexKey(revision, build)` */
  key: string;
  /**
   * the corpus itself as compressed JSON: one block reads back from IndexedDB many times faster than its 12,600 remark
   * rows, and the key's revision says it is the corpus the tables hold
   */
  corpus: Uint8Array<ArrayBuffer>;
  /** remark ids in the index's order (`SearchIndex.docs`), joined by newlines */
  ids: string;
  /** normalised texts in that order, concatenated and compressed; text d ends at `normEnds[d]` (UTF-16 units) */
  norms: Uint8Array<ArrayBuffer>;
  normEnds: Int32Array;
  /** the vocabulary, joined by newlines (a run of one script never holds one) */
  words: string;
  /** word w's postings and counts end at `postingEnds[w]` in the concatenated lists */
  postingEnds: Int32Array;
  /** postings of every word, compressed as differences (packed.ts, deflateSortedLists) */
  postings: Uint8Array<ArrayBuffer>;
  /** counts, compressed */
  counts: Uint8Array<ArrayBuffer>;
  createdAt: number;
}

/** The key of the stored index for a corpus revision (lib/db/imports.ts, corpusRevision) and a build of the code. */
export function indexKey(revision: string, build = ''): string {
  return `${FORMAT}:${build}:${revision}`;
}

/** Where stored indexes are kept (a Dexie table in the extension; a Map in tests). */
export interface IndexStore {
  get(key: string): Promise<StoredSearchIndex | undefined>;
  /** keeps `row` and drops the rows of other revisions */
  put(row: StoredSearchIndex): Promise<void>;
}

export async function toStored(index: SearchIndex, key: string): Promise<StoredSearchIndex> {
  const { words, postings, counts } = index.text;
  const normEnds = new Int32Array(index.docs.length);
  let end = 0;
  index.docs.forEach((d, i) => (normEnds[i] = end += d.norm.length));
  const postingEnds = new Int32Array(words.length);
  let total = 0;
  postings.forEach((p, w) => (postingEnds[w] = total += p.length));
  return {
    key,
    corpus: await deflateText(jsonPieces(index.corpus as unknown as Record<string, unknown>)),
    ids: index.docs.map((d) => d.remark.id).join('\n'),
    norms: await deflateText(index.docs.map((d) => d.norm)),
    normEnds,
    words: words.join('\n'),
    postingEnds,
    postings: await deflateSortedLists(postings),
    counts: await deflateUint16Lists(counts),
    createdAt: Date.now(),
  };
}

/** The corpus a stored row holds. */
export async function storedCorpus(row: StoredSearchIndex): Promise<Corpus> {
  return JSON.parse(await inflateText(row.corpus)) as Corpus;
}

/**
 * The index of `corpus` from its stored form, or null when the row does not fit the corpus (another revision, a remark
 * missing or in another order): the caller then builds it again.
 */
export async function fromStored(corpus: Corpus, row: StoredSearchIndex, key: string): Promise<SearchIndex | null> {
  if (row.key !== key) return null;
  const ids = row.ids === '' ? [] : row.ids.split('\n');
  if (row.normEnds.length !== ids.length) return null;
  const words = row.words === '' ? [] : row.words.split('\n');
  if (words.length !== row.postingEnds.length) return null;
  const [allNorms, postings, counts] = await Promise.all([
    inflateText(row.norms),
    inflateSortedLists(row.postings, row.postingEnds),
    inflateUint16(row.counts),
  ]);
  const total = row.postingEnds.length > 0 ? row.postingEnds[row.postingEnds.length - 1] : 0;
  if (postings.length !== total || counts.length !== total) return null;
  const normById = new Map<string, string>();
  let start = 0;
  ids.forEach((id, i) => {
    normById.set(id, allNorms.slice(start, row.normEnds[i]));
    start = row.normEnds[i];
  });
  const meetings = new Set(corpus.meetings.map((m) => m.id));
  const norms: string[] = [];
  for (const r of corpus.remarks) {
    const norm = normById.get(r.id);
    // A remark of no known meeting is not indexed (buildSearchIndex leaves it out), so it has no stored text.
    if (norm === undefined && meetings.has(r.meetingId)) return null;
    norms.push(norm ?? '');
  }
  const parts: TextIndexParts = { words, postings: [], counts: [] };
  let from = 0;
  for (const to of row.postingEnds) {
    // Views into the read arrays, not copies.
    parts.postings.push(postings.subarray(from, to));
    parts.counts.push(counts.subarray(from, to));
    from = to;
  }
  const index = buildSearchIndex(corpus, norms, parts);
  // The postings count positions in the index's order; a corpus that sorts differently cannot use them.
  if (index.docs.length !== ids.length || index.docs.some((d, i) => d.remark.id !== ids[i])) return null;
  return index;
}

export interface LoadedIndex {
  index: SearchIndex;
  /** 'stored': read back; 'built': normalised and indexed now (and being stored) */
  from: 'stored' | 'built';
}

export interface LoadOptions {
  /** the build of the extension (see indexKey) */
  build?: string;
  /** runs the storing of a newly built index when the reader's first search has gone first (settles when stored) */
  later?: (task: () => Promise<void>) => void;
}

/**
 * The search index of the corpus at `revision` (null when it is not known before the corpus is read): read back with
 * its corpus from `store` when a row for this revision is there, else `readCorpus()` is indexed (in slices, see
 * normalizeInSlices) and the result stored, `later`. A store that fails (storage full, private mode) only costs the
 * next open a rebuild.
 */
export async function loadSearchIndex(
  store: IndexStore,
  revision: string | null,
  readCorpus: () => Promise<Corpus>,
  { build = '', later = (task) => void setTimeout(() => void task(), 0) }: LoadOptions = {},
): Promise<LoadedIndex> {
  const stored = async (key: string, corpus?: Corpus): Promise<SearchIndex | null> => {
    const row = await store.get(key).catch(() => undefined);
    if (!row) return null;
    try {
      return await fromStored(corpus ?? (await storedCorpus(row)), row, key);
    } catch {
      return null;
    }
  };
  const early = revision === null ? null : await stored(indexKey(revision, build));
  if (early) return { index: early, from: 'stored' };
  const corpus = await readCorpus();
  const key = indexKey(corpus.version, build);
  const late = revision === null ? await stored(key, corpus) : null;
  if (late) return { index: late, from: 'stored' };
  const index = buildSearchIndex(corpus, await normalizeInSlices(corpus.remarks));
  later(() =>
    toStored(index, key)
      .then((row) => store.put(row))
      .catch(() => undefined),
  );
  return { index, from: 'built' };
}
