import { describe, expect, it } from 'vitest';
import { buildPeople } from './people';
import type { ReadingTokenizer } from './readings';
import { kanaToRomaji, simplifyLongVowels, slug } from './romaji';

/** A dictionary that knows a few words, the way kuromoji reports them. */
function fakeTokenizer(words: Record<string, string | undefined>): ReadingTokenizer {
  return {
    tokenize: (text) =>
      text in words
        ? [{ surface_form: text, reading: words[text], pos: '名詞' }]
        : [...text].map((c) => ({ surface_form: c, reading: words[c], pos: '名詞' })),
  };
}

describe('romaji', () => {
  it('writes long vowels as English-language news does, keeping ou across syllables', () => {
    expect(simplifyLongVowels(kanaToRomaji('シンゾウ'))).toBe('shinzo');
    expect(simplifyLongVowels(kanaToRomaji('オオタ'))).toBe('ota');
    expect(simplifyLongVowels(kanaToRomaji('ユウジ'))).toBe('yuji');
    expect(simplifyLongVowels(kanaToRomaji('シュンイチ'))).toBe('shunichi');
    expect(simplifyLongVowels(kanaToRomaji('イノウエ'))).toBe('inoue');
  });

  it('makes URL-safe slugs', () => {
    expect(slug(['Murai', 'Jun'])).toBe('murai-jun');
    expect(slug(["shun'ichi", 'M&A'])).toBe('shun-ichi-m-a');
  });
});

describe('people', () => {
  const tokenizer = fakeTokenizer({
    村井: 'ムライ',
    純: 'ジュン',
    林: 'ハヤシ',
    芳正: 'ヨシマサ',
    林田: 'ハヤシダ',
    謎: undefined,
    一郎: 'イチロウ',
  });

  it('makes one person per distinct name, with reading, romaji both ways and aliases', () => {
    const { people, idByName } = buildPeople(
      [
        { name: '村井純', surname: '村井', givenName: '純' },
        { name: '村井純', surname: '村井', givenName: '純' },
      ],
      tokenizer,
    );
    expect(people).toEqual([
      {
        id: 'p-murai-jun',
        name: '村井純',
        reading: 'ムライジュン',
        romaji: 'Murai Jun',
        nameEn: 'Jun Murai',
        surname: '村井',
        givenName: '純',
        aliases: ['村井 純', 'Murai Jun', 'Jun Murai'],
      },
    ]);
    expect(idByName.get('村井純')).toBe('p-murai-jun');
  });

  it('uses the checked table over the dictionary', () => {
    const { people } = buildPeople([{ name: '中谷元', surname: '中谷', givenName: '元' }], fakeTokenizer({ 中谷: 'ナカタニ', 元: 'モト' }));
    expect(people[0]).toMatchObject({ id: 'p-nakatani-gen', reading: 'ナカタニゲン', nameEn: 'Gen Nakatani' });
  });

  it('leaves a name the dictionary cannot read without a reading, with a code-point id and a note', () => {
    const { people, notes } = buildPeople([{ name: '謎一郎', surname: '謎', givenName: '一郎' }], tokenizer);
    expect(people[0]).toEqual({ id: 'p-8b0e-ichiro', name: '謎一郎', surname: '謎', givenName: '一郎', aliases: ['謎 一郎'] });
    expect(notes).toEqual([{ name: '謎一郎', message: 'no reading for 謎 一郎: the dictionary does not know 謎 as a name' }]);
  });

  it('does not read a name from a word the dictionary takes for something other than a noun', () => {
    const verbish: ReadingTokenizer = {
      tokenize: (t) => [{ surface_form: t, reading: t === '門松' ? 'カドマツ' : 'トウト', pos: t === '門松' ? '名詞' : '動詞' }],
    };
    expect(buildPeople([{ name: '門松貴', surname: '門松', givenName: '貴' }], verbish).people[0].reading).toBeUndefined();
  });

  it('keeps two names that romanise alike apart', () => {
    const same = fakeTokenizer({ 林: 'ハヤシ', 芳正: 'ヨシマサ', 拝志: 'ハヤシ' });
    const { people } = buildPeople(
      [
        { name: '林芳正', surname: '林', givenName: '芳正' },
        { name: '拝志芳正', surname: '拝志', givenName: '芳正' },
      ],
      same,
    );
    expect(people.map((p) => p.id).sort()).toEqual(['p-hayashi-yoshimasa', 'p-hayashi-yoshimasa-2']);
  });
});
