import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalize } from '../text/normalize';
import { contentWords } from './analyze';
import { planQuery } from './plan';
import { matchedStrings, search } from './search';
import { buildSearchIndex, normalizeInSlices } from './search-index';
import { find, findFull, searchIndex } from './testing/corpus';
import { type JapaneseTokenizer, loadTokenizer } from './tokenizer';

const index = searchIndex();

describe('search with plain matching', () => {
  it('ranks the remarks holding every word first (AND within one remark), then those holding some as partial matches', () => {
    expect(findFull(index, '中小企業 対策')).toEqual(['hq-036-r3']);
    const result = search(index, planQuery('中小企業 対策', index));
    expect(result.live).toBe(2);
    expect(result.hits[0].doc.remark.id).toBe('hq-036-r3');
    expect(result.hits.slice(1).every((h) => h.matched === 1)).toBe(true);
    expect(result.hits.length).toBeGreaterThan(1);
    expect(find(index, '中小企業').sort()).toEqual(['hq-036-r3', 'hq-036-r4']);
  });

  it('finds パワーグリッド in 村井純 2022 remark', () => {
    const hits = search(index, planQuery('パワーグリッド', index)).hits;
    expect(hits.map((h) => [h.doc.remark.id, h.doc.speaker?.name, h.doc.meeting.date])).toEqual([['hq-034-r1', '村井純', '2022-06-17']]);
  });

  it('matches a quoted phrase exactly, not its words anywhere', () => {
    expect(find(index, '"ロシア系からヨーロッパ系"')).toEqual(['hq-034-r1']);
    expect(find(index, '「ヨーロッパ系からロシア系」')).toEqual([]);
    expect(find(index, 'ヨーロッパ系 ロシア系')).toEqual(['hq-034-r1']);
  });

  it('expands a term to its synonyms: 能動的サイバー防御 also finds アクティブ・サイバー・ディフェンス', () => {
    expect(find(index, '能動的サイバー防御').sort()).toEqual(['hq-034-r2', 'hq-036-r1', 'hq-036-r2']);
    expect(find(index, 'active cyber defense').sort()).toEqual(['hq-034-r2', 'hq-036-r1', 'hq-036-r2']);
  });

  it('finds spelling variants through normalisation (アクティブサイバーディフェンス, サイバーセキュリティー, ＮＩＳＣ)', () => {
    expect(find(index, 'アクティブサイバーディフェンス')).toContain('hq-036-r1');
    expect(find(index, 'サイバーセキュリティー')).toEqual(expect.arrayContaining(['hq-001-r1', 'hq-036-r5']));
    expect(find(index, 'ＮＩＳＣ').sort()).toEqual(['hq-001-r2', 'hq-036-r1']);
  });

  it('finds the intended word through a typo (ランサムウエア, サイバーセキュリテイ)', () => {
    expect(find(index, 'ランサムウエア')).toEqual(['hq-036-r5']);
    expect(find(index, 'サイバーセキュリテイ')).toEqual(expect.arrayContaining(['hq-001-r1', 'hq-036-r5']));
  });

  it('finds a person by kanji, kana and romaji: 村井, むらい, ムライ, murai', () => {
    const muraiRemarks = ['hq-001-r2', 'hq-034-r1', 'hq-036-r1'];
    for (const q of ['村井', '村井純', 'むらい', 'ムライ', 'murai', 'Jun Murai']) expect(find(index, q).sort(), q).toEqual(muraiRemarks);
  });

  it('does not take a kana word that starts no reading for a name', () => {
    expect(find(index, 'むらさき')).toEqual([]);
  });

  it('combines a name with a word: 村井 パワーグリッド', () => {
    expect(findFull(index, '村井 パワーグリッド')).toEqual(['hq-034-r1']);
    expect(find(index, '村井 パワーグリッド')[0]).toBe('hq-034-r1');
    expect(findFull(index, '高市 パワーグリッド')).toEqual([]);
  });

  it('never comes back empty when some words of the query are found: a word the corpus never uses is left out', () => {
    const result = search(index, planQuery('パワーグリッド ブロックチェーン', index));
    expect(result.clauseCounts).toEqual([1, 0]);
    expect(result.live).toBe(1);
    expect(result.hits.map((h) => [h.doc.remark.id, h.matched])).toEqual([['hq-034-r1', 1]]);
  });

  it('does not find an acronym inside a longer Latin word', () => {
    expect(find(index, 'nis')).toEqual([]);
  });

  it('lists every remark, newest meeting first, for an empty query', () => {
    const all = find(index, '');
    expect(all).toHaveLength(index.docs.length);
    expect(all[0].startsWith('hq-036')).toBe(true);
    expect(all[all.length - 1].startsWith('hq-001')).toBe(true);
  });

  it('reports the normalised strings it matched, for marking', () => {
    const hits = search(index, planQuery('アクティブサイバーディフェンス', index)).hits;
    const byId = new Map(hits.map((h) => [h.doc.remark.id, matchedStrings(h)]));
    expect(byId.get('hq-036-r1')).toEqual(['アクティブサイバーディフェンス']);
    expect(byId.get('hq-034-r2')).toEqual([normalize('能動的サイバー防御')]);
  });
});

