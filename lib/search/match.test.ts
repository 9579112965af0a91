import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alternativeSpans, countAll, countAlternative, findAll } from './match';
import type { Alternative } from './types';

// Few characters, so needles often occur, overlap, and meet Latin word boundaries (a, b, 1 next to kana and spaces).
const char = fc.constantFrom('a', 'b', '1', ' ', '情', '報', 'セ', 'キ', 'の', 'を', '・');
const text = fc.array(char, { maxLength: 60 }).map((cs) => cs.join(''));
const needle = fc.array(char, { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));

/** findAll as it was written before counting shared its search: every offset, then the Latin word-boundary checks. */
function reference(t: string, n: string): number[] {
  const word = /[a-z0-9]/;
  const found: number[] = [];
  for (let at = t.indexOf(n); at !== -1; at = t.indexOf(n, at + 1)) {
    if (word.test(n[0]) && at > 0 && word.test(t[at - 1])) continue;
    if (n.length <= 3 && word.test(n[n.length - 1]) && at + n.length < t.length && word.test(t[at + n.length])) continue;
    found.push(at);
  }
  return found;
}

describe('counting occurrences without making them', () => {
  it('counts what findAll finds, word boundaries of Latin needles included', () => {
    fc.assert(
      fc.property(text, needle, (t, n) => {
        expect(findAll(t, n)).toEqual(reference(t, n));
        expect(countAll(t, n)).toBe(reference(t, n).length);
      }),
      { numRuns: 2000 },
    );
    expect(countAll('bot ot ot1 ota', 'ot')).toBe(1);
    expect(countAll('ああ', '')).toBe(0);
  });

  it('counts what alternativeSpans gives for a plain word, parts in order within a gap, and parts anywhere', () => {
    const alternative: fc.Arbitrary<Alternative> = fc.oneof(
      needle.map((t) => ({ text: t, via: 'typed' as const })),
      fc
        .tuple(fc.array(needle, { minLength: 2, maxLength: 3 }), fc.integer({ min: 0, max: 3 }))
        .map(([seq, gap]) => ({ text: seq.join('…'), via: 'parts' as const, seq, gap })),
      fc.array(needle, { minLength: 2, maxLength: 3 }).map((all) => ({ text: all.join('+'), via: 'loose' as const, all })),
    );
    fc.assert(
      fc.property(text, alternative, (t, alt) => {
        expect(countAlternative(t, alt)).toBe(alternativeSpans(t, alt).length);
      }),
      { numRuns: 3000 },
    );
  });
});
