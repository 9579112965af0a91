import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compilePatterns } from './compile';
import { resolveCoreference } from './coreference';
import { fixtureCorpus } from './fixture-corpus';
import { normalizePattern } from './match-text';
import { Recognizer } from './recognizer';

const compiled = compilePatterns(fixtureCorpus);
const recognizer = new Recognizer(compiled);

/** Each mention the page shows (after coreference) as [exact original text, sorted ref ids]. */
function mentions(text: string): [string, string[]][] {
  return resolveCoreference(recognizer.findInText(text)).map((m) => [text.slice(m.start, m.end), m.refs.map((r) => r.id).sort()]);
}

function ids(text: string): string[][] {
  return mentions(text).map(([, refs]) => refs);
}

describe('full names', () => {
  it('finds a full name with and without the space', () => {
    expect(mentions('村井純は述べた')).toEqual([['村井純', ['p-murai']]]);
    expect(mentions('村井 純は述べた')).toEqual([['村井 純', ['p-murai']]]);
    expect(mentions('村井　純は述べた')).toEqual([['村井　純', ['p-murai']]]);
    expect(mentions('村井\n  純は述べた')).toEqual([['村井\n  純', ['p-murai']]]);
  });
  it('finds a full name glued to a title', () => {
    expect(mentions('平将明サイバー安全保障担当相は')).toEqual([['平将明', ['p-taira']]]);
    expect(mentions('門松貴国家サイバー統括室統括官が')).toEqual([['門松貴', ['p-kadomatsu']]]);
  });
});

describe('surname + title', () => {
  it('finds an unambiguous surname with a title or honorific', () => {
    expect(mentions('平大臣は')).toEqual([['平大臣', ['p-taira']]]);
    expect(mentions('高市首相が')).toEqual([['高市首相', ['p-takaichi']]]);
    expect(mentions('平サイバー安全保障担当大臣挨拶')).toEqual([['平サイバー安全保障担当大臣', ['p-taira']]]);
    expect(mentions('平サイバー安全保障担当相')).toEqual([['平サイバー安全保障担当相', ['p-taira']]]);
  });
  it('never matches an ambiguous bare surname', () => {
    expect(mentions('林は')).toEqual([]);
    expect(mentions('岸が')).toEqual([]);
    expect(mentions('中谷によると')).toEqual([]);
  });
  it('does not match a bare unambiguous kanji surname either', () => {
    expect(mentions('村井は')).toEqual([]);
  });
  it('does not highlight 林 inside 森林, 平 inside 平和, 岸 inside 岸辺', () => {
    expect(mentions('森林の保全')).toEqual([]);
    expect(mentions('平和な社会')).toEqual([]);
    expect(mentions('岸辺を歩く')).toEqual([]);
    expect(mentions('森林氏')).toEqual([]);
  });
  it('does not read 平委員 or 平議員 (rank-and-file members) as a name', () => {
    expect(mentions('平議員として')).toEqual([]);
    expect(mentions('平委員')).toEqual([]);
  });
  it('does not take a vice office for the office (大臣政務官 is not 大臣)', () => {
    expect(ids('岸大臣')).toEqual([['p-kishi-n']]);
  });
  it('does not match surname + title after another kanji', () => {
    expect(mentions('太平大臣')).toEqual([]);
  });
  it('does not take a one-kanji surname with a one-character honorific (平氏 is the Taira clan)', () => {
    expect(mentions('平氏の武将')).toEqual([]);
    expect(mentions('林氏')).toEqual([]);
  });
  it('leaves surname + honorific dark until the page names the person in full (村井氏, 中谷氏)', () => {
    expect(mentions('村井氏によれば')).toEqual([]);
    expect(ids('中谷氏は')).toEqual([]);
    expect(ids('林さんは')).toEqual([]);
  });

  it('lets a title decide between people who share a surname', () => {
    expect(ids('中谷防衛大臣')).toEqual([['p-nakatani-g']]);
    expect(ids('中谷防衛相')).toEqual([['p-nakatani-g']]);
    expect(ids('中谷教授')).toEqual([['p-nakatani-k']]);
    expect(ids('林官房長官')).toEqual([['p-hayashi-y']]);
    expect(ids('岸防衛相')).toEqual([['p-kishi-n']]);
    expect(ids('岸政務官')).toEqual([['p-kishi-c']]);
  });
  it('applies a title to everyone who held an office of its kind (林官房長官 is the former minister, not the professor)', () => {
    expect(ids('林大臣')).toEqual([['p-hayashi-y']]);
    expect(ids('林教授')).toEqual([['p-hayashi-k']]);
    expect(ids('高市内閣総理大臣')).toEqual([['p-takaichi']]);
    expect(ids('高市総理')).toEqual([['p-takaichi']]);
  });
  it('gives the prime minister title of a shared surname only to who held it (岸首相 is not 岸信夫)', () => {
    expect(mentions('林首相')).toEqual([]);
    expect(mentions('岸首相')).toEqual([]);
    expect(mentions('岸元首相')).toEqual([]);
  });
  it('does not guess when no bearer of a surname held an office of that kind', () => {
    expect(mentions('林統括官')).toEqual([]);
    expect(mentions('門松大臣')).toEqual([]);
    expect(mentions('村井首相')).toEqual([]);
  });
});

