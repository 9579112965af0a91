import { describe, expect, it } from 'vitest';
import type { Corpus } from '../corpus/types';
import { smallCorpus } from '../db/testing/small-corpus';
import { planQuery } from './plan';
import { search } from './search';
import { buildSearchIndex } from './search-index';
import { type IndexStore, type StoredSearchIndex, fromStored, indexKey, loadSearchIndex, storedCorpus, toStored } from './stored-index';
import { dexieIndexStore } from './index-store';
import { searchIndex } from './testing/corpus';
import { fakeDb } from '../db/testing/fake-db';

/** A store in memory that keeps rows the way IndexedDB does: a structured clone, newest revision only. */
function memoryStore(): IndexStore & { rows: Map<string, StoredSearchIndex> } {
  const rows = new Map<string, StoredSearchIndex>();
  return {
    rows,
    get: (key) => Promise.resolve(rows.has(key) ? structuredClone(rows.get(key)) : undefined),
    put(row) {
      rows.clear();
      rows.set(row.key, structuredClone(row));
      return Promise.resolve();
    },
  };
}

const QUERIES = [
  '中小企業 対策',
  'パワーグリッド',
  '"重要インフラ"',
  'むらい',
  'サイバーセキュリテイ',
  'information sharing',
  '情報共有',
  '能動的サイバー防御',
];

const answer = (index: ReturnType<typeof searchIndex>, q: string) =>
  search(index, planQuery(q, index)).hits.map((h) => [h.doc.remark.id, h.score, h.matched, h.occurrences]);

/** Runs the storing at once; `stored()` settles when every storing so far has. */
const tasks: Promise<void>[] = [];
const now = () => (task: () => Promise<void>) => void tasks.push(task());
const stored = () => Promise.all(tasks);

describe('the stored search index', () => {
  const built = searchIndex();
  const key = indexKey(built.corpus.version, 'test');

  it('round-trips through its stored form (structured clone) to identical search results', async () => {
    const row = structuredClone(await toStored(built, key));
    const read = await fromStored(await storedCorpus(row), row, key);
    expect(read!.corpus).toEqual(built.corpus);
    expect(read).not.toBeNull();
    expect(read!.docs.map((d) => d.norm)).toEqual(built.docs.map((d) => d.norm));
    expect(read!.text.words).toEqual(built.text.words);
    for (const q of QUERIES) expect(answer(read!, q), q).toEqual(answer(built, q));
  });

  it('is refused for another revision, another build, or a corpus whose remarks differ', async () => {
    const row = await toStored(built, key);
    expect(await fromStored(built.corpus, row, indexKey(built.corpus.version, 'other build'))).toBeNull();
    expect(await fromStored(built.corpus, row, indexKey('another revision', 'test'))).toBeNull();
    const fewer = { ...built.corpus, remarks: built.corpus.remarks.slice(1) };
    expect(await fromStored(fewer, row, key)).toBeNull();
    const renamed = { ...built.corpus, remarks: built.corpus.remarks.map((r, i) => (i === 0 ? { ...r, id: 'x' } : r)) };
    expect(await fromStored(renamed, row, key)).toBeNull();
  });

  it('is built and stored on the first load, read back (corpus included) on the next, rebuilt when the revision changes', async () => {
    const store = memoryStore();
    const corpus = smallCorpus();
    let reads = 0;
    const read = (c: Corpus) => () => (reads++, Promise.resolve(c));
    const first = await loadSearchIndex(store, corpus.version, read(corpus), { build: 'b', later: now() });
    expect(first.from).toBe('built');
    await stored();
    expect([...store.rows.keys()]).toEqual([indexKey(corpus.version, 'b')]);

    const second = await loadSearchIndex(store, corpus.version, read(corpus), { build: 'b', later: now() });
    expect(second.from).toBe('stored');
    expect(reads).toBe(1);
    expect(answer(second.index, '村井')).toEqual(answer(first.index, '村井'));

    const changed: Corpus = { ...corpus, version: `${corpus.version}+1i-abc`, remarks: corpus.remarks.slice(1) };
    const third = await loadSearchIndex(store, changed.version, read(changed), { build: 'b', later: now() });
    expect(third.from).toBe('built');
    expect(third.index.docs).toHaveLength(buildSearchIndex(changed).docs.length);
    await stored();
    expect([...store.rows.keys()]).toEqual([indexKey(changed.version, 'b')]);

    // a new build of the extension does not trust the old row
    expect((await loadSearchIndex(store, changed.version, read(changed), { build: 'c', later: now() })).from).toBe('built');
  });

  it('uses a stored row for a corpus read first (revision unknown before), and survives a store that fails', async () => {
    const store = memoryStore();
    const corpus = smallCorpus();
    await loadSearchIndex(store, null, () => Promise.resolve(corpus), { later: now() });
    await stored();
    expect((await loadSearchIndex(store, null, () => Promise.resolve(corpus), { later: now() })).from).toBe('stored');
    const broken: IndexStore = { get: () => Promise.reject(new Error('no')), put: () => Promise.reject(new Error('full')) };
    const loaded = await loadSearchIndex(broken, corpus.version, () => Promise.resolve(corpus), { later: now() });
    expect(loaded.from).toBe('built');
  });
});

describe('the stored index in the database (table searchIndex, version 4)', () => {
  it('keeps the newest revision only and reads its typed arrays back', async () => {
    const db = fakeDb();
    const store = dexieIndexStore(db);
    const index = searchIndex();
    await store.put(await toStored(index, 'old'));
    await store.put(await toStored(index, 'new'));
    expect(await db.searchIndex.count()).toBe(1);
    expect(await store.get('old')).toBeUndefined();
    const row = (await store.get('new'))!;
    expect(row.normEnds).toBeInstanceOf(Int32Array);
    expect(row.postings).toBeInstanceOf(Uint8Array);
    expect(answer((await fromStored(index.corpus, row, 'new'))!, '中小企業 対策')).toEqual(answer(index, '中小企業 対策'));
    db.close();
  });
});
