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

const KATAKANA = /[\u30A1-\u30FA\u30FD-\u30FF]/;
const LONG_VOWEL = 'ー';
const MIDDLE_DOT = '・';

export interface NormalizedText {
  /** the normalised text */
  text: string;
  /** for each UTF-16 unit of `text`, the index of the UTF-16 unit in the original where its character starts */
  map: number[];
}

function isKatakana(ch: string | undefined): boolean {
  return ch !== undefined && (KATAKANA.test(ch) || ch === LONG_VOWEL);
}

/**
 * Normalises `original` and keeps, for every output unit, the offset of the original character it came from, so a
 * match found in normalised text maps back to exact offsets in the original (a text node, a remark).
 * Characters are normalised one cluster at a time: a code point together with the combining or half-width voicing
 * marks that follow it (ﾊﾞ, は + U+3099), so those compose as NFKC would compose them in context.
 */
export function normalizeWithMap(original: string): NormalizedText {
  const chars: string[] = [];
  const starts: number[] = [];
  for (const [start, cluster] of clusters(original)) {
    for (const ch of cluster.normalize('NFKC').toLowerCase()) {
      chars.push(ch);
      starts.push(start);
    }
  }
  let text = '';
  const map: number[] = [];
  for (let k = 0; k < chars.length; k++) {
    const ch = chars[k];
    if (ch === MIDDLE_DOT && isKatakana(chars[k - 1]) && isKatakana(chars[k + 1])) continue;
    if (ch === LONG_VOWEL && isKatakana(chars[k - 1]) && chars[k - 1] !== LONG_VOWEL && !isKatakana(nextNonDot(chars, k + 1))) continue;
    text += ch;
    for (let u = 0; u < ch.length; u++) map.push(starts[k]);
  }
  return { text, map };
}

const MARK = /[\u0300-\u036F\u3099\u309A\uFF9E\uFF9F]/;

function* clusters(s: string): Generator<[number, string]> {
  let start = 0;
  let cluster = '';
  let i = 0;
  for (const cp of s) {
    if (cluster && !MARK.test(cp)) {
      yield [start, cluster];
      cluster = '';
    }
    if (!cluster) start = i;
    cluster += cp;
    i += cp.length;
  }
  if (cluster) yield [start, cluster];
}

function nextNonDot(chars: string[], from: number): string | undefined {
  let k = from;
  while (chars[k] === LONG_VOWEL) k++;
  return chars[k] === MIDDLE_DOT ? chars[k + 1] : chars[k];
}

/** Normalised text only, for building indexes and patterns. */
export function normalize(original: string): string {
  return normalizeWithMap(original).text;
}
