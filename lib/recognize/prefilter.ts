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

/** Whether every key of `inner` is one of `outer`'s: then a text that passes `inner` passes `outer` too. */
export function coveredBy(inner: Prefilter, outer: Prefilter): boolean {
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < outer.pairs.length; i += 2) pairs.add(outer.pairs.slice(i, i + 2));
  for (let i = 0; i + 1 < inner.pairs.length; i += 2) if (!pairs.has(inner.pairs.slice(i, i + 2))) return false;
  const words = new Set(outer.words);
  return inner.words.every((w) => words.has(w));
}

/**
 * The test itself, built once per page from the background's Prefilter. It runs over every text block of every page,
 * mostly in code that has not been optimised yet, so it is one pass over character codes: no regular expression and
 * no `normalize` for text made only of characters NFKC leaves alone (ASCII, Latin-1 letters, kana, common CJK,
 * everyday punctuation; full-width ASCII and no-break spaces are folded by hand). Other text is normalised first: the
 * first `normalize('NFKC')` in a process sets up ICU's tables, about 10 ms, which a page of plain English or Japanese
 * never pays.
 */
export class PrefilterTest {
  /** the pair keys, sorted, so that the keys beginning with one unit are neighbours */
  private readonly pairs: string;
  /** first unit of a pair key → where its keys begin in `pairs` (one small table rather than a Set per unit) */
  private readonly pairsFrom = new Map<number, number>();
  /** One bit per UTF-16 unit that begins a pair key (8 kB): most units of a page are ruled out by a typed-array read
   * instead of a Map lookup, which the interpreter makes a call. */
  private readonly pairStarts = new Uint32Array(0x10000 >> 5);
  private readonly words: Set<string>;
  /** One bit per low 14 bits of a word's 30-bit rolling hash (2 kB), the same way for words: a page's words are ruled
   * out without a Set lookup or a string, and the few whose bit is set are looked up in `words`. */
  private readonly wordBits = new Uint32Array(0x4000 >> 5);

  /**
   * A unit that only the full pass can judge: one beyond ASCII and everyday punctuation, or one that begins a pair
   * key. Text without one can only hit a word (null: every text takes the full pass).
   */
  private readonly needsPass: RegExp | null;

  constructor(prefilter: Prefilter) {
    const keys: string[] = [];
    for (let i = 0; i + 1 < prefilter.pairs.length; i += 2) keys.push(prefilter.pairs.slice(i, i + 2));
    this.pairs = keys.sort().join('');
    for (let i = this.pairs.length - 2; i >= 0; i -= 2) {
      const first = this.pairs.charCodeAt(i);
      this.pairsFrom.set(first, i);
      this.pairStarts[first >> 5] |= 1 << (first & 31);
    }
    const punctuation = [...PLAIN_PUNCTUATION].filter((u) => !this.startsPair(u.charCodeAt(0))).join('');
    let ascii = true;
    for (let c = 0; c < 0x80; c++) if (this.startsPair(c)) ascii = false;
    this.needsPass = ascii ? new RegExp(`[^\\0-\\x7f${punctuation}]`) : null;
    this.words = new Set(prefilter.words);
    for (const word of this.words) {
      let hash = 0;
      for (let i = 0; i < word.length; i++) hash = (hash * 31 + word.charCodeAt(i)) & 0x3fffffff;
      this.wordBits[(hash & 0x3fff) >> 5] |= 1 << (hash & 31);
    }
  }

  /** Whether `text` may hold a mention. */
  test(text: string): boolean {
    if (this.needsPass && !this.needsPass.test(text)) return this.plainWords(text);
    const fast = this.scan(text, true);
    return fast === NEEDS_NFKC ? this.scan(text.normalize('NFKC').toLowerCase(), false) === HIT : fast === HIT;
  }

  /**
   * Whether any block made of consecutive `segments` (a page's text nodes, read without knowing which elements lie
   * between them) may hold a mention. The segments joined by spaces, which pairs skip, answer for every pair and for
   * each word inside one segment; a word run across segment boundaries is tried from each boundary to each other.
   */
  testRun(segments: readonly string[]): boolean {
    const nonEmpty = segments.filter((segment) => segment.length > 0);
    if (this.test(nonEmpty.join(' '))) return true;
    // A leading mark composes with the unit before it (さ and a voiced mark are ざ): there, the joins as in a block.
    for (let k = 1; k < nonEmpty.length; k++) {
      if (foldsWithNext(nonEmpty[k].charCodeAt(0)) && this.test(nonEmpty.slice(Math.max(0, k - 2), k + 1).join(''))) return true;
    }
    return this.wordAcross(nonEmpty);
  }

