import { clauseScore } from './rank';

/**
 * The loops a search runs over every remark or every hit, one loop per function. The side panel runs search a few
 * dozen times, too few for V8 to optimise `search` as a whole: its loops ran interpreted until compiled on the stack,
 * and leaving an inner loop threw that code away again (V8's --trace-deopt, "exit from OSR'd inner loop": 505 in a
 * panel session of 24 searches at ×100, 227 with these functions). A function holding one loop and called for every
 * clause is optimised whole after a few calls.
 */

/** For each remark holding an alternative (`docs[i]`, `counts[i]` times): its count added, its best weight kept. */
export function addOccurrences(tf: Float32Array, quality: Float32Array, docs: Int32Array, counts: Uint16Array, weight: number): void {
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i];
    tf[d] += counts[i];
    if (weight > quality[d]) quality[d] = weight;
  }
}

/** How many remarks satisfy a clause (`tf` above 0); each of them is counted in `satisfied` too. */
export function countSatisfying(tf: Float32Array, satisfied: Uint8Array): number {
  let count = 0;
  for (let d = 0; d < tf.length; d++) {
    if (tf[d] > 0) {
      count++;
      satisfied[d]++;
    }
  }
  return count;
}

/** The most clauses any remark satisfies. */
export function mostSatisfied(satisfied: Uint8Array): number {
  let best = 0;
  for (let d = 0; d < satisfied.length; d++) if (satisfied[d] > best) best = satisfied[d];
  return best;
}

/** The remarks satisfying at least `need` clauses, in corpus order. */
export function satisfyingAtLeast(satisfied: Uint8Array, need: number): number[] {
  const out: number[] = [];
  for (let d = 0; d < satisfied.length; d++) if (satisfied[d] >= need) out.push(d);
  return out;
}

/** Per hit (`shown[i]` a remark), the clauses it satisfies into `held`; returns how many hits satisfy all `live`. */
export function clausesHeldBy(shown: readonly number[], satisfied: Uint8Array, live: number, held: Uint8Array): number {
  let full = 0;
  for (let i = 0; i < shown.length; i++) if ((held[i] = satisfied[shown[i]]) >= live) full++;
  return full;
}

/** One clause's weight added to the score of each hit (`shown[i]` a remark) that satisfies it. */
export function addClauseScores(
  scores: Float64Array,
  shown: readonly number[],
  clause: { tf: Float32Array; quality: Float32Array; idf: number },
  lengths: Float64Array,
  averageLength: number,
): void {
  const { tf, quality, idf } = clause;
  for (let i = 0; i < shown.length; i++) {
    const d = shown[i];
    if (tf[d] > 0) scores[i] += clauseScore(idf, quality[d], tf[d], lengths[d], averageLength);
  }
}

/**
 * Hits (numbered 0 … in `hitOf`, 1 + the number per remark, 0 for none) dealt into tiers by clauses held (`held`),
 * walking the remarks in `byDate` order (positions), or in corpus order (oldest first) when null.
 */
export function dealByDate(hitOf: Int32Array, held: Uint8Array, tiers: number[][], byDate: Int32Array | null): void {
  for (let k = 0; k < hitOf.length; k++) {
    const i = hitOf[byDate ? byDate[k] : k] - 1;
    if (i >= 0) tiers[held[i]].push(i);
  }
}
