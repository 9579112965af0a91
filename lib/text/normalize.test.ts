import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldsToItself, normalize, normalizeWithMap } from './normalize';

describe('normalize', () => {
  it('folds full-width Latin and digits to ASCII lower case', () => {
    expect(normalize('ＮＩＳＣ２０２３')).toBe('nisc2023');
  });
  it('treats the word-final long vowel as a spelling variant', () => {
    expect(normalize('サイバーセキュリティー対策')).toBe(normalize('サイバーセキュリティ対策'));
    expect(normalize('サーバー')).toBe(normalize('サーバ'));
  });
  it('keeps a long vowel inside a katakana word', () => {
    expect(normalize('サイバーセキュリティ')).toContain('サイバーセ');
  });
  it('drops the middle dot between katakana only', () => {
    expect(normalize('アクティブ・サイバー・ディフェンス')).toBe(normalize('アクティブサイバーディフェンス'));
    expect(normalize('政策・予算')).toBe('政策・予算');
  });
  it('half-width katakana become full-width', () => {
    expect(normalize('ｻｲﾊﾞｰ')).toBe(normalize('サイバ'));
  });
  it('maps every normalised unit back to a character start in the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const { text, map } = normalizeWithMap(s);
        expect(map.length).toBe(text.length);
        for (let k = 1; k < map.length; k++) expect(map[k]).toBeGreaterThanOrEqual(map[k - 1]);
        for (const m of map) expect(m).toBeLessThan(s.length);
      }),
    );
  });
});

describe('normalizeWithMap fast path', () => {
  const ranges: [number, number][] = [
    [0x20, 0x7e],
    [0x3041, 0x3096],
    [0x4e00, 0x4fff],
    [0xff01, 0xff5e],
    [0xff66, 0xff6f],
    [0xff71, 0xff9d],
  ];
  const char = fc
    .constantFrom(...ranges)
    .chain(([lo, hi]) => fc.integer({ min: lo, max: hi }))
    .map((cp) => String.fromCodePoint(cp));

  it('agrees with whole-string NFKC and lower case on text without marks, dots or long vowels', () => {
    fc.assert(
      fc.property(fc.array(char, { maxLength: 60 }), (cs) => {
        const s = cs.join('');
        expect(normalize(s)).toBe(s.normalize('NFKC').toLowerCase());
      }),
      { numRuns: 500 },
    );
  });
});

it('keeps every unit of a character NFKC expands a lot', () => {
  const s = 'a\uFDFA'.repeat(50);
  expect(normalize(s)).toBe(s.normalize('NFKC').toLowerCase());
});

describe('normalizeWithMap and the buffers it reuses', () => {
  it('gives the same for a text whatever was normalised before it', () => {
    const text = fc
      .array(fc.constantFrom('サ', 'ー', '・', 'イ', '村', 'ﾊﾞ', 'Ａ', ' ', '𠮷', 'ﷺ'), { maxLength: 30 })
      .map((cs) => cs.join(''));
    fc.assert(
      fc.property(text, text, (before, s) => {
        const alone = normalizeWithMap(s);
        normalizeWithMap(before + 'セキュリティー・'.repeat(40));
        expect(normalizeWithMap(s)).toEqual(alone);
      }),
      { numRuns: 300 },
    );
  });
});

describe('foldsToItself', () => {
  it('holds only units that NFKC and lower case leave as they are', () => {
    for (let c = 0x80; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const unit = String.fromCharCode(c);
      if (foldsToItself(c) && unit.normalize('NFKC').toLowerCase() !== unit) throw new Error(`U+${c.toString(16)}`);
    }
  });
});
