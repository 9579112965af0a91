import type { SearchIndex } from './search-index';

/**
 * Arrays of one slot per remark that a search fills and reads before it returns, kept per index and reused by every
 * search of it. A search used to allocate two for each clause and two more (about 0.4 MB for three clauses at 12,600
 * remarks); memory outside the JavaScript heap makes the engine collect garbage sooner, and in the panel, whose heap
 * holds the corpus, a collection costs tens of milliseconds. What a result keeps after returning is its own.
 */
export interface Scratch {
  /** per clause: how often each remark satisfies it (0: not at all) and how well (rank.ts's weights) */
  tf: Float32Array[];
  quality: Float32Array[];
  /** how many clauses each remark satisfies */
  satisfied: Uint8Array;
  /** 1 + the number of the hit a remark is (0: none), for ordering by date */
  hitOf: Int32Array;
}

const kept = new WeakMap<SearchIndex, Scratch>();

/** The index's scratch arrays for `clauses` clauses, all zero. Valid until the next call for the same index. */
export function scratchFor(index: SearchIndex, clauses: number): Scratch {
  const n = index.docs.length;
  let s = kept.get(index);
  if (!s) kept.set(index, (s = { tf: [], quality: [], satisfied: new Uint8Array(n), hitOf: new Int32Array(n) }));
  else {
    s.satisfied.fill(0);
    s.hitOf.fill(0);
  }
  for (let i = 0; i < clauses; i++) {
    if (i < s.tf.length) {
      s.tf[i].fill(0);
      s.quality[i].fill(0);
    } else {
      s.tf.push(new Float32Array(n));
      s.quality.push(new Float32Array(n));
    }
  }
  return s;
}
