import { describe, expect, it } from 'vitest';
import { planQuery } from './plan';
import { search } from './search';
import { searchIndex } from './testing/corpus';
import { vocabularyAnalysis } from './vocab-analysis';
import { warmUp, warmingQueries } from './warm';

const QUERIES = ['中小企業 対策', 'パワーグリッド', '"重要インフラ"', 'むらい', 'サイバーセキュリテイ', '情報共有', '官民の協力'];

const answer = (index: ReturnType<typeof searchIndex>, q: string) => {
  const r = search(index, planQuery(q, index, vocabularyAnalysis(index)));
  return [r.live, r.clauseCounts, r.facets, r.hits.map((h) => [h.doc.remark.id, h.score, h.matched, h.occurrences])];
};

describe('warming the engine up', () => {
  it("asks the corpus's own common words, and a misspelt one no remark holds", () => {
    const index = searchIndex();
    const queries = warmingQueries(index);
    expect(queries.length).toBe(5);
    const [kanji, katakana, two, compound, misspelt] = queries;
    for (const w of [kanji, katakana, compound, ...two.split(' ')]) expect(index.text.documentFrequency(w), w).toBeGreaterThan(0);
    expect(index.text.docsWith(misspelt)).toHaveLength(0);
    expect(misspelt).toHaveLength(katakana.length);
  });

  it('leaves nothing behind: every query answers as on an index never warmed, and lookups are made again', async () => {
    const warmed = searchIndex();
    const looked = warmed.text.docsWith(warmingQueries(warmed)[0]);
    let calls = 0;
    await warmUp(warmed, vocabularyAnalysis(warmed), (task) => (calls++, setTimeout(task, 0)), 2);
    expect(calls).toBe(2 * warmingQueries(warmed).length + 1);
    // the cache was emptied: the same lookup is made again (an equal, not the same, array)
    const again = warmed.text.docsWith(warmingQueries(warmed)[0]);
    expect(again).not.toBe(looked);
    expect(again).toEqual(looked);
    const fresh = searchIndex();
    for (const q of [...QUERIES, ...warmingQueries(fresh)]) expect(answer(warmed, q), q).toEqual(answer(fresh, q));
  });
});
