import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeWithMap } from '../text/normalize';
import { buildMatchText, isSpaceUnit } from './match-text';

/** The match text as specified: each segment normalised alone, joined, each run of white space one space. */
function specified(segments: readonly string[]): { text: string; map: number[] } {
  let text = '';
  const map: number[] = [];
  let base = 0;
  let afterSpace = false;
  for (const segment of segments) {
    const normalized = normalizeWithMap(segment);
    for (let k = 0; k < normalized.text.length; k++) {
      const space = /\s/.test(normalized.text[k]);
      if (space && afterSpace) continue;
      afterSpace = space;
      text += space ? ' ' : normalized.text[k];
      map.push(base + normalized.map[k]);
    }
    base += segment.length;
  }
  return { text, map };
}

/** Text of the kinds pages hold: kana with dots and long vowels, kanji, full and half width, marks, spaces, astral. */
const piece = fc.constantFrom(
  'サイバー',
  'セキュリティー',
  '・',
  'ー',
  '村井',
  '純',
  'ｻｲﾊﾞｰ',
  'ＮＩＳＣ',
  'Jun Murai',
  ' ',
  '\u3000',
  '\n\t',
  '\u00a0',
  'は\u3099',
  'e\u0301',
  '㍻',
  'ﷺ',
  '𠮷',
  '\ud800',
  '、',
  '。',
  'A',
  '',
);
const segment = fc.array(piece, { maxLength: 12 }).map((ps) => ps.join(''));

describe('buildMatchText', () => {
  it('is the segments normalised one by one and joined, white space collapsed', () => {
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 5 }), (segments) => {
        const built = buildMatchText(segments);
        const expected = specified(segments);
        expect(built.text).toBe(expected.text);
        expect([...built.map]).toEqual(expected.map);
        expect(built.originalLength).toBe(segments.join('').length);
      }),
      { numRuns: 400 },
    );
  });

  it('does not depend on what was built before it (its buffers are reused)', () => {
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 4 }), fc.array(segment, { minLength: 1, maxLength: 4 }), (before, segments) => {
        const alone = buildMatchText(segments);
        const aloneMap = [...alone.map];
        buildMatchText(before.length ? before : ['サイバー・セキュリティー'.repeat(50)]);
        const after = buildMatchText(segments);
        expect(after.text).toBe(alone.text);
        expect([...after.map]).toEqual(aloneMap);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps long texts whole, in buffers kept and buffers of their own', () => {
    const long = 'サイバー・セキュリティー 村井純\u3000'.repeat(5000);
    expect(buildMatchText([long, long]).text).toBe(specified([long, long]).text);
  });

  it('keeps every unit of a long text NFKC expands, as its arrays grow again and again past what is kept', () => {
    // ﷺ folds to 18 units (with spaces inside, none at its ends), so 6,000 of them outgrow every array on the way
    const one = buildMatchText(['ﷺ']).text;
    const built = buildMatchText(['ﷺ'.repeat(6000) + 'サイバー']);
    expect(built.text).toBe(one.repeat(6000) + 'サイバ');
    for (let k = 0; k < 6000 * one.length; k += 997) expect(built.map[k]).toBe(Math.floor(k / one.length));
  });
});

describe('isSpaceUnit', () => {
  it('is /\\s/ for every UTF-16 unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      if (isSpaceUnit(c) !== /\s/.test(String.fromCharCode(c))) throw new Error(`U+${c.toString(16)}`);
    }
  });
});
