import { UnitBuffer, foldText, textOfUnits } from '../text/normalize';

/**
 * The text the automaton runs over: adjacent text segments (the text nodes of one block) normalised one by one and
 * joined, with every run of white space collapsed to one space, so "村井 純", "村井　純" and a name broken by a line
 * feed in the page's source all read "村井 純".
 */
export interface MatchText {
  text: string;
  /** for each UTF-16 unit of `text`: the offset, in the joined original segments, where its character starts */
  map: Int32Array;
  /** length of the joined original segments */
  originalLength: number;
}

/** White space as /\s/ has it, one UTF-16 unit at a time (match-text.test.ts checks every unit against it). */
export function isSpaceUnit(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const joined = new UnitBuffer();

export function buildMatchText(segments: readonly string[]): MatchText {
  let m = 0;
  let base = 0;
  let afterSpace = false;
  let { units: text, at: map } = joined.room(0);
  for (const segment of segments) {
    const { units, starts, length } = foldText(segment);
    if (m + length > text.length) ({ units: text, at: map } = joined.room(m + length, { units: text, at: map }, m));
    for (let k = 0; k < length; k++) {
      let c = units[k];
      if (isSpaceUnit(c)) {
        if (afterSpace) continue;
        afterSpace = true;
        c = 0x20;
      } else {
        afterSpace = false;
      }
      text[m] = c;
      map[m++] = base + starts[k];
    }
    base += segment.length;
  }
  return { text: textOfUnits(text, m), map: map.slice(0, m), originalLength: base };
}

/** Patterns go through the same normalisation as page text, so both sides compare equal. */
export function normalizePattern(pattern: string): string {
  return buildMatchText([pattern.trim()]).text;
}

/** Offset in the original just after the character that produced unit `index` of the match text. */
export function originalEnd(matchText: MatchText, index: number): number {
  const { map } = matchText;
  for (let k = index + 1; k < map.length; k++) if (map[k] !== map[index]) return map[k];
  return matchText.originalLength;
}

/**
 * A match must start and end on whole original characters: one character can expand to several under NFKC (㍻ →
 * 平成), and a match on part of that expansion has no exact place in the original.
 */
export function isAligned(matchText: MatchText, start: number, end: number): boolean {
  const { map } = matchText;
  return (start === 0 || map[start] !== map[start - 1]) && (end === map.length || map[end] !== map[end - 1]);
}