  /** A word of `words` that runs across a boundary between segments, its ends at a boundary or its run's ends. */
  private wordAcross(segments: readonly string[]): boolean {
    const text = segments.join('');
    const bounds: number[] = [];
    for (let k = 0, at = 0; k + 1 < segments.length; k++) bounds.push((at += segments[k].length));
    let done = 0;
    for (let b = 0; b < bounds.length; b++) {
      const at = bounds[b];
      if (at < done || !isWordUnit(text.charCodeAt(at - 1)) || !isWordUnit(text.charCodeAt(at))) continue;
      let start = at - 1;
      while (start > 0 && isWordUnit(text.charCodeAt(start - 1))) start--;
      let end = at + 1;
      while (end < text.length && isWordUnit(text.charCodeAt(end))) end++;
      done = end;
      const cuts = [start, ...bounds.filter((x) => x > start && x < end), end];
      // a word cut into this many pieces is left to the full reading
      if (cuts.length > MAX_CUTS) return true;
      for (let i = 0; i < cuts.length; i++) {
        for (let j = i + 2; j < cuts.length; j++) {
          const piece = text.slice(cuts[i], cuts[j]);
          if (wordFolds(piece) ? this.words.has(foldWord(piece)) : this.anyWord(piece)) return true;
        }
      }
    }
    return false;
  }

  /** Whether a word of `words` is among the words of `text` normalised (units that NFKC alone can fold). */
  private anyWord(text: string): boolean {
    return (text.normalize('NFKC').toLowerCase().match(WORD) ?? []).some((word) => this.words.has(word));
  }

  private startsPair(unit: number): boolean {
    return (this.pairStarts[unit >> 5] & (1 << (unit & 31))) !== 0;
  }

  /**
   * Text where only a word can hit (ASCII and plain punctuation, see needsPass): lower-cased and split by the engine's
   * own string code, then one lookup per word, instead of a pass over every unit in script not yet optimised.
   */
  private plainWords(text: string): boolean {
    const found = text.toLowerCase().split(NON_WORD);
    for (let i = 0; i < found.length; i++) if (this.words.has(found[i])) return true;
    return false;
  }

  /**
   * One pass: a pair key over consecutive non-skipped units, or a whole [a-z0-9] word in `words`. With `fold`, units
   * are folded as NFKC and lower case would (see foldUnit), and the pass gives up at the first unit it cannot fold.
   * Written for the interpreter (this runs before anything is optimised): no call per unit on ASCII text.
   */
  private scan(text: string, fold: boolean): typeof HIT | typeof MISS | typeof NEEDS_NFKC {
    const pairStarts = this.pairStarts;
    const wordBits = this.wordBits;
    const pairs = this.pairs;
    /** the previous unit when it begins a pair key, and where its keys begin in `pairs` */
    let previous = -1;
    let following = -1;
    let hash = 0;
    let wordStart = -1;
    const length = text.length;
    for (let i = 0; i <= length; i++) {
      let c = i < length ? text.charCodeAt(i) : 0x20;
      if (c >= 0x80 && fold) {
        c = foldUnit(c);
        if (c < 0) return NEEDS_NFKC;
      } else if (c >= 0x41 && c <= 0x5a) c += 0x20;
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
        if (wordStart < 0) {
          wordStart = i;
          hash = 0;
        }
        hash = (hash * 31 + c) & 0x3fffffff;
      } else if (wordStart >= 0) {
        if (
          (wordBits[(hash & 0x3fff) >> 5] & (1 << (hash & 31))) !== 0 &&
          this.words.has(fold ? foldWord(text.slice(wordStart, i)) : text.slice(wordStart, i))
        ) {
          return HIT;
        }
        wordStart = -1;
      }
      // space, tab, line breaks, middle dot, long-vowel mark: skipped, as in patterns (no-break and ideographic spaces
      // are folded to a space above, or by NFKC)
      if (c === 0x20 || c === 0x30fb || c === 0x30fc || (c >= 0x09 && c <= 0x0d)) continue;
      if (following >= 0) {
        for (let j = following; j < pairs.length && pairs.charCodeAt(j) === previous; j += 2) {
          // A unit folded alone may still compose with the next (さ and a voiced mark are ざ): then NFKC decides.
          if (pairs.charCodeAt(j + 1) === c) return fold && i + 1 < length && foldsWithNext(text.charCodeAt(i + 1)) ? NEEDS_NFKC : HIT;
        }
        following = -1;
      }
      if ((pairStarts[c >> 5] & (1 << (c & 31))) !== 0) {
        previous = c;
        following = this.pairsFrom.get(c) ?? -1;
      }
    }
    return MISS;
  }
}

