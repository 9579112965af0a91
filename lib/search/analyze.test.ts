import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentWords } from './analyze';
import { type JapaneseTokenizer, loadTokenizer } from './tokenizer';

const DICT = fileURLToPath(new URL('../../node_modules/@sglkc/kuromoji/dict/', import.meta.url));

let tokenizer: JapaneseTokenizer;
beforeAll(async () => {
  tokenizer = await loadTokenizer(DICT);
}, 60_000);

const words = (q: string) => contentWords(tokenizer.tokenize(q)).map((w) => w.text);

describe('contentWords', () => {
  it('splits 中小企業のセキュリティ対策 into 中小企業, セキュリティ and 対策', () => {
    expect(words('中小企業のセキュリティ対策')).toEqual(['中小企業', 'セキュリティ', '対策']);
  });

  it('keeps the parts a kanji compound was merged from', () => {
    expect(contentWords(tokenizer.tokenize('中小企業')).find((w) => w.text === '中小企業')?.parts).toEqual(['中小', '企業']);
  });

  it('merges katakana nouns into one word (パワーグリッド)', () => {
    expect(words('パワーグリッド')).toEqual(['パワーグリッド']);
  });

  it('joins suffixes to their noun (能動的, 2023年)', () => {
    expect(words('能動的サイバー防御')).toEqual(['能動的', 'サイバー', '防御']);
    expect(words('2023年の計画')).toEqual(['2023年', '計画']);
  });

  it('drops particles and auxiliaries and keeps verb stems that match every inflection', () => {
    expect(words('重要インフラを守る')).toEqual(['重要', 'インフラ', '守']);
    expect(words('人材育成が必要だ')).toEqual(['人材育成', '必要']);
  });

  it('keeps acronyms and unknown katakana words that have no reading', () => {
    expect(words('EDRの導入')).toEqual(['EDR', '導入']);
    expect(words('サイバーセキュリティ')).toEqual(['サイバーセキュリティ']);
  });

  it('returns nothing for a query of function words only', () => {
    expect(words('について')).toEqual([]);
  });
});
