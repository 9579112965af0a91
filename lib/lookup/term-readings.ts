import { isKana, toKatakana } from 'wanakana';
import type { Term } from '../corpus/types';

/** The part of a kuromoji tokenizer this module needs (also satisfied by a test double). */
export interface ReadingTokenizer {
  tokenize(text: string): { surface_form: string; reading?: string }[];
}

/**
 * The kana reading of a term label (能動的サイバー防御 → ノウドウテキサイバーボウギョ), so the popup finds kanji terms by
 * kana and romaji. Katakana loanwords come back from kuromoji as unknown words without a reading: their surface is
 * already their reading. A label with Latin letters or a word the dictionary cannot read gets no reading; readers
 * type such labels as they are written (NISC, DDoS攻撃 by DDoS).
 */
export function termReading(tokenizer: ReadingTokenizer, label: string): string | undefined {
  let reading = '';
  for (const token of tokenizer.tokenize(label)) {
    if (token.reading && token.reading !== '*') reading += token.reading;
    else if (isKana(token.surface_form.replace(/・/g, ''))) reading += toKatakana(token.surface_form.replace(/・/g, ''));
    else return undefined;
  }
  return reading || undefined;
}

/** The terms, each with a reading where one was missing and the label can be read. */
export function withTermReadings(tokenizer: ReadingTokenizer, terms: readonly Term[]): Term[] {
  return terms.map((t) => {
    if (t.reading) return t;
    const reading = termReading(tokenizer, t.label);
    return reading ? { ...t, reading } : t;
  });
}
