/**
 * A result's remarks (positions in `index.docs`) in result order, ordered only as far as they are read. The panel
 * reads the first page on every keystroke and the whole order only to export or to show more than the head: sorting
 * the thousands of hits of a broad query every time was most of its cost (see search.ts).
 */
export interface LazyOrder {
  readonly length: number;
  /** the first `k` positions, in order */
  first(k: number): number[];
}

/** Positions already in result order (by date, every remark). */
export function inOrder(positions: readonly number[]): LazyOrder {
  return { length: positions.length, first: (k) => positions.slice(0, k) };
}

/**
 * `head` is the first positions of `all` in result order; the rest of `all` is ordered by `before` (a strict total
 * order) when first read past the head, once.
 */
export function headThenRest(all: readonly number[], head: readonly number[], before: (a: number, b: number) => number): LazyOrder {
  let whole: number[] | null = null;
  return {
    length: all.length,
    first(k) {
      if (k <= head.length) return head.slice(0, k);
      if (!whole) {
        const inHead = new Set(head);
        whole = [...head, ...all.filter((d) => !inHead.has(d)).sort(before)];
      }
      return whole.slice(0, k);
    },
  };
}
