import { describe, expect, it } from 'vitest';
import type { Corpus, Remark } from '../corpus/types';
import { smallCorpus } from '../db/testing/small-corpus';
import { type ClauseMatch } from './match';
import { planQuery } from './plan';
import { inverseDocumentFrequency, scoreRemark, shortestCover } from './rank';
import { search } from './search';
import { buildSearchIndex } from './search-index';
import { find, searchIndex } from './testing/corpus';

/** A corpus of the given remark texts, all in one meeting of the small corpus, in order. */
function corpusOf(texts: string[], base: Corpus = smallCorpus()): Corpus {
  const remarks: Remark[] = texts.map((text, i) => ({
    id: `r${i + 1}`,
    meetingId: 'hq-034',
    order: i + 1,
    section: '討議',
    speakerId: 'p-nakatani-kazuhiro',
    speakerLabel: '中谷本部員',
    text,
  }));
  return { ...base, remarks };
}

const span = (start: number, end: number) => ({ start, end, via: 'typed' as const });
const match = (...spans: ReturnType<typeof span>[]): ClauseMatch => ({ spans, bySpeaker: false, byTermLink: false });

describe('ranking', () => {
  it('ranks a remark that keeps returning to the word above one that mentions it once', () => {
    const index = buildSearchIndex(
      corpusOf(['脆弱性の話をする。他にも論点はあるが省略する。', '脆弱性が問題だ。脆弱性の管理と脆弱性の公表が要る。']),
    );
    expect(find(index, '脆弱性')).toEqual(['r2', 'r1']);
  });

  it('ranks a short remark above a long one with the same number of matches', () => {
    const filler = 'その他の事項について、関係省庁と調整の上で進めていく。'.repeat(8);
    const index = buildSearchIndex(corpusOf([`脆弱性の話。${filler}`, '脆弱性の話。']));
    expect(find(index, '脆弱性')).toEqual(['r2', 'r1']);
  });

  it('weighs the rare word of a query more than the common one', () => {
    const index = buildSearchIndex(
      corpusOf(['対策を講じる。', '対策を講じる。', '対策を講じる。', '対策と演習。', '演習を行う。対策も。演習。']),
    );
    // r5 holds the rare 演習 twice; r4 holds each word once.
    expect(find(index, '対策 演習').slice(0, 2)).toEqual(['r5', 'r4']);
  });

  it('ranks remarks where the words stand together above those where they are far apart', () => {
    const gap = '関係省庁と調整を進める。'.repeat(10);
    const index = buildSearchIndex(corpusOf([`人材の話。${gap}育成の話。`, `人材の育成の話。${gap}`]));
    expect(find(index, '人材 育成')).toEqual(['r2', 'r1']);
  });

  it('scores an occurrence of the word as typed above a fuzzy stand-in for it', () => {
    const doc = buildSearchIndex(corpusOf(['サプライチェーンの強化。'])).docs[0];
    const typed = scoreRemark(doc, [match(span(0, 8))], [1], 20);
    const fuzzy = scoreRemark(doc, [{ spans: [{ start: 0, end: 8, via: 'fuzzy' }], bySpeaker: false, byTermLink: false }], [1], 20);
    expect(typed).toBeGreaterThan(fuzzy);
  });

  it("ranks a person's own remarks above remarks that only mention them", () => {
    const index = searchIndex();
    const hits = search(index, planQuery('中谷', index)).hits;
    expect(hits[0].doc.remark.speakerId).toBe('p-nakatani-kazuhiro');
  });

  it('sorts by date when asked, newest or oldest first, whatever the relevance', () => {
    const index = searchIndex();
    expect(find(index, '村井', { sort: 'newest' })).toEqual(['hq-036-r1', 'hq-034-r1', 'hq-001-r2']);
    expect(find(index, '村井', { sort: 'oldest' })).toEqual(['hq-001-r2', 'hq-034-r1', 'hq-036-r1']);
  });

  it('gives rarer clauses a higher inverse document frequency', () => {
    expect(inverseDocumentFrequency(100, 1)).toBeGreaterThan(inverseDocumentFrequency(100, 50));
    expect(inverseDocumentFrequency(100, 100)).toBeGreaterThan(0);
  });

  it('measures the shortest stretch that holds every clause', () => {
    expect(shortestCover([match(span(0, 2), span(50, 52)), match(span(40, 42))])).toBe(12);
    expect(shortestCover([match(span(0, 2)), match()])).toBe(Infinity);
  });
});
