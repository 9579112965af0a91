import { describe, expect, it } from 'vitest';
import { decodeRecognizer, encodeRecognizer } from './binary';
import { compilePatterns } from './compile';
import { fixtureCorpus } from './fixture-corpus';
import { PrefilterTest } from './prefilter';
import { Recognizer } from './recognizer';

const compiled = compilePatterns(fixtureCorpus);
const texts = [
  '記者会見で平大臣とNISCは、村井純氏と話した。',
  '森林の平和',
  'Jun Murai and Sanae Takaichi met NISC staff',
  'ＮＩＳＣとサイバーセキュリティー',
];

describe('binary recognizer', () => {
  it('finds exactly what the compiled patterns find, after a round trip through an ArrayBuffer', () => {
    const direct = new Recognizer(compiled);
    const { recognizer, version, prefilter } = decodeRecognizer(structuredClone(encodeRecognizer(compiled)));
    expect(version).toBe(compiled.version);
    expect(prefilter.pairs.length % 2).toBe(0);
    for (const text of texts) expect(recognizer.findInText(text)).toEqual(direct.findInText(text));
  });

  it('is smaller than the JSON it replaces', () => {
    expect(encodeRecognizer(compiled).byteLength).toBeLessThan(JSON.stringify(compiled).length);
  });

  it('refuses a buffer of another format', () => {
    expect(() => decodeRecognizer(new ArrayBuffer(64))).toThrow();
  });
});

describe('pre-filter', () => {
  const { prefilter } = decodeRecognizer(encodeRecognizer(compiled));
  const test = new PrefilterTest(prefilter);

  it('lets through every text in which the recognizer finds a mention', () => {
    const direct = new Recognizer(compiled);
    for (const text of texts) if (direct.findInText(text).length) expect(test.test(text), text).toBe(true);
  });

  it('lets through full-width, spaced and long-vowel variants', () => {
    expect(test.test('ＮＩＳＣの発表')).toBe(true);
    expect(test.test('村井　純')).toBe(true);
    expect(test.test('MURAI')).toBe(true);
  });

  it('stops text that holds no pattern key: an English cooking article, plain Japanese', () => {
    expect(test.test('Stir the butter and sugar until golden, then fold in the flour.')).toBe(false);
    expect(test.test('今日は天気が良いので散歩に行きました。')).toBe(false);
  });
});
