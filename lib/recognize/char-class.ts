/**
 * Character classes used by the boundary rules, which look at the original characters around a match (a full-width
 * ＭＡＩＬ is as much a word as MAIL).
 */

const KANJI = /^[\p{Script=Han}々〆ヵヶ]$/u;
// Half-width katakana and voicing marks included: boundary rules also look at original page text.
// eslint-disable-next-line no-misleading-character-class -- the combining voicing marks (U+3099, U+309A) are meant as characters of their own: the class tests one character at a time
const KATAKANA = /^[\u30A1-\u30FA\u30FC-\u30FF\uFF66-\uFF9F\u3099\u309A]$/;
const LATIN_WORD = /^[\p{Script=Latin}\p{Nd}]$/u;

export function isKanji(ch: string | undefined): boolean {
  return ch !== undefined && KANJI.test(ch);
}

export function isKatakana(ch: string | undefined): boolean {
  return ch !== undefined && KATAKANA.test(ch);
}

/** A letter or digit that continues a Latin word: "ai" inside "mail" is not a word of its own. */
export function isLatinWord(ch: string | undefined): boolean {
  return ch !== undefined && LATIN_WORD.test(ch);
}

/** The whole code point that ends just before `index` (a surrogate pair counts as one character). */
export function charBefore(text: string, index: number): string | undefined {
  if (index <= 0) return undefined;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(index - 2, index);
  }
  return text[index - 1];
}

/** The whole code point that starts at `index`. */
export function charAt(text: string, index: number): string | undefined {
  if (index >= text.length) return undefined;
  const cp = text.codePointAt(index);
  return cp === undefined ? undefined : String.fromCodePoint(cp);
}
