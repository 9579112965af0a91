import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { enlargeCorpus } from '../../bench/gen-corpus';
import type { Corpus } from '../corpus/types';
import { planQuery } from './plan';
import { search } from './search';
import { buildSearchIndex } from './search-index';
import type { SearchFilters, SearchHit, SortOrder } from './types';
import { vocabularyAnalysis } from './vocab-analysis';

const corpusPath = fileURLToPath(new URL('../../public/corpus.json', import.meta.url));

// Large enough that broad queries find several times the ranked head (100 hits), which is ordered before the rest.
describe.skipIf(!existsSync(corpusPath))('results ordered only as far as they are read (the bundled corpus ×4)', () => {
  const index = buildSearchIndex(enlargeCorpus(JSON.parse(readFileSync(corpusPath, 'utf8')) as Corpus, 4));
  const analyse = vocabularyAnalysis(index);
  const newestFirst = [...index.docs]
    .sort((a, b) => (a.meeting.date !== b.meeting.date ? (a.meeting.date < b.meeting.date ? 1 : -1) : 0))
    .map((d) => d.remark.id);
  const rank = new Map(newestFirst.map((id, i) => [id, i]));
  // (the sort above is stable: within a date, index.docs keeps meeting id and remark order)
  const comesBefore = (a: SearchHit, b: SearchHit) =>
    a.matched > b.matched ||
    (a.matched === b.matched && (a.score > b.score || (a.score === b.score && rank.get(a.doc.remark.id)! < rank.get(b.doc.remark.id)!)));
  const queries = [
    '中小企業 対策',
    'サイバーセキュリティ',
    '官民の協力',
    '情報共有',
    'サイバーセキュリテイ',
    '取引先を経由した攻撃',
    '"重要インフラ"',
    '高市',
  ];
  const sorts: SortOrder[] = ['relevance', 'newest', 'oldest'];
  const filterSets: SearchFilters[] = [{}, { from: '2020-01-01' }];

  it('gives the same hits, in the same order, whether read a page at a time or all at once', () => {
    for (const q of queries)
      for (const sort of sorts)
        for (const filters of filterSets) {
          const clauses = planQuery(q, index, analyse);
          const paged = search(index, clauses, { sort, filters });
          const page = paged.first(30);
          const all = search(index, clauses, { sort, filters }).hits;
          expect(paged.count).toBe(all.length);
          for (const k of [0, 1, 30, 99, 100, 101, 250, all.length + 1])
            expect(paged.first(k).map((h) => h.doc.remark.id)).toEqual(all.slice(0, k).map((h) => h.doc.remark.id));
          // one object per hit: the page's marks found once serve the whole order too
          page.forEach((h, i) => expect(paged.hits[i]).toBe(h));
          expect(paged.hits.map((h) => [h.doc.remark.id, h.score, h.matched])).toEqual(
            all.map((h) => [h.doc.remark.id, h.score, h.matched]),
          );
          expect(paged.full).toBe(all.filter((h) => h.matched >= paged.live).length);
        }
  });

  it('gives the same when read after other searches (they reuse the arrays a search fills before it returns)', () => {
    const plans = queries.map((q) => planQuery(q, index, analyse));
    const summary = (hits: readonly SearchHit[]) => hits.map((h) => [h.doc.remark.id, h.score, h.matched, h.occurrences]);
    for (const sort of sorts) {
      const results = plans.map((clauses) => search(index, clauses, { sort }));
      plans.forEach((clauses, i) => expect(summary(results[i].hits)).toEqual(summary(search(index, clauses, { sort }).hits)));
    }
  });

  it('ranks by relevance as a full sort would: the head and the rest each in order, the head before all the rest', () => {
    let longer = 0;
    for (const q of queries)
      for (const filters of filterSets) {
        const result = search(index, planQuery(q, index, analyse), { filters });
        const hits = result.hits;
        if (hits.length > 100) longer++;
        const head = hits.slice(0, 100);
        const rest = hits.slice(100);
        // The head's order includes the proximity bonus; the rest never gets one (it only raises scores, so the head,
        // ranked before the rest without it, stays before it with it).
        for (const part of [head, rest]) for (let i = 1; i < part.length; i++) expect(comesBefore(part[i - 1], part[i])).toBe(true);
        const lastOfHead = head.reduce<SearchHit | null>((worst, h) => (!worst || comesBefore(worst, h) ? h : worst), null);
        for (const r of rest) expect(comesBefore(lastOfHead!, r)).toBe(true);
        if (result.live <= 1) for (let i = 1; i < hits.length; i++) expect(comesBefore(hits[i - 1], hits[i])).toBe(true);
      }
    expect(longer).toBeGreaterThan(4);
  });
});
