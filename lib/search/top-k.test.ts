import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headThenRest } from './lazy-order';
import { firstK } from './top-k';

/** Distinct positions with keys that often tie (few distinct scores), ordered like search orders hits: key, then position. */
const positionsAndKeys = fc
  .uniqueArray(fc.integer({ min: 0, max: 5_000 }), { maxLength: 400 })
  .chain((positions) => fc.tuple(fc.constant(positions), fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 5_001, maxLength: 5_001 })));
const orderBy = (keys: number[]) => (a: number, b: number) => keys[b] - keys[a] || a - b;

describe('first k of an order without sorting every item', () => {
  it('gives what a full sort gives for its first k, for any k', () => {
    fc.assert(
      fc.property(positionsAndKeys, fc.integer({ min: 0, max: 450 }), ([positions, keys], k) => {
        const before = orderBy(keys);
        expect(firstK(positions, k, before)).toEqual([...positions].sort(before).slice(0, k));
      }),
      { numRuns: 300 },
    );
  });

  it('orders the rest after the head when read past it, as one full sort would', () => {
    fc.assert(
      fc.property(positionsAndKeys, fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 450 }), ([positions, keys], k, read) => {
        const before = orderBy(keys);
        const order = headThenRest(positions, firstK(positions, k, before), before);
        const sorted = [...positions].sort(before);
        expect(order.length).toBe(positions.length);
        expect(order.first(read)).toEqual(sorted.slice(0, read));
        expect(order.first(positions.length)).toEqual(sorted);
      }),
      { numRuns: 300 },
    );
  });
});
