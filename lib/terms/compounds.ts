import type { TermCandidate } from './text-terms';

/** What compound detection needs from a kuromoji token. */
export interface PosToken {
  surface_form: string;
  pos: string;
  pos_detail_1: string;
  pos_detail_2?: string;
}

export interface PosTokenizer {
  tokenize(text: string): PosToken[];
}

/** Noun kinds that never make a term: pronouns, dependent nouns (こと, もの), adverbial nouns (今後). */
const NOT_CONTENT = new Set(['代名詞', '非自立', '副詞可能']);
/**
 * Numbers, counters and a few loose suffixes are trimmed from either end ("サイバー攻撃等", "安全保障上",
 * "決定事項3件"); suffixes that belong to the word stay (基本法, 事業者, 基準群, 警察局).
 */
const LOOSE_SUFFIX = new Set(['等', '上', '的', '毎', '達', 'ら']);
const trimmable = (t: PosToken) =>
  t.pos_detail_1 === '数' || t.pos_detail_2 === '助数詞' || (t.pos_detail_1 === '接尾' && LOOSE_SUFFIX.has(t.surface_form));

/**
 * Domain compounds: runs of two or more nouns (サイバー攻撃, 官民連携, 重要インフラ事業者) that the remarks use at least
 * `minCount` times across at least `minRemarks` remarks. Adjectival compounds (大変重要, 必要不可欠) are left out.
 */
export function findCompounds(texts: string[], tokenizer: PosTokenizer, minCount = 3, minRemarks = 2): TermCandidate[] {
  const count = new Map<string, number>();
  const remarks = new Map<string, number>();
  texts.forEach((text) => {
    const seen = new Set<string>();
    for (const compound of compoundsIn(tokenizer.tokenize(text))) {
      count.set(compound, (count.get(compound) ?? 0) + 1);
      if (!seen.has(compound)) remarks.set(compound, (remarks.get(compound) ?? 0) + 1);
      seen.add(compound);
    }
  });
  return [...count]
    .filter(([c, n]) => n >= minCount && remarks.get(c)! >= minRemarks)
    .map(([label]) => ({ label, aliases: [], source: 'compound' as const }));
}

function* compoundsIn(tokens: PosToken[]): Generator<string> {
  let run: PosToken[] = [];
  const flush = function* () {
    while (run.length > 0 && (trimmable(run[0]) || run[0].pos_detail_1 === '接尾')) run.shift();
    while (run.length > 0 && trimmable(run[run.length - 1])) run.pop();
    const last = run[run.length - 1];
    if (run.length >= 2 && last.pos_detail_1 !== '形容動詞語幹') {
      const text = run.map((t) => t.surface_form).join('');
      // A katakana loanword the dictionary does not know comes back in pieces (クラ+ウド): one word, not a compound.
      const oneLoanword = /^[\p{Script=Katakana}ー]+$/u.test(text);
      if (text.length >= 4 && !oneLoanword && !/[\s、。・「」（）()]/.test(text)) yield text;
    }
    run = [];
  };
  for (const t of tokens) {
    const noun = t.pos === '名詞' && !NOT_CONTENT.has(t.pos_detail_1) && !/^[\s、。「」（）()・]+$/.test(t.surface_form);
    const prefix = t.pos === '接頭詞' && run.length === 0;
    if (noun || prefix) run.push(t);
    else yield* flush();
  }
  yield* flush();
}
