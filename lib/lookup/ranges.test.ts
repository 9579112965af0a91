import { describe, expect, it } from 'vitest';
import { findRanges, mergeRanges } from './ranges';
import { snippetWindow } from './snippet';

const slices = (text: string, needles: string[]) => findRanges(text, needles).map((r) => text.slice(r.start, r.end));

describe('findRanges', () => {
  it('finds full-width spellings of an ASCII needle', () => {
    expect(slices('ＮＩＳＣと内閣', ['NISC'])).toEqual(['ＮＩＳＣ']);
  });

  it('finds a needle written with or without middle dots and a final long vowel', () => {
    expect(slices('アクティブ・サイバー・ディフェンスの議論', ['アクティブサイバーディフェンス'])).toEqual([
      'アクティブ・サイバー・ディフェンス',
    ]);
    expect(slices('サイバーセキュリティーの確保', ['サイバーセキュリティ'])).toEqual(['サイバーセキュリティー']);
  });

  it('finds every occurrence and ignores empty needles', () => {
    expect(slices('村井、村井', ['村井', ''])).toEqual(['村井', '村井']);
  });
});

describe('mergeRanges', () => {
  it('joins overlapping and touching ranges', () => {
    expect(
      mergeRanges([
        { start: 5, end: 7 },
        { start: 0, end: 2 },
        { start: 2, end: 3 },
        { start: 6, end: 9 },
      ]),
    ).toEqual([
      { start: 0, end: 3 },
      { start: 5, end: 9 },
    ]);
  });
});

describe('snippetWindow', () => {
  it('keeps a short text whole', () => {
    expect(snippetWindow('短い発言', [], 10)).toEqual({ start: 0, end: 4, ranges: [], cutStart: false, cutEnd: false });
  });

  it('moves the window so the first match is visible, with context before it', () => {
    const w = snippetWindow('x'.repeat(100) + 'MATCH' + 'y'.repeat(100), [{ start: 100, end: 105 }], 40);
    expect(w.start).toBe(90);
    expect(w.ranges).toEqual([{ start: 10, end: 15 }]);
    expect(w.cutStart && w.cutEnd).toBe(true);
  });
});
