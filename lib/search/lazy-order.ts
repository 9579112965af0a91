/**
 * A result's items (hits by number, or remarks by position in `index.docs`) in result order, ordered only as far as
 * they are read. The panel reads the first page on every keystroke and the whole order only to export or to show more
 * than the head: sorting the thousands of hits of a broad query every time was most of its cost (see search.ts).
 */
export interface LazyOrder {
  readonly length: number;
  /** the first `k` items, in order */
  first(k: number): number[];
}

/** Items already in result order (by date, every remark). */
export function inOrder(items: readonly number[]): LazyOrder {
  return { length: items.length, first: (k) => items.slice(0, k) };
}

/**
 * The items 0 … count − 1 in the order `before` defines (a strict total order), `head` being the first of them already
 * in order; the rest is ordered when first read past the head, once.
 */
export function headThenRest(count: number, head: readonly number[], before: (a: number, b: number) => number): LazyOrder {
  let whole: number[] | null = null;
  return {
    length: count,
    first(k) {
      if (k <= head.length) return head.slice(0, k);
      if (!whole) {
        const inHead = new Set(head);
        const rest: number[] = [];
        for (let i = 0; i < count; i++) if (!inHead.has(i)) rest.push(i);
        whole = [...head, ...rest.sort(before)];
      }
      return whole.slice(0, k);
    },
  };
}
