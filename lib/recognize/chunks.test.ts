import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planChunks } from './chunks';

function texts(segments: string[], maxChars: number, patternChars = new Set<string>()): string[] {
  return planChunks(segments, maxChars, patternChars).map((c) => c.pieces.map((p) => segments[p.segment].slice(p.from, p.to)).join(''));
}

describe('planChunks', () => {
  it('keeps a short block whole', () => {
    expect(texts(['村井純氏', 'は'], 100)).toEqual(['村井純氏は']);
  });
  it('cuts a long block right after clause punctuation', () => {
    expect(texts(['あいうえお。かきくけこ。さしすせそ'], 4)).toEqual(['あいうえお。', 'かきくけこ。', 'さしすせそ']);
  });
  it('never cuts after punctuation that a pattern contains', () => {
    expect(texts(['あいうえお、かきくけこ。さし'], 6, new Set(['、']))).toEqual(['あいうえお、かきくけこ。', 'さし']);
  });
  it('covers every character exactly once, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 30 }), { maxLength: 6 }), fc.integer({ min: 1, max: 20 }), (segments, max) => {
        expect(texts(segments, max).join('')).toBe(segments.join(''));
      }),
    );
  });
});