/**
 * Non-ASCII units common in English text that NFKC and lower case leave as they are and that can be no part of a word:
 * no-break space, middle dot, dashes, quotes, bullets, ellipsis (foldUnit keeps them; NFKC turns the no-break space and
 * the ellipsis into ASCII that is no part of a word either).
 */
const PLAIN_PUNCTUATION = '\u00a0\u00b7\u2010\u2012\u2013\u2014\u2015\u2018\u2019\u201c\u201d\u2022\u2026';
const NON_WORD = /[^a-z0-9]+/;

const HIT = 1;
const MISS = 0;
const NEEDS_NFKC = -1;

/** Latin-1 signs that NFKC replaces (ordinals, superscripts, fractions, spacing accents, the micro sign). */
const LATIN1_COMPAT = '\u00a8\u00aa\u00af\u00b2\u00b3\u00b4\u00b5\u00b8\u00b9\u00ba\u00bc\u00bd\u00be';

/** A word of the folded text, from the original: only ASCII and full-width ASCII can make up a word there. */
function foldWord(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) out += String.fromCharCode(foldUnit(word.charCodeAt(i)));
  return out;
}

/** Pieces of one word across text nodes beyond which testRun stops trying their joins and answers yes. */
const MAX_CUTS = 16;

/** A unit that folds into [a-z0-9], or one only NFKC can fold (which may make a word unit). */
function isWordUnit(c: number): boolean {
  const folded = foldUnit(c);
  return folded < 0 || (folded >= 0x61 && folded <= 0x7a) || (folded >= 0x30 && folded <= 0x39);
}

function wordFolds(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (foldUnit(word.charCodeAt(i)) < 0) return false;
  return true;
}

/** Whether a unit may change the one before it under NFKC (a combining or spacing mark, or anything not folded alone). */
function foldsWithNext(next: number): boolean {
  return next >= 0x80 && foldUnit(next) < 0;
}

/**
 * A UTF-16 unit as `normalize('NFKC').toLowerCase()` leaves it, for the units where that is the unit alone and does not
 * depend on its neighbours; -1 for any other unit (then the whole text is normalised). prefilter.test.ts checks every
 * unit this accepts against the real normalisation.
 */
export function foldUnit(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
  if (c >= 0x4e00 && c <= 0x9fff) return c; // CJK unified ideographs
  if (c >= 0x3041 && c <= 0x30fe) {
    // hiragana and katakana, without the combining (semi-)voiced marks and their spacing forms, which compose
    return c >= 0x3097 && c <= 0x309c ? -1 : c === 0x309f ? -1 : c;
  }
  if (c >= 0xff01 && c <= 0xff5e) return foldUnit(c - 0xfee0); // full-width ASCII
  if (c === 0xa0 || c === 0x3000) return 0x20; // no-break and ideographic space
  if (c >= 0x3001 && c <= 0x3029) return c; // CJK punctuation and brackets, 〃々〆〇, 〒
  if (c >= 0xc0 && c <= 0xff) return c <= 0xde && c !== 0xd7 ? c + 0x20 : c; // Latin-1 letters, × and ÷
  if (c > 0xa0 && c < 0xc0) return LATIN1_COMPAT.includes(String.fromCharCode(c)) ? -1 : c; // ¡…¿ but ª ² ½ and the like
  if ((c >= 0x2010 && c <= 0x2023 && c !== 0x2011 && c !== 0x2017) || c === 0x2030) return c; // dashes, quotes, bullets
  return -1;
}