describe('English names', () => {
  it('finds both orders, any case', () => {
    expect(ids('Jun Murai said')).toEqual([['p-murai']]);
    expect(ids('MURAI Jun said')).toEqual([['p-murai']]);
    expect(ids('Minister Masaaki Taira')).toEqual([['p-taira']]);
  });
  it('leaves a bare family name dark without a full mention earlier on the page', () => {
    expect(mentions('Takaichi said')).toEqual([]);
    expect(mentions('Murai said')).toEqual([]);
    expect(mentions('Nakatani said')).toEqual([]);
    expect(mentions('Mr. Nakatani said')).toEqual([]);
  });
  it('lights a bare family name after the full name, when capitalised', () => {
    expect(mentions('Sanae Takaichi spoke. Takaichi said')).toEqual([
      ['Sanae Takaichi', ['p-takaichi']],
      ['Takaichi', ['p-takaichi']],
    ]);
    expect(mentions('Jun Murai spoke; later Murai said, and takaichi')).toEqual([
      ['Jun Murai', ['p-murai']],
      ['Murai', ['p-murai']],
    ]);
  });
  it('finds a title before a family name for the bearers it fits', () => {
    expect(ids('Minister Taira said')).toEqual([['p-taira']]);
    expect(ids('Chief Cabinet Secretary Hayashi')).toEqual([['p-hayashi-y']]);
    expect(ids('Professor Hayashi')).toEqual([['p-hayashi-k']]);
    expect(mentions('Minister Murai')).toEqual([]);
    expect(mentions('Prime Minister Kishi')).toEqual([]);
    expect(ids('Minister Kishi')).toEqual([['p-kishi-n']]);
  });
  it('folds macrons: Kōno, Kono and Kouno', () => {
    expect(ids('Taro Kono')).toEqual([['p-kono']]);
    expect(ids('Tarō Kōno')).toEqual([['p-kono']]);
    expect(ids('Tarou Kouno')).toEqual([['p-kono']]);
  });
  it('respects word boundaries', () => {
    expect(mentions('Takaichis')).toEqual([]);
    expect(mentions('XJun Murai')).toEqual([]);
  });
});

