import type { ClauseMatch } from './match';
import type { IndexedRemark, MatchVia } from './types';

/**
 * Relevance, BM25-style: per clause, how often the remark satisfies it (saturating, relative to the remark's length)
 * times how rare the clause is in the corpus; remarks where all clauses meet within a short stretch rank higher.
 */

/** What one occurrence counts for, by how it entered the query: a typo's stand-in counts less than the typed word. */
export const VIA_WEIGHT: Record<MatchVia, number> = {
  phrase: 1.2,
  typed: 1,
  name: 0.9,
  synonym: 0.9,
  parts: 0.8,
  narrower: 0.7,
  related: 0.5,
  fuzzy: 0.5,
  loose: 0.3,
};
/** Being the speaker counts as much as naming the person twice. */
export const SPEAKER_WEIGHT = 2;
/** Linked to a term by the corpus without a written form we know: weaker than any occurrence. */
export const TERM_LINK_WEIGHT = 0.4;
const K1 = 1.2;
const B = 0.5;
/** Characters within which all clauses count as said together. */
export const NEAR = 60;
export const NEAR_BONUS = 1.3;

/** BM25's saturating term frequency, relative to the remark's length, times the clause's rarity and how well it matched. */
export function clauseScore(idf: number, quality: number, tf: number, docLength: number, averageLength: number): number {
  const lengthNorm = 1 - B + (B * docLength) / Math.max(1, averageLength);
  return (idf * quality * (tf * (K1 + 1))) / (tf + K1 * lengthNorm);
}

export function inverseDocumentFrequency(total: number, matching: number): number {
  return Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
}

/** `matches[i]` is null for a clause the remark does not satisfy (a partial match). */
export function scoreRemark(
  doc: IndexedRemark,
  all: readonly (ClauseMatch | null)[],
  idfs: readonly number[],
  averageLength: number,
): number {
  const lengthNorm = 1 - B + (B * doc.norm.length) / Math.max(1, averageLength);
  let score = 0;
  const matches = all.filter((m): m is ClauseMatch => m !== null);
  all.forEach((m, i) => {
    if (!m) return;
    // How often (saturating) times how well: the best way the remark satisfies the clause sets its weight, so a remark
    // with the typed word once ranks above one holding only a paraphrase or the loose parts of a compound many times.
    let tf = m.spans.length;
    let quality = m.spans.reduce((best, s) => Math.max(best, VIA_WEIGHT[s.via]), 0);
    if (m.bySpeaker) {
      tf += SPEAKER_WEIGHT;
      quality = Math.max(quality, 1);
    }
    if (m.byTermLink && m.spans.length === 0) {
      tf += 1;
      quality = Math.max(quality, TERM_LINK_WEIGHT);
    }
    score += (idfs[i] * quality * (tf * (K1 + 1))) / (tf + K1 * lengthNorm);
  });
  if (matches.length > 1 && shortestCover(matches) <= NEAR) score *= NEAR_BONUS;
  return score;
}

/** Length of the shortest stretch holding one occurrence of every clause (Infinity when a clause has none in text). */
export function shortestCover(matches: readonly ClauseMatch[]): number {
  if (matches.some((m) => m.spans.length === 0)) return Infinity;
  const events = matches
    .flatMap((m, clause) => m.spans.map((s) => ({ start: s.start, end: s.end, clause })))
    .sort((a, b) => a.start - b.start);
  const need = matches.length;
  const inWindow = new Array<number>(need).fill(0);
  let covered = 0;
  let best = Infinity;
  let left = 0;
  // Sliding window over occurrences sorted by start: shrink from the left while every clause stays covered. The window
  // ends where its last-starting occurrence ends (a longer occurrence further left is rare and only widens it).
  for (let right = 0; right < events.length; right++) {
    if (inWindow[events[right].clause]++ === 0) covered++;
    while (covered === need) {
      best = Math.min(best, events[right].end - events[left].start);
      if (--inWindow[events[left].clause] === 0) covered--;
      left++;
    }
  }
  return best;
}
