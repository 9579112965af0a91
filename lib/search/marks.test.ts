import { describe, expect, it } from 'vitest';
import { findRanges } from '../lookup/ranges';
import { marksOf } from './marks';
import { planQuery } from './plan';
import { matchedStrings, search } from './search';
import { searchIndex } from './testing/corpus';

const index = searchIndex();

describe('marks of a result page', () => {
  it('are findRanges of the strings each hit matched, found once per hit', () => {
    const [hit] = search(index, planQuery('アクティブサイバーディフェンス', index)).first(1);
    const marks = marksOf(hit);
    expect(marks).toEqual(findRanges(hit.doc.remark.text, matchedStrings(hit)));
    expect(marks.length).toBeGreaterThan(0);
    expect(marksOf(hit)).toBe(marks);
  });

  it('are none for the empty query', () => {
    const [hit] = search(index, []).first(1);
    expect(marksOf(hit)).toEqual([]);
  });
});
