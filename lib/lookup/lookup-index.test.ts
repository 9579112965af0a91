import { describe, expect, it } from 'vitest';
import { smallCorpus } from '../db/testing/small-corpus';
import { buildLookupIndex, lookup } from './lookup-index';
import { queryForms } from './query-forms';

const corpus = smallCorpus();
const index = buildLookupIndex(corpus.people, corpus.terms, new Map([['p-murai-jun', 3]]));
const first = (q: string) => lookup(index, q)[0]?.label;

describe('popup lookup', () => {
  it.each(['村井', '村井純', '村井 純', 'むらい', 'ムライ', 'murai', 'Murai', 'ｍｕｒａｉ', 'Jun Murai', 'murai jun', 'muraij'])(
    'finds 村井純 by %s',
    (q) => expect(first(q)).toBe('村井純'),
  );

  it.each(['のうどう', 'ノウドウ', 'noudou', '能動', 'アクティブサイバー', 'アクティブ・サイバー', 'active cyber', 'サイバー防御'])(
    'finds 能動的サイバー防御 by %s',
    (q) => expect(first(q)).toBe('能動的サイバー防御'),
  );

  it('finds an acronym in any case and width', () => {
    expect(first('nisc')).toBe('NISC');
    expect(first('ＮＩＳＣ')).toBe('NISC');
    expect(first('内閣サイバー')).toBe('NISC');
  });

  it('ranks the person with more remarks first when two names share a prefix', () => {
    expect(lookup(index, 'むら').map((h) => h.label)).toEqual(['村井純', '村田隆']);
  });

  it('ranks an exact name above a longer name it begins', () => {
    const hits = lookup(index, '村田隆');
    expect(hits[0].score).toBeGreaterThan(lookup(index, '村田')[0].score);
  });

  it('does not match a single character inside a name', () => {
    expect(lookup(index, '純')).toEqual([]);
  });

  it('answers nothing for an empty or blank query', () => {
    expect(lookup(index, '')).toEqual([]);
    expect(lookup(index, '  ')).toEqual([]);
  });

  it('respects the limit', () => {
    expect(lookup(index, 'む', 1)).toHaveLength(1);
  });
});

describe('queryForms', () => {
  it('turns romaji into kana and drops an unfinished last syllable', () => {
    expect(queryForms('murai')).toEqual(['murai', 'むらい']);
    expect(queryForms('noud')).toEqual(['noud', 'のう']);
  });

  it('puts katakana and hiragana in one script', () => {
    expect(queryForms('ムライ')).toEqual(['ムライ', 'むらい']);
  });
});

describe('queryForms on acronyms', () => {
  it('gives an acronym that is not romaji no kana form', () => {
    expect(queryForms('NISC')).toEqual(['nisc']);
    expect(queryForms('ACD')).toEqual(['acd']);
  });
});
