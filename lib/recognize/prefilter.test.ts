import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePatterns } from './compile';
import { fixtureCorpus } from './fixture-corpus';
import { type Prefilter, PrefilterTest, buildPrefilter, foldUnit } from './prefilter';

/** The pre-filter's meaning, written plainly: NFKC and lower case first, then pairs and words (no shortcuts). */
function reference(prefilter: Prefilter, text: string): boolean {
  const folded = text.normalize('NFKC').toLowerCase();
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < prefilter.pairs.length; i += 2) pairs.add(prefilter.pairs.slice(i, i + 2));
  const units = [...folded]
    .join('')
    .split('')
    .filter((c) => !/[ \t\n\v\f\r・ー]/.test(c));
  for (let i = 0; i + 1 < units.length; i++) if (pairs.has(units[i] + units[i + 1])) return true;
  return (folded.match(/[a-z0-9]+/g) ?? []).some((word) => prefilter.words.includes(word));
}

const prefilter = buildPrefilter(compilePatterns(fixtureCorpus).patterns.map((p) => p.text));
const test = new PrefilterTest(prefilter);

describe('PrefilterTest', () => {
  it('folds every unit it accepts exactly as NFKC and lower case do', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const folded = foldUnit(c);
      if (folded >= 0) expect(String.fromCharCode(folded), c.toString(16)).toBe(String.fromCharCode(c).normalize('NFKC').toLowerCase());
    }
  });

  it('answers as the plain definition does, on text mixing pattern keys, kana marks, full-width and compatibility forms', () => {
    // the first units of pairs, their follow-ups, and characters near the edges of what the fast path folds
    const keys = prefilter.pairs + prefilter.words.join(' ');
    const edges = ' \u3000\u00a0・ーｰﾞﾟ\u3099\u309a゛゜ｶﾞ①㈱ＮＩＳＣ＿é\u0301ÉßªİK\u212a…“”—\t\n';
    const text = fc.string({ unit: fc.constantFrom(...(keys + edges + 'abcxyz01 漢字かなカナ').split('')), maxLength: 24 });
    fc.assert(
      fc.property(text, (t) => test.test(t) === reference(prefilter, t)),
      { numRuns: 3000 },
    );
  });

  it('answers as the plain definition does on ASCII and punctuation, also where a pair key begins with one of them', () => {
    const base = compilePatterns(fixtureCorpus).patterns.map((p) => p.text);
    const variants = [prefilter, buildPrefilter([...base, '+81']), buildPrefilter([...base, '“x”'])];
    expect(variants[1].pairs).toContain('+8');
    expect(variants[2].pairs).toContain('“x');
    const tests = variants.map((v) => new PrefilterTest(v));
    const units = (prefilter.words.join(' ') + 'ABCXYZ0189 .,-_+()/\t\n\u00a0·‐–—‘’“”•…éÉ').split('');
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...units), maxLength: 32 }), (t) => {
        tests.forEach((one, i) => expect(one.test(t), `${i}: ${t}`).toBe(reference(variants[i], t)));
      }),
      { numRuns: 4000 },
    );
    expect(tests[1].test('call +81 3')).toBe(true);
    expect(tests[2].test('the “x” mark')).toBe(true);
    expect(test.test('call +81 3 for the “x” mark')).toBe(false);
  });

  it('answers the same for the same keys in any order', () => {
    const keys: string[] = [];
    for (let i = 0; i + 1 < prefilter.pairs.length; i += 2) keys.push(prefilter.pairs.slice(i, i + 2));
    // ordered by their second unit: the keys that begin with one unit are no longer neighbours
    const bySecond = [...keys].sort((a, b) => a.charCodeAt(1) - b.charCodeAt(1) || a.charCodeAt(0) - b.charCodeAt(0));
    expect(bySecond.join('')).not.toBe(prefilter.pairs);
    const shuffled = new PrefilterTest({ pairs: bySecond.join(''), words: prefilter.words });
    const unsortedLast = new PrefilterTest({ pairs: prefilter.pairs + keys[0], words: prefilter.words });
    const units = (prefilter.pairs + 'abc 漢字かな').split('');
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...units), maxLength: 16 }), (t) => {
        const expected = reference(prefilter, t);
        expect(shuffled.test(t), t).toBe(expected);
        expect(unsortedLast.test(t), t).toBe(expected);
      }),
      { numRuns: 2000 },
    );
    for (const key of keys) expect(shuffled.test(`「${key}」`), key).toBe(true);
  });

  it('leaves a key whose last unit composes with a following mark to NFKC (found by the property above)', () => {
    for (const t of ['林さﾞ', '林さ\u3099', '林さﾞん', '林さ ﾞ']) expect(test.test(t), JSON.stringify(t)).toBe(reference(prefilter, t));
    expect(test.test('林さﾞ')).toBe(false);
    expect(test.test('林さん')).toBe(true);
  });

  it('finds keys across skipped spaces and marks, and whole words only', () => {
    expect(test.test('ＮＩＳＣの発表')).toBe(reference(prefilter, 'ＮＩＳＣの発表'));
    for (const word of prefilter.words) {
      expect(test.test(`the ${word.toUpperCase()}.`)).toBe(true);
      expect(test.test(`x${word}x`)).toBe(reference(prefilter, `x${word}x`));
    }
    expect(test.test('Stir the butter and sugar until golden, café au lait · 1½ cups, then fold in the flour.')).toBe(false);
  });

  it('passes a run of text nodes whenever a block made of consecutive ones would pass (testRun)', () => {
    const keys = prefilter.pairs + prefilter.words.join(' ') + prefilter.words.join('').toUpperCase();
    const units = (keys + ' \u3000\u00a0・ーｰﾞﾟ\u3099\u309a゛ｶﾞＮＩＳＣé\u0301ﬁ…\t\nabcxyz01 漢字かなカナ').split('');
    const segment = fc.string({ unit: fc.constantFrom(...units), maxLength: 8 });
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 8 }), (segments) => {
        for (let i = 0; i < segments.length; i++) {
          for (let j = i; j < segments.length; j++) {
            if (test.test(segments.slice(i, j + 1).join(''))) expect(test.testRun(segments), JSON.stringify(segments)).toBe(true);
          }
        }
      }),
      { numRuns: 3000 },
    );
    expect(test.testRun(['Mr. ', 'Mur', 'ai spoke'])).toBe(true);
    expect(test.testRun(['tokyo', 'murai'])).toBe(true);
    expect(test.test(['tokyo', 'murai'].join(''))).toBe(false);
    expect(test.testRun(['村', '井純'])).toBe(true);
    expect(test.testRun(['slow-roasted ', 'tomato', 'es'])).toBe(false);
  });
});
