import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deflateSortedLists, deflateText, deflateUint16Lists, inflateSortedLists, inflateText, inflateUint16, jsonPieces } from './packed';

const sortedList = fc
  .uniqueArray(fc.integer({ min: 0, max: 200_000 }), { maxLength: 300 })
  .map((xs) => Int32Array.from(xs.sort((a, b) => a - b)));
const ends = (lists: { length: number }[]) => {
  let total = 0;
  return Int32Array.from(lists, (l) => (total += l.length));
};

describe('packed blocks of the stored search index', () => {
  it('gives back text written in pieces of any size, surrogate pairs split across pieces included', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { maxLength: 60 }), async (pieces) => {
        // whole code points only: a lone surrogate is not text TextEncoder can keep
        const text = pieces.join('');
        fc.pre(text === text.toWellFormed());
        expect(await inflateText(await deflateText(pieces))).toBe(text);
      }),
      { numRuns: 60 },
    );
    const long = Array.from({ length: 5000 }, (_, i) => `発言${i}、サイバーセキュリティ対策。\n`);
    expect(await inflateText(await deflateText(long))).toBe(long.join(''));
    // a pair split between two pieces where a batch of 65,536 units ends
    const split = ['a'.repeat(65_535) + '\ud842', '\udfb7 𠮷'];
    expect(await inflateText(await deflateText(split))).toBe(split.join(''));
  });

  it('gives back sorted lists as one array, list after list', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(sortedList, { maxLength: 20 }), async (lists) => {
        const back = await inflateSortedLists(await deflateSortedLists(lists), ends(lists));
        expect([...back]).toEqual(lists.flatMap((l) => [...l]));
      }),
      { numRuns: 60 },
    );
    // more values than one block of the compressor's input
    const big = [Int32Array.from({ length: 70_000 }, (_, i) => i * 3), Int32Array.from([5, 9])];
    expect([...(await inflateSortedLists(await deflateSortedLists(big), ends(big)))]).toEqual([...big[0], 5, 9]);
  });

  it('gives back counts', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(fc.integer({ min: 0, max: 65535 }), { maxLength: 200 }), { maxLength: 20 }), async (xs) => {
        const lists = xs.map((l) => Uint16Array.from(l));
        expect([...(await inflateUint16(await deflateUint16Lists(lists)))]).toEqual(xs.flat());
      }),
      { numRuns: 60 },
    );
  });

  it('writes JSON in pieces that parse to the same value', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.oneof(fc.jsonValue(), fc.array(fc.jsonValue()))), (value) => {
        expect(JSON.parse([...jsonPieces(value)].join(''))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});
