import { normalizeWithMap } from '../text/normalize';

/**
 * The text the automaton runs over: adjacent text segments (the text nodes of one block) normalised one by one and
 * joined, with every run of white space collapsed to one space, so "村井 純", "村井　純" and a name broken by a line
 * feed in the page's source all read "村井 純".
 */
export interface MatchText {
  text: string;
  /** for each UTF-16 unit of `text`: the offset, in the joined original segments, where its character starts */
  map: number[];
  /** length of the joined original segments */
  originalLength: number;
}

const SPACE = /\s/;

export function buildMatchText(segments: readonly string[]): MatchText {
  const parts: string[] = [];
  const map: number[] = [];
  let base = 0;
  let afterSpace = false;
  for (const segment of segments) {
    const normalized = normalizeWithMap(segment);
    // Copy runs without white space whole; only white space is looked at character by character.
    let runStart = 0;
    const flush = (end: number) => {
      if (end <= runStart) return;
      parts.push(normalized.text.slice(runStart, end));
      for (let k = runStart; k < end; k++) map.push(base + normalized.map[k]);
    };
    for (let k = 0; k < normalized.text.length; k++) {
      if (!SPACE.test(normalized.text[k])) {
        afterSpace = false;
        continue;
      }
      flush(k);
      runStart = k + 1;
      if (afterSpace) continue;
      afterSpace = true;
      parts.push(' ');
      map.push(base + normalized.map[k]);
    }
    flush(normalized.text.length);
    base += segment.length;
  }
  return { text: parts.join(''), map, originalLength: base };
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
