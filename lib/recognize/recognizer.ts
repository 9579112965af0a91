import { type EntityRef, markKind } from '../corpus/views';
import { Automaton } from './automaton';
import { charAt, charBefore, isKanji, isKatakana, isLatinWord } from './char-class';
import type { CompiledPatterns } from './compile';
import { Flag } from './flags';
import { givenNameBefore } from './given-name';
import { buildMatchText, isAligned, originalEnd, type MatchText } from './match-text';

/** A mention in one string: [start, end) in the original text. */
export interface Mention {
  start: number;
  end: number;
  /** one ref, or several when the form could mean several people (中谷氏) */
  refs: readonly EntityRef[];
  /** person when any ref is a person: that decides the highlight style */
  kind: 'person' | 'term';
  /** index into the compiled patterns */
  pattern: number;
  /** the pattern's flags (lib/recognize/flags.ts), plus `stranger` when the recognizer found one: for coreference */
  flags: number;
}

export interface SegmentPosition {
  segment: number;
  offset: number;
}

/** A mention across adjacent segments (text nodes of one block): it may start in one segment and end in another. */
export interface SegmentMention {
  start: SegmentPosition;
  end: SegmentPosition;
  refs: readonly EntityRef[];
  kind: 'person' | 'term';
  pattern: number;
  flags: number;
}

export interface PatternInfo {
  length: number;
  flags: number;
  refs: readonly EntityRef[];
  kind: 'person' | 'term';
}

/**
 * Finds mentions with one pass of the automaton, then keeps those whose boundaries are right, longest first: where
 * matches overlap the longer one wins, and between equally long ones the leftmost. Never throws on any input text.
 */
export class Recognizer {
  private readonly automaton: Automaton;
  private readonly patterns: PatternInfo[];

  /** From compiled patterns, or from an automaton and pattern table already built (the binary form). */
  constructor(compiled: CompiledPatterns | { automaton: Automaton; patterns: PatternInfo[] }) {
    if (compiled.automaton instanceof Automaton) {
      this.automaton = compiled.automaton;
      this.patterns = compiled.patterns as PatternInfo[];
      return;
    }
    const c = compiled as CompiledPatterns;
    this.automaton = new Automaton(c.automaton);
    this.patterns = c.patterns.map((p) => {
      const refs = p.refs.map((r) => c.refs[r]);
      return { length: p.text.length, flags: p.flags, refs, kind: markKind(refs) };
    });
  }

  get patternCount(): number {
    return this.patterns.length;
  }

  findInText(text: string): Mention[] {
    return this.find(buildMatchText([text]), text);
  }

  findInSegments(segments: readonly string[]): SegmentMention[] {
    const starts: number[] = [];
    let total = 0;
    for (const segment of segments) {
      starts.push(total);
      total += segment.length;
    }
    const locate = (offset: number, isEnd: boolean): SegmentPosition => {
      // An offset on the border of two segments is the end of the first, or the start of the second.
      let lo = 0;
      let hi = segments.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (isEnd ? starts[mid] < offset : starts[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
      return { segment: lo, offset: offset - starts[lo] };
    };
    return this.find(buildMatchText(segments), segments.join('')).map((m) => ({
      start: locate(m.start, false),
      end: locate(m.end, true),
      refs: m.refs,
      kind: m.kind,
      pattern: m.pattern,
      flags: m.flags,
    }));
  }

  private find(matchText: MatchText, original: string): Mention[] {
    const candidates: Candidate[] = [];
    this.automaton.scan(matchText.text, (end, pattern) => {
      const info = this.patterns[pattern];
      const start = end - info.length;
      if (!isAligned(matchText, start, end)) return;
      const mention: Mention = {
        start: matchText.map[start],
        end: originalEnd(matchText, end - 1),
        refs: info.refs,
        kind: info.kind,
        pattern,
        flags: info.flags,
      };
      if (!acceptsBoundaries(original, mention.start, mention.end, info.flags)) return;
      if (info.flags & Flag.givenNameBefore && givenNameBefore(original, mention.start)) mention.flags |= Flag.stranger;
      candidates.push({ mention, length: info.length });
    });
    // A pattern without refs is a blocker ("Prime Minister Kishi" when no Kishi was prime minister): it wins the
    // overlap against shorter patterns inside it, then shows nothing.
    return resolveOverlaps(candidates, matchText.originalLength).filter((m) => m.refs.length > 0);
  }
}

/** Boundary rules, checked against the original characters around the match. */
function acceptsBoundaries(original: string, start: number, end: number, flags: number): boolean {
  const first = charAt(original, start);
  const last = charBefore(original, end);
  const before = charBefore(original, start);
  const after = charAt(original, end);
  if (isLatinWord(first) && isLatinWord(before)) return false;
  if (isLatinWord(last) && isLatinWord(after)) return false;
  if (isKatakana(first) && isKatakana(before)) return false;
  if (isKatakana(last) && isKatakana(after)) return false;
  if (flags & Flag.kanjiBefore && isKanji(before)) return false;
  if (flags & Flag.kanjiAfter && isKanji(after)) return false;
  if (flags & (Flag.upperCase | Flag.capitalized)) {
    const written = original.slice(start, end).normalize('NFKC');
    if (flags & Flag.upperCase && written !== written.toUpperCase()) return false;
    if (flags & Flag.capitalized && written[0] !== written[0].toUpperCase()) return false;
  }
  return true;
}

interface Candidate {
  mention: Mention;
  /** length in normalised text, so spelling variants of one form compare equal */
  length: number;
}

/** Longest first, then leftmost; a candidate that overlaps one already taken is dropped. Result in text order. */
function resolveOverlaps(candidates: Candidate[], originalLength: number): Mention[] {
  candidates.sort((a, b) => b.length - a.length || a.mention.start - b.mention.start);
  const used = new Uint8Array(originalLength);
  const taken: Mention[] = [];
  for (const { mention } of candidates) {
    let free = true;
    for (let k = mention.start; k < mention.end && free; k++) free = used[k] === 0;
    if (!free) continue;
    used.fill(1, mention.start, mention.end);
    taken.push(mention);
  }
  return taken.sort((a, b) => a.start - b.start);
}
