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
 * Normalises `original` and keeps, for every output unit, the offset of the original character it came from, so a
 * match found in normalised text maps back to exact offsets in the original (a text node, a remark).
 * Characters are normalised one cluster at a time: a code point together with the combining or half-width voicing
 * marks that follow it (ﾊﾞ, は + U+3099), so those compose as NFKC would compose them in context.
 */
export function normalizeWithMap(original: string): NormalizedText {
  // Pass 1: fold into UTF-16 units, each remembering where its character starts in the original.
  const n = original.length;
  let units = new Uint16Array(n + 16);
  let starts = new Int32Array(units.length);
  let len = 0;
  const push = (folded: string, at: number) => {
    // NFKC can expand one character into many (ﷺ → 18); typed arrays drop out-of-range writes silently, so grow.
    if (len + folded.length > units.length) {
      const size = 2 * (len + folded.length);
      const grownUnits = new Uint16Array(size);
      grownUnits.set(units);
      units = grownUnits;
      const grownStarts = new Int32Array(size);
      grownStarts.set(starts);
      starts = grownStarts;
    }
    for (let u = 0; u < folded.length; u++) {
      units[len] = folded.charCodeAt(u);
      starts[len++] = at;
    }
  };
  let i = 0;
  while (i < n) {
    const c = original.charCodeAt(i);
    let end = i + (c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1);
    if (end < n && isMark(original.charCodeAt(end))) {
      while (end < n && isMark(original.charCodeAt(end))) end++;
      push(original.slice(i, end).normalize('NFKC').toLowerCase(), i);
    } else if (c < 0x80 && len < units.length) {
      units[len] = c >= 0x41 && c <= 0x5a ? c + 32 : c;
      starts[len++] = i;
    } else {
      // A lone code point normalises the same way every time, so it is folded once and remembered.
      push(foldCodePoint(original.codePointAt(i)!), i);
    }
    i = end;
  }
  // Pass 2: drop the middle dots and word-final long vowels that are only spelling variants.
  const out = new Uint16Array(len);
  const map = new Array<number>(len);
  let m = 0;
  for (let k = 0; k < len; k++) {
    const c = units[k];
    if (c === DOT && isKatakana(units[k - 1]) && isKatakana(units[k + 1])) continue;
    if (c === LONG && isKana(units[k - 1]) && !isKatakana(nextNonDot(units, k + 1, len))) continue;
    out[m] = c;
    map[m++] = starts[k];
  }
  map.length = m;
  // apply, not a spread: a spread walks the array through an iterator, an object per unit (the side panel's marks
  // allocated 8 MB of them over 36 searches).
  let text = '';
  for (let k = 0; k < m; k += 8192) text += String.fromCharCode.apply(null, unitsOf(out.subarray(k, Math.min(m, k + 8192))));
  return { text, map };
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
