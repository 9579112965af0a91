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

// Reused by every fold: the recognizer folds each block the page sends, and new arrays per block were most of its time.
let foldUnits = new Uint16Array(1024);
let foldStarts = new Int32Array(1024);
let outUnits = new Uint16Array(1024);
let outStarts = new Int32Array(1024);

/**
 * Normalises `original` into the shared buffers, keeping for every output unit the offset of the original character
 * it came from, so a match found in normalised text maps back to exact offsets in the original (a text node, a
 * remark). Characters are normalised one cluster at a time: a code point together with the combining or half-width
 * voicing marks that follow it (ﾊﾞ, は + U+3099), so those compose as NFKC would compose them in context.
 */
export function foldText(original: string): Folded {
  // Pass 1: fold into UTF-16 units, each remembering where its character starts in the original.
  const n = original.length;
  if (foldUnits.length < n + 16) {
    foldUnits = new Uint16Array(2 * n + 16);
    foldStarts = new Int32Array(foldUnits.length);
  }
  let units = foldUnits;
  let starts = foldStarts;
  let len = 0;
  const push = (folded: string, at: number) => {
    // NFKC can expand one character into many (ﷺ → 18): grow rather than let a typed array drop the writes.
    if (len + folded.length > units.length) {
      const size = 2 * (len + folded.length);
      const grownUnits = new Uint16Array(size);
      grownUnits.set(units);
      units = foldUnits = grownUnits;
      const grownStarts = new Int32Array(size);
      grownStarts.set(starts);
      starts = foldStarts = grownStarts;
    }
    for (let u = 0; u < folded.length; u++) {
      units[len] = folded.charCodeAt(u);
      starts[len++] = at;
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
    } else if (len < units.length && !surrogate && (c < 0x80 || singleFold(c) !== MANY)) {
      units[len] = c < 0x80 ? (c >= 0x41 && c <= 0x5a ? c + 32 : c) : singleFolds[c];
      starts[len++] = i;
    } else {
      push(foldCodePoint(original.codePointAt(i)!), i);
    }
    i = end;
  }
  // Pass 2: drop the middle dots and word-final long vowels that are only spelling variants.
  if (outUnits.length < len) {
    outUnits = new Uint16Array(units.length);
    outStarts = new Int32Array(units.length);
  }
  const out = outUnits;
  const at = outStarts;
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

/** A BMP unit that folds to more than one unit (or to itself as U+FFFF, which then takes the general path too). */
const MANY = 0xffff;
/** Each BMP unit's fold when it is one unit, MANY when not, 0 until first met: a typed-array read instead of a Map
 * lookup and a string for every character of a page. */
const singleFolds = new Uint16Array(0x10000);

function singleFold(c: number): number {
  let folded = singleFolds[c];
  if (folded === 0) {
    const s = foldCodePoint(c);
    folded = singleFolds[c] = s.length === 1 && s.charCodeAt(0) !== 0 ? s.charCodeAt(0) : MANY;
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
