/**
 * The first `k` of the items 0 … count − 1 in the order `before` defines, in that order: what sorting them all by
 * `before` and keeping `k` gives when `before` is a strict total order (no two items compare equal), at a fraction of
 * the cost when `k` is far below `count`. A bounded max-heap holds the best `k` seen so far; an item that does not come before its
 * root (the worst of them) costs one comparison, and most items of a broad query are such.
 */
export function firstK(count: number, k: number, before: (a: number, b: number) => number): number[] {
  const size = Math.min(k, count);
  if (size <= 0) return [];
  const heap = new Int32Array(size);
  // heap[0] is the worst kept item: each parent comes after its children.
  const down = (from: number, x: number) => {
    let i = from;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= size) break;
      const right = left + 1;
      const child = right < size && before(heap[right], heap[left]) > 0 ? right : left;
      if (before(heap[child], x) <= 0) break;
      heap[i] = heap[child];
      i = child;
    }
    heap[i] = x;
  };
  for (let i = 0; i < size; i++) heap[i] = i;
  for (let i = (size >> 1) - 1; i >= 0; i--) down(i, heap[i]);
  for (let x = size; x < count; x++) if (before(x, heap[0]) < 0) down(0, x);
  return Array.from(heap).sort(before);
}
