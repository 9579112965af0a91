/**
 * Text normalisation for matching and search. Display always uses the original characters; only comparisons go
 * through here, so the same function must be applied to both sides (patterns and page text, queries and remarks).
 *
 * - NFKC: full-width Latin and digits (ＮＩＳＣ, ２０２３) become ASCII, half-width katakana become full-width.
 * - lower case, so acronyms and English names match in any case.
 * - the katakana middle dot is dropped: アクティブ・サイバー・ディフェンス and アクティブサイバーディフェンス are one term.
 * - a long-vowel mark that ends a katakana word is dropped: サイバーセキュリティー and サイバーセキュリティ, サーバー and
 *   サーバ are the usual spelling variants (JIS Z 8301 style vs. common usage).
 */

const LONG = 0x30fc; // ー
const DOT = 0x30fb; // ・

export interface NormalizedText {
  /** the normalised text */
  text: string;
  /** for each UTF-16 unit of `text`, the index of the UTF-16 unit in the original where its character starts */
  map: number[];
}

/** katakana letters and the long-vowel mark */
function isKatakana(c: number | undefined): boolean {
  return c !== undefined && ((c >= 0x30a1 && c <= 0x30fa) || (c >= 0x30fc && c <= 0x30ff));
}

/** a katakana letter (not the long-vowel mark itself) */
function isKana(c: number | undefined): boolean {
  return c !== undefined && c !== LONG && isKatakana(c);
}

/**
 * A fold's output, in buffers the next fold reuses: `length` UTF-16 units of normalised text, each with the index in
 * the original where its character starts. Read it before folding again.
 */
export interface Folded {
  units: Uint16Array;
  starts: Int32Array;
  length: number;
}

/**
 * Typed arrays kept between calls, as long as they are no longer than KEPT_UNITS: the recognizer folds every block a
 * page sends, and new arrays per block were most of its time; a longer text gets arrays of its own, so that a worker
 * or a page does not hold on to the largest text it ever folded.
 */
const KEPT_UNITS = 1 << 15;

export class UnitBuffer {
  units = new Uint16Array(256);
  at = new Int32Array(256);

  /**
   * Arrays with room for `size` units: `current` (the kept ones unless given) when it has it, else new ones with the
   * first `keep` units of `current` copied over, kept for the next calls when they are not too long.
   */
  room(size: number, current: { units: Uint16Array; at: Int32Array } = this, keep = 0): { units: Uint16Array; at: Int32Array } {
    if (size <= current.units.length) return { units: current.units, at: current.at };
    const grown = { units: new Uint16Array(2 * size), at: new Int32Array(2 * size) };
    grown.units.set(current.units.subarray(0, keep));
    grown.at.set(current.at.subarray(0, keep));
    if (grown.units.length <= KEPT_UNITS) {
      this.units = grown.units;
      this.at = grown.at;
    }
    return grown;
  }
}

const pass1 = new UnitBuffer();
const pass2 = new UnitBuffer();

/**
 * Normalises `original` into reused buffers, keeping for every output unit the offset of the original character it
 * came from, so a match found in normalised text maps back to exact offsets in the original (a text node, a remark).
 * Characters are normalised one cluster at a time: a code point together with the combining or half-width voicing
 * marks that follow it (ﾊﾞ, は + U+3099), so those compose as NFKC would compose them in context.
 */
export function foldText(original: string): Folded {
  // Pass 1: fold into UTF-16 units, each remembering where its character starts in the original.
  const n = original.length;
  let { units, at: starts } = pass1.room(n);
  let len = 0;
  const push = (folded: string, from: number) => {
    // NFKC can expand one character into many (ﷺ → 18): grow rather than let a typed array drop the writes.
    if (len + folded.length > units.length) ({ units, at: starts } = pass1.room(len + folded.length, { units, at: starts }, len));
    for (let u = 0; u < folded.length; u++) {
      units[len] = folded.charCodeAt(u);
      starts[len++] = from;
    }
  };
  let i = 0;
  while (i < n) {
    const c = original.charCodeAt(i);
    const surrogate = c >= 0xd800 && c <= 0xdbff && i + 1 < n;
    let end = i + (surrogate ? 2 : 1);
    if (end < n && isMark(original.charCodeAt(end))) {
      while (end < n && isMark(original.charCodeAt(end))) end++;
      push(original.slice(i, end).normalize('NFKC').toLowerCase(), i);
    } else if ((c < 0x80 || foldsToItself(c)) && len < units.length) {
      units[len] = c >= 0x41 && c <= 0x5a ? c + 32 : c;
      starts[len++] = i;
    } else {
      push(foldCodePoint(original.codePointAt(i)!), i);
    }
    i = end;
  }
  // Pass 2: drop the middle dots and word-final long vowels that are only spelling variants.
  const { units: out, at } = pass2.room(len);
  let m = 0;
  for (let k = 0; k < len; k++) {
    const c = units[k];
    if (c === DOT && k > 0 && isKatakana(units[k - 1]) && k + 1 < len && isKatakana(units[k + 1])) continue;
    if (c === LONG && k > 0 && isKana(units[k - 1]) && !isKatakana(nextNonDot(units, k + 1, len))) continue;
    out[m] = c;
    at[m++] = starts[k];
  }
  return { units: out, starts: at, length: m };
}

/**
 * Units that NFKC and lower case leave as they are, by range (checked unit by unit in normalize.test.ts): the kanji,
 * kana and Japanese punctuation most of a Japanese page is made of, folded without a lookup.
 */
export function foldsToItself(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3041 && c <= 0x3096) ||
    (c >= 0x30a1 && c <= 0x30fe) ||
    (c >= 0x3001 && c <= 0x3003) ||
    (c >= 0x3005 && c <= 0x3011) ||
    (c >= 0x3014 && c <= 0x301f)
  );
}

/** The text of `length` units, without a spread (a spread walks the units through an iterator, an object each). */
export function textOfUnits(units: Uint16Array, length: number): string {
  let text = '';
  for (let k = 0; k < length; k += 8192) text += String.fromCharCode.apply(null, unitsOf(units.subarray(k, Math.min(length, k + 8192))));
  return text;
}

/** normalizeWithMap as plain values, for callers that keep them. */
export function normalizeWithMap(original: string): NormalizedText {
  const { units, starts, length } = foldText(original);
  const map = new Array<number>(length);
  for (let k = 0; k < length; k++) map[k] = starts[k];
  return { text: textOfUnits(units, length), map };
}

/** A typed array as apply's argument list (apply reads any array-like by index; its type asks for number[]). */
const unitsOf = (units: Uint16Array): number[] => units as unknown as number[];

function isMark(unit: number): boolean {
  return (unit >= 0x0300 && unit <= 0x036f) || unit === 0x3099 || unit === 0x309a || unit === 0xff9e || unit === 0xff9f;
}

const folds = new Map<number, string>();

function foldCodePoint(cp: number): string {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a ? String.fromCharCode(cp + 32) : String.fromCharCode(cp);
  let folded = folds.get(cp);
  if (folded === undefined) {
    folded = String.fromCodePoint(cp).normalize('NFKC').toLowerCase();
    folds.set(cp, folded);
  }
  return folded;
}

function nextNonDot(units: Uint16Array, from: number, len: number): number | undefined {
  let k = from;
  while (k < len && units[k] === LONG) k++;
  if (k < len && units[k] === DOT) k++;
  return k < len ? units[k] : undefined;
}

/** Normalised text only, for building indexes and patterns. */
export function normalize(original: string): string {
  return normalizeWithMap(original).text;
}
