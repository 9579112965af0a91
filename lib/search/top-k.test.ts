import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headThenRest } from './lazy-order';
import { firstK } from './top-k';

/** Items 0 … n − 1 with keys that often tie (few distinct scores) and distinct dates, ordered as search orders hits. */
const keysAndDates = fc
  .array(fc.integer({ min: 0, max: 6 }), { maxLength: 400 })
  .chain((keys) => fc.tuple(fc.constant(keys), fc.shuffledSubarray([...keys.keys()], { minLength: keys.length, maxLength: keys.length })));
const orderBy =
  ([keys, dates]: [number[], number[]]) =>
  (a: number, b: number) =>
    keys[b] - keys[a] || dates[a] - dates[b];
const sortAll = (count: number, before: (a: number, b: number) => number) => [...Array(count).keys()].sort(before);

describe('first k of an order without sorting every item', () => {
  it('gives what a full sort gives for its first k, for any k', () => {
    fc.assert(
      fc.property(keysAndDates, fc.integer({ min: 0, max: 450 }), (items, k) => {
        const before = orderBy(items);
        expect(firstK(items[0].length, k, before)).toEqual(sortAll(items[0].length, before).slice(0, k));
      }),
      { numRuns: 300 },
    );
  });

  it('orders the rest after the head when read past it, as one full sort would', () => {
    fc.assert(
      fc.property(keysAndDates, fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 450 }), (items, k, read) => {
        const before = orderBy(items);
        const count = items[0].length;
        const order = headThenRest(count, firstK(count, k, before), before);
        const sorted = sortAll(count, before);
        expect(order.length).toBe(count);
        expect(order.first(read)).toEqual(sorted.slice(0, read));
        expect(order.first(count)).toEqual(sorted);
      }),
      { numRuns: 300 },
    );
  });
});