describe('filters', () => {
  it('narrows by speaker', () => {
    expect(find(index, '', { filters: { speakers: ['p-murai-jun'] } }).sort()).toEqual(['hq-001-r2', 'hq-034-r1', 'hq-036-r1']);
    expect(find(index, '', { filters: { speakers: ['?委員'] } })).toEqual(['hq-036-r3']);
  });

  it('narrows by date range, inclusive', () => {
    expect(find(index, '', { filters: { from: '2022-06-17', to: '2022-06-17' } }).sort()).toEqual(['hq-034-r1', 'hq-034-r2']);
    expect(find(index, '村井', { filters: { from: '2016-01-01' } }).sort()).toEqual(['hq-034-r1', 'hq-036-r1']);
  });

  it('narrows by meeting, body, section, term and spoken or written', () => {
    expect(find(index, '', { filters: { meetings: ['hq-001'] } })).toHaveLength(3);
    expect(find(index, '', { filters: { bodies: ['サイバーセキュリティ推進専門家会議'] } })).toEqual([]);
    expect(find(index, '', { filters: { sections: ['意見交換'] } }).sort()).toEqual(['hq-001-r2', 'hq-001-r3']);
    expect(find(index, '', { filters: { terms: ['t-nisc'] } }).sort()).toEqual(['hq-001-r2', 'hq-036-r1']);
    expect(find(index, '能動的サイバー防御', { filters: { mode: 'written' } })).toEqual(['hq-036-r2']);
    expect(find(index, '能動的サイバー防御', { filters: { mode: 'spoken' } }).sort()).toEqual(['hq-034-r2', 'hq-036-r1']);
  });

  it('counts each facet without its own filter, so the other speakers stay choosable', () => {
    const { facets, hits } = search(index, planQuery('能動的サイバー防御', index), { filters: { speakers: ['p-murai-jun'] } });
    expect(hits.map((h) => h.doc.remark.id)).toEqual(['hq-036-r1']);
    expect(facets.speakers.map((s) => [s.key, s.count]).sort()).toEqual([
      ['p-murai-jun', 1],
      ['p-nakatani-kazuhiro', 1],
      ['p-takaichi-sanae', 1],
    ]);
    expect(facets.meetings.map((m) => [m.key, m.count])).toEqual([['hq-036', 1]]);
  });

  it('lists meetings in the per-meeting counts oldest first', () => {
    const { facets } = search(index, planQuery('村井', index));
    expect(facets.meetings.map((m) => m.key)).toEqual(['hq-001', 'hq-034', 'hq-036']);
  });
});

describe('search with kuromoji analysis', () => {
  let tokenizer: JapaneseTokenizer;
  beforeAll(async () => {
    tokenizer = await loadTokenizer(fileURLToPath(new URL('../../node_modules/@sglkc/kuromoji/dict/', import.meta.url)));
  }, 60_000);
  const analysed = (q: string) =>
    search(
      index,
      planQuery(q, index, (chunks) => chunks.flatMap((c) => contentWords(tokenizer.tokenize(c)))),
    ).hits.map((h) => h.doc.remark.id);

  it('finds 中小企業の対策 as 中小企業 AND 対策 in one remark, first', () => {
    expect(analysed('中小企業の対策')[0]).toEqual('hq-036-r3');
  });

  it('searches a compound that never occurs whole as its parts (重要インフラ連携 → 重要インフラ AND 連携)', () => {
    expect(analysed('インフラの横の連携')).toEqual(['hq-036-r1']);
  });

  it('plans 中小企業のセキュリティ対策 as two concepts, SMEs and security measures', () => {
    const clauses = planQuery('中小企業のセキュリティ対策', index, (chunks) => chunks.flatMap((c) => contentWords(tokenizer.tokenize(c))));
    expect(clauses.map((c) => c.label)).toEqual(['中小企業', 'セキュリティ対策']);
    expect(clauses.map((c) => c.concepts?.map((x) => x.en))).toEqual([['small and medium-sized enterprises'], ['security measures']]);
  });

  it('reads 情報の共有 as the compound 情報共有 (information sharing), and finds 情報を共有 too', () => {
    const clauses = planQuery('情報の共有', index, (chunks) => chunks.flatMap((c) => contentWords(tokenizer.tokenize(c))));
    expect(clauses.map((c) => c.concepts?.[0]?.id)).toEqual(['c-information-sharing']);
  });

  it('searches an unknown compound as its parts in order first, then its parts anywhere', () => {
    const clauses = planQuery('国産技術', index, () => [{ text: '国産技術', parts: ['国産', '技術'] }]);
    expect(clauses[0].alternatives.map((a) => a.via)).toEqual(['typed', 'parts', 'loose']);
  });
});

describe('terms in queries', () => {
  it('leaves a term without synonyms to analysis, so its words match apart', () => {
    const base = searchIndex().corpus;
    const corpus = { ...base, terms: [...base.terms, { id: 't-taisaku', label: '中小企業の対策', aliases: [], remarkIds: ['hq-036-r3'] }] };
    const index = buildSearchIndex(corpus);
    // (中小企業 itself is a concept of the thesaurus; the term 中小企業の対策 is not recognised as a whole)
    expect(planQuery('中小企業の対策', index).flatMap((c) => c.termIds)).toEqual([]);
  });
});

describe('clause labels', () => {
  it('keep the query as typed while matching on normalised text', () => {
    const index = searchIndex();
    expect(planQuery('能動的サイバー防御 サイバーセキュリティー "ＮＩＳＣの役割"', index).map((c) => c.label)).toEqual([
      'ＮＩＳＣの役割',
      '能動的サイバー防御',
      'サイバーセキュリティー',
    ]);
  });
});

describe('building the index in slices', () => {
  it('gives the same index as building it at once, pausing between slices', async () => {
    const corpus = searchIndex().corpus;
    let pauses = 0;
    const norms = await normalizeInSlices(corpus.remarks, 0, async () => void pauses++);
    expect(pauses).toBeGreaterThan(0);
    expect(buildSearchIndex(corpus, norms).docs.map((d) => d.norm)).toEqual(buildSearchIndex(corpus).docs.map((d) => d.norm));
  });
});
