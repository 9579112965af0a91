import type { Alternative, Clause, IndexedRemark, MatchVia } from './types';

const ASCII_WORD = /[a-z0-9]/;

/**
 * Offsets of `needle` in normalised `text`. A needle that starts with a Latin letter or digit must start a word there
 * (OT is not inside "bot"), and a short one (AI, OT, EDR) must end one too; longer Latin words may run on into
 * plurals and compounds.
 */
export function findAll(text: string, needle: string): number[] {
  const found: number[] = [];
  if (needle.length === 0) return found;
  const bounds = boundsOf(needle);
  for (let at = nextAt(text, needle, 0, bounds); at !== -1; at = nextAt(text, needle, at + 1, bounds)) found.push(at);
  return found;
}

/** How many offsets findAll gives, without making them: the index counts a needle in thousands of remarks. */
export function countAll(text: string, needle: string): number {
  if (needle.length === 0) return 0;
  const bounds = boundsOf(needle);
  let times = 0;
  for (let at = nextAt(text, needle, 0, bounds); at !== -1; at = nextAt(text, needle, at + 1, bounds)) times++;
  return times;
}

/** Which word boundaries an occurrence of `needle` must respect (see findAll). */
interface Bounds {
  start: boolean;
  end: boolean;
}
const boundsOf = (needle: string): Bounds => ({
  start: ASCII_WORD.test(needle[0]),
  end: needle.length <= 3 && ASCII_WORD.test(needle[needle.length - 1]),
});

/** The first offset from `from` on where `needle` occurs within its bounds, or -1. */
function nextAt(text: string, needle: string, from: number, bounds: Bounds): number {
  for (let at = text.indexOf(needle, from); at !== -1; at = text.indexOf(needle, at + 1)) {
    if (bounds.start && at > 0 && ASCII_WORD.test(text[at - 1])) continue;
    if (bounds.end && at + needle.length < text.length && ASCII_WORD.test(text[at + needle.length])) continue;
    return at;
  }
  return -1;
}

export interface ClauseMatch {
  /** occurrences in the remark's normalised text, by alternative */
  spans: { start: number; end: number; via: MatchVia }[];
  bySpeaker: boolean;
  byTermLink: boolean;
}

/** Occurrences of one alternative in normalised text, as spans. */
export function alternativeSpans(text: string, alt: Alternative): { start: number; end: number }[] {
  if (alt.seq) return findSequence(text, alt.seq, alt.gap ?? 0);
  if (alt.all) {
    const each = alt.all.map((p) => findAll(text, p).map((at) => ({ start: at, end: at + p.length })));
    return each.some((e) => e.length === 0) ? [] : each.flat();
  }
  return findAll(text, alt.text).map((at) => ({ start: at, end: at + alt.text.length }));
}

/** How many spans alternativeSpans gives, without making them (compounds' parts are counted in many remarks). */
export function countAlternative(text: string, alt: Alternative): number {
  if (alt.seq) {
    const { seq, gap = 0 } = alt;
    if (seq[0].length === 0) return 0;
    const bounds = boundsOf(seq[0]);
    let times = 0;
    for (let at = nextAt(text, seq[0], 0, bounds); at !== -1; at = nextAt(text, seq[0], at + 1, bounds))
      if (sequenceEnd(text, seq, gap, at) !== -1) times++;
    return times;
  }
  if (alt.all) {
    let times = 0;
    for (const p of alt.all) {
      const n = countAll(text, p);
      if (n === 0) return 0;
      times += n;
    }
    return times;
  }
  return countAll(text, alt.text);
}

/** `parts` in order, each starting at most `gap` characters after the previous ends: 情報を共有, 情報収集・共有. */
function findSequence(text: string, parts: readonly string[], gap: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const at of findAll(text, parts[0])) {
    const end = sequenceEnd(text, parts, gap, at);
    if (end !== -1) out.push({ start: at, end });
  }
  return out;
}

/** Where the sequence that starts with `parts[0]` at `at` ends, or -1 when a later part is not within the gap. */
function sequenceEnd(text: string, parts: readonly string[], gap: number, at: number): number {
  let end = at + parts[0].length;
  for (let k = 1; k < parts.length; k++) {
    // Looked for only within the gap: indexOf would read on to the end of a long remark for every occurrence.
    let g = 0;
    while (g <= gap && !text.startsWith(parts[k], end + g)) g++;
    if (g > gap) return -1;
    end += g + parts[k].length;
  }
  return end;
}

/**
 * How a remark satisfies a clause, or null when it does not. `alternatives` narrows the alternatives tried to those
 * known to occur in this remark (the search has that from the index).
 */
export function matchClause(
  doc: IndexedRemark,
  clause: Clause,
  termIdsOfRemark: readonly string[] = [],
  alternatives: readonly Alternative[] = clause.alternatives,
): ClauseMatch | null {
  // Spans made once each (no copies): the head of a broad query is matched remark by remark on every keystroke.
  const spans: ClauseMatch['spans'] = [];
  for (const alt of alternatives) {
    const { via } = alt;
    if (alt.seq || alt.all) for (const s of alternativeSpans(doc.norm, alt)) spans.push({ start: s.start, end: s.end, via });
    else for (const at of findAll(doc.norm, alt.text)) spans.push({ start: at, end: at + alt.text.length, via });
  }
  const bySpeaker = doc.remark.speakerId !== null && clause.speakerIds.includes(doc.remark.speakerId);
  const byTermLink = clause.termIds.some((id) => termIdsOfRemark.includes(id));
  if (spans.length === 0 && !bySpeaker && !byTermLink) return null;
  return { spans: withoutNested(spans), bySpeaker, byTermLink };
}

/** A span inside a longer one of the same clause is one occurrence, not two (村井 inside 村井純). */
function withoutNested(spans: ClauseMatch['spans']): ClauseMatch['spans'] {
  if (spans.length < 2) return spans;
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: ClauseMatch['spans'] = [];
  for (const s of spans) {
    const last = kept[kept.length - 1];
    if (last && s.start >= last.start && s.end <= last.end) continue;
    kept.push(s);
  }
  return kept;
}
