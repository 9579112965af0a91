import { describe, expect, it } from 'vitest';
import { plainWords, splitQuery } from './query-syntax';

describe('splitQuery', () => {
  it('takes "…", 「…」 and 『…』 as exact phrases and the rest as free text', () => {
    expect(splitQuery('村井 "パワー グリッド" 停電')).toEqual({ phrases: ['パワー グリッド'], free: ['村井', '停電'] });
    expect(splitQuery('「サイバーセキュリティ2023」の目標')).toEqual({ phrases: ['サイバーセキュリティ2023'], free: ['の目標'] });
    expect(splitQuery('『戦略』')).toEqual({ phrases: ['戦略'], free: [] });
  });

  it('treats an unclosed quote as a phrase to the end, so a phrase being typed already works', () => {
    expect(splitQuery('対策 "中小企')).toEqual({ phrases: ['中小企'], free: ['対策'] });
  });

  it('ignores empty quotes and surrounding space', () => {
    expect(splitQuery('  "" 対策  ')).toEqual({ phrases: [], free: ['対策'] });
  });
});

describe('plainWords', () => {
  it('splits on ASCII and ideographic spaces and punctuation', () => {
    expect(plainWords('中小企業　対策、人材 育成。')).toEqual(['中小企業', '対策', '人材', '育成']);
  });
});