describe('terms', () => {
  it('finds the label, every synonym and the English label', () => {
    expect(ids('能動的サイバー防御')).toEqual([['t-acd']]);
    expect(ids('アクティブ・サイバー・ディフェンス')).toEqual([['t-acd']]);
    expect(ids('アクティブサイバーディフェンス')).toEqual([['t-acd']]);
    expect(ids('Active Cyber Defense')).toEqual([['t-acd']]);
  });
  it('finds acronyms in full-width letters', () => {
    expect(mentions('ＮＩＳＣは')).toEqual([['ＮＩＳＣ', ['t-nisc']]]);
  });
  it('does not highlight AI inside MAIL or OT inside NOT', () => {
    expect(mentions('MAIL')).toEqual([]);
    expect(mentions('NOT')).toEqual([]);
    expect(mentions('ＭＡＩＬ')).toEqual([]);
    expect(ids('AIとOTの融合')).toEqual([['t-ai'], ['t-ot']]);
    expect(ids('AI-driven')).toEqual([['t-ai']]);
  });
  it('requires capitals for an acronym that is also a word', () => {
    expect(mentions('please notice this')).toEqual([]);
    expect(ids('the NOTICE project')).toEqual([['t-notice']]);
    expect(mentions('nisc')).toEqual([]);
  });
  it('finds a mixed-case acronym in any case but not inside a word', () => {
    expect(ids('IOT devices')).toEqual([['t-iot']]);
    expect(mentions('idiot')).toEqual([]);
  });
  it('accepts long-vowel spelling variants and covers the trailing mark', () => {
    expect(mentions('サイバーセキュリティー対策')).toEqual([['サイバーセキュリティー', ['t-cs']]]);
    expect(mentions('サーバの')).toEqual([['サーバ', ['t-server']]]);
  });
  it('does not match a katakana term inside a longer katakana word', () => {
    expect(mentions('ロボットの')).toEqual([]);
    expect(ids('ボット・ネット')).toEqual([['t-bot']]);
  });
  it('keeps a two-kanji term to whole words', () => {
    expect(ids('対策の強化を')).toEqual([['t-kyoka']]);
    expect(mentions('強化学習')).toEqual([]);
  });
  it('does not mark compound nouns the parser found frequent (ordinary words on a page)', () => {
    expect(mentions('安全保障環境')).toEqual([]);
  });
  it('prefers the longest match', () => {
    expect(mentions('サイバーセキュリティ戦略本部の会合')).toEqual([
      ['サイバーセキュリティ戦略本部', ['t-hq', 'サイバーセキュリティ戦略本部']],
    ]);
    expect(mentions('「サイバーセキュリティ2023」')).toEqual([['サイバーセキュリティ2023', ['t-plan']]]);
  });
  it('finds names and terms side by side in one pass', () => {
    expect(ids('村井純氏はNISCと能動的サイバー防御について')).toEqual([['p-murai'], ['t-nisc'], ['t-acd']]);
  });
});

describe('coreference on one page (full name first, then the surname)', () => {
  it('lights the bare surname, surname + honorific and Mr. Surname after the full name, for that person', () => {
    expect(mentions('平将明サイバー安全保障担当相は会見した。平氏は、平さんとも呼ばれる。')).toEqual([
      ['平将明', ['p-taira']],
      ['平氏', ['p-taira']],
      ['平さん', ['p-taira']],
    ]);
    expect(mentions('高市早苗氏が登壇。高市は「…」と述べ、高市氏も続けた。')).toEqual([
      ['高市早苗', ['p-takaichi']],
      ['高市', ['p-takaichi']],
      ['高市氏', ['p-takaichi']],
    ]);
    expect(mentions('Masaaki Taira spoke. Taira said Mr. Taira was right.')).toEqual([
      ['Masaaki Taira', ['p-taira']],
      ['Taira', ['p-taira']],
      ['Mr. Taira', ['p-taira']],
    ]);
  });
  it('leaves a bare surname before the full name dark, and lights it after', () => {
    expect(mentions('高市は、のちに高市早苗と名乗り、高市は')).toEqual([
      ['高市早苗', ['p-takaichi']],
      ['高市', ['p-takaichi']],
    ]);
  });
  it('gives a shared surname to the person named in full, and to the latest one when both were', () => {
    expect(ids('中谷元防衛相と話した。中谷氏は')).toEqual([['p-nakatani-g'], ['p-nakatani-g']]);
    expect(ids('中谷元氏と中谷和弘氏。中谷氏は')).toEqual([['p-nakatani-g'], ['p-nakatani-k'], ['p-nakatani-k']]);
    expect(ids('Gen Nakatani met Kazuhiro Nakatani; then Gen Nakatani left. Mr. Nakatani said')).toEqual([
      ['p-nakatani-g'],
      ['p-nakatani-k'],
      ['p-nakatani-g'],
      ['p-nakatani-g'],
    ]);
  });
  it('does not let a different given name light the surname (Minoru Kihara is not the corpus Kihara)', () => {
    expect(mentions('Chief Cabinet Secretary Minoru Murai said. Murai added, as Mr. Murai put it')).toEqual([]);
    expect(mentions('Jun Murai spoke; Minoru Murai replied, and Murai said')).toEqual([['Jun Murai', ['p-murai']]]);
    expect(mentions('Minoru Murai replied. Jun Murai spoke, and Murai said')).toEqual([
      ['Jun Murai', ['p-murai']],
      ['Murai', ['p-murai']],
    ]);
  });
  it('lets a title or a sentence opener before the family name pass', () => {
    expect(mentions('Jun Murai spoke. When Murai said, Professor Murai')).toEqual([
      ['Jun Murai', ['p-murai']],
      ['Murai', ['p-murai']],
      ['Professor Murai', ['p-murai']],
    ]);
  });
  it('never lights a bare one-kanji surname, even after the full name (林の中, 平らな)', () => {
    expect(ids('林芳正外相は林の中を歩き、平将明氏は平らな道を')).toEqual([['p-hayashi-y'], ['p-taira']]);
  });
  it('still keeps 林 in 森林 and 平 in 平和 dark after the full name', () => {
    expect(ids('平将明氏は平和と森林について。林芳正氏も')).toEqual([['p-taira'], ['p-hayashi-y']]);
  });
  it('does not take a surname inside a longer kanji word (高市内閣, 村井家)', () => {
    expect(ids('村井純氏。村井家と高市早苗、高市内閣')).toEqual([['p-murai'], ['p-takaichi']]);
  });
  it('narrows an ambiguous title to the person named in full', () => {
    expect(ids('岸信夫氏が出席。岸防衛相は')).toEqual([['p-kishi-n'], ['p-kishi-n']]);
  });
});

