/**
 * The content script's pre-filter: a compact summary of every pattern that a page's text must hit before any of its
 * text goes to the recognizer. Japanese and other non-Latin patterns are keyed by their first two characters, Latin
 * ones by their longest word, all after the same folding as the page text below (NFKC, lower case; white space, the
 * katakana middle dot and long-vowel mark skipped, as normalisation treats them as variants). A block without a key
 * cannot hold a mention; a block with one may (the background decides).
 */
export interface Prefilter {
  /** two-unit keys, concatenated */
  pairs: string;
  /** Latin words, lower case */
  words: string[];
}

const SKIP = /[\s・ー]/;
const WORD = /[a-z0-9]+/g;
const ASCII_WORD_START = /^[a-z0-9]/;

/** The pre-filter for normalised patterns (CompiledPatterns' texts). */
export function buildPrefilter(patterns: readonly string[]): Prefilter {
  const pairs = new Set<string>();
  const words = new Set<string>();
  for (const raw of patterns) {
    const text = raw.normalize('NFKC').toLowerCase();
    if (ASCII_WORD_START.test(text)) {
      const longest = (text.match(WORD) ?? []).reduce((a, b) => (b.length > a.length ? b : a), '');
      if (longest) {
        words.add(longest);
        continue;
      }
    }
    const units = text.split('').filter((c) => !SKIP.test(c));
    if (units.length >= 2) pairs.add(units[0] + units[1]);
  }
  return { pairs: [...pairs].sort().join(''), words: [...words].sort() };
}

/** The test itself, built once per page from the background's Prefilter. */
export class PrefilterTest {
  private readonly pairs = new Set<number>();
  private readonly words: Set<string>;

  constructor(prefilter: Prefilter) {
    for (let i = 0; i + 1 < prefilter.pairs.length; i += 2) {
      this.pairs.add(prefilter.pairs.charCodeAt(i) * 65536 + prefilter.pairs.charCodeAt(i + 1));
    }
    this.words = new Set(prefilter.words);
  }

  /** Whether `text` may hold a mention. */
  test(text: string): boolean {
    const folded = text.normalize('NFKC').toLowerCase();
    let previous = -1;
    for (let i = 0; i < folded.length; i++) {
      const c = folded.charCodeAt(i);
      // space, tab, line breaks, no-break and ideographic space, middle dot, long-vowel mark: skipped, as in patterns
      if (c === 0x20 || c === 0x30fb || c === 0x30fc || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x3000) continue;
      if (previous >= 0 && this.pairs.has(previous * 65536 + c)) return true;
      previous = c;
    }
    if (this.words.size) {
      WORD.lastIndex = 0;
      for (let m = WORD.exec(folded); m; m = WORD.exec(folded)) if (this.words.has(m[0])) return true;
    }
    return false;
  }
}
