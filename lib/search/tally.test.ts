import { describe, expect, it } from 'vitest';
import { addClauseScores, addOccurrences, clausesHeldBy, countSatisfying, dealByDate, mostSatisfied, satisfyingAtLeast } from './tally';
import { clauseScore } from './rank';

describe("search's per-remark loops", () => {
  it('adds occurrences and keeps the best weight per remark', () => {
    const tf = new Float32Array(5);
    const quality = new Float32Array(5);
    addOccurrences(tf, quality, Int32Array.from([1, 3]), Uint16Array.from([2, 1]), 0.5);
    addOccurrences(tf, quality, Int32Array.from([3, 4]), Uint16Array.from([4, 1]), 1);
    addOccurrences(tf, quality, Int32Array.from([1]), Uint16Array.from([1]), 0.25);
    expect([...tf]).toEqual([0, 3, 0, 5, 1]);
    expect([...quality]).toEqual([0, 0.5, 0, 1, 1]);
  });

  it('counts the remarks satisfying each clause, and how many clauses each remark satisfies', () => {
    const satisfied = new Uint8Array(4);
    expect(countSatisfying(Float32Array.from([1, 0, 2, 0]), satisfied)).toBe(2);
    expect(countSatisfying(Float32Array.from([0, 0, 1, 0]), satisfied)).toBe(1);
    expect([...satisfied]).toEqual([1, 0, 2, 0]);
    expect(mostSatisfied(satisfied)).toBe(2);
    expect(mostSatisfied(new Uint8Array(3))).toBe(0);
    expect(satisfyingAtLeast(satisfied, 1)).toEqual([0, 2]);
    expect(satisfyingAtLeast(satisfied, 2)).toEqual([2]);
  });

  it('records per hit the clauses held and counts the hits holding every live clause', () => {
    const held = new Uint8Array(2);
    expect(clausesHeldBy([0, 2], Uint8Array.from([1, 0, 2, 0]), 2, held)).toBe(1);
    expect([...held]).toEqual([1, 2]);
  });

  it("adds a clause's score to the hits satisfying it, as rank.ts scores it", () => {
    const scores = new Float64Array(2);
    const lengths = Float64Array.from([10, 20, 30]);
    addClauseScores(scores, [0, 2], { tf: Float32Array.from([0, 1, 2]), quality: Float32Array.from([0, 1, 0.5]), idf: 1.5 }, lengths, 20);
    expect(scores[0]).toBe(0);
    expect(scores[1]).toBe(clauseScore(1.5, 0.5, 2, 30, 20));
  });

  it('deals hits into tiers by clauses held, in the date order given (or corpus order)', () => {
    // Remarks 0..3; hits: remark 3 is hit 0 (1 clause), remark 1 is hit 1 (2 clauses), remark 0 is hit 2 (1 clause).
    const hitOf = Int32Array.from([3, 2, 0, 1]);
    const held = Uint8Array.from([1, 2, 1]);
    const oldest: number[][] = [[], [], []];
    dealByDate(hitOf, held, oldest, null);
    expect(oldest).toEqual([[], [2, 0], [1]]);
    const newest: number[][] = [[], [], []];
    dealByDate(hitOf, held, newest, Int32Array.from([3, 2, 1, 0]));
    expect(newest).toEqual([[], [0, 2], [1]]);
  });
});