describe('segments (adjacent text nodes of one block)', () => {
  it('finds a mention that runs across two segments', () => {
    const found = recognizer.findInSegments(['これは村井', '純氏の発言', 'とNISC']);
    expect(found.map((m) => [m.start, m.end, m.refs[0].id])).toEqual([
      [{ segment: 0, offset: 3 }, { segment: 1, offset: 1 }, 'p-murai'],
      [{ segment: 2, offset: 1 }, { segment: 2, offset: 5 }, 't-nisc'],
    ]);
  });
  it('ends a mention at the end of its segment, not at the start of the next', () => {
    const [m] = recognizer.findInSegments(['NISC', '、']);
    expect(m.end).toEqual({ segment: 0, offset: 4 });
  });
});

const pieces = [
  '村井',
  '純',
  '平',
  '大臣',
  '林',
  '森',
  '氏',
  'NISC',
  'ＮＩＳ',
  'C',
  'AI',
  'M',
  ' ',
  '　',
  '\n',
  'ー',
  '・',
  'サイバー',
  'セキュリティ',
  '能動的',
  'ﾊﾞ',
  '㍻',
  'Jun',
  'Murai',
  '𠮷',
  '\u3099',
  'e\u0301',
  '中谷',
  '防衛',
  '相',
];
const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 3 })), { maxLength: 30 }).map((a) => a.join(''));

describe('properties', () => {
  it('maps every mention inside the original text, in order, never overlapping', () => {
    fc.assert(
      fc.property(text, (s) => {
        let last = 0;
        for (const m of recognizer.findInText(s)) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(s.length);
          last = m.end;
        }
      }),
      { numRuns: 2000 },
    );
  });
  it('the original text of a mention normalises to its pattern', () => {
    fc.assert(
      fc.property(text, (s) => {
        for (const m of recognizer.findInText(s)) {
          expect(normalizePattern(s.slice(m.start, m.end))).toBe(compiled.patterns[m.pattern].text);
        }
      }),
      { numRuns: 2000 },
    );
  });
  it('splitting the text into segments finds the same mentions at the same places', () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 4 }), (s, cuts) => {
        const points = [...new Set(cuts.map((c) => c % (s.length + 1)))].sort((a, b) => a - b);
        const bounds = [0, ...points, s.length];
        const segments = bounds.slice(1).map((end, k) => s.slice(bounds[k], end));
        const starts = bounds.slice(0, -1);
        const whole = recognizer.findInText(s).map((m) => [m.start, m.end, m.pattern]);
        const split = recognizer
          .findInSegments(segments)
          .map((m) => [starts[m.start.segment] + m.start.offset, starts[m.end.segment] + m.end.offset, m.pattern]);
        // Cutting a cluster (a base and its voicing mark) in two changes normalisation, so compare only clean cuts.
        fc.pre(points.every((p) => !/[\u3099\u0301\uFF9E]/.test(s[p] ?? '') && !/[\uD800-\uDBFF]/.test(s[p - 1] ?? '')));
        // A long vowel or middle dot is read in context of its own segment only.
        fc.pre(points.every((p) => !/[ー・]/.test((s[p - 1] ?? '') + (s[p] ?? ''))));
        expect(split).toEqual(whole);
      }),
      { numRuns: 2000 },
    );
  });
});
