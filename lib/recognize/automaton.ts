/**
 * Aho–Corasick automaton over UTF-16 code units: every pattern is found in one left-to-right pass over the text,
 * however many patterns there are. Built at build time (scripts/build-patterns.ts) into plain arrays that survive
 * JSON, and run in the content script without rebuilding.
 */
export interface AutomatonData {
  /**
   * Edges of state s are at indexes edgeStart[s] .. edgeStart[s + 1] - 1, sorted by code unit. States are numbered
   * breadth first with siblings in code-unit order, so edge e always leads to state e + 1 and needs no target array.
   */
  edgeStart: number[];
  edgeChar: number[];
  /** longest proper suffix of the state's string that is also a trie state */
  fail: number[];
  /** index of the pattern that ends exactly at this state, or -1 */
  out: number[];
  /** the nearest state along the fail chain whose `out` is a pattern, or -1: reports patterns that are suffixes */
  dict: number[];
}

/** Builds the automaton; pattern i is reported as index i. Patterns must be distinct and non-empty. */
export function buildAutomaton(patterns: readonly string[]): AutomatonData {
  const children: Map<number, number>[] = [new Map<number, number>()];
  const out: number[] = [-1];
  patterns.forEach((pattern, index) => {
    if (!pattern) throw new Error('empty pattern');
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      let next = children[state].get(c);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        out.push(-1);
        children[state].set(c, next);
      }
      state = next;
    }
    if (out[state] !== -1) throw new Error(`duplicate pattern: ${pattern}`);
    out[state] = index;
  });

  const fail = new Array<number>(children.length).fill(0);
  const dict = new Array<number>(children.length).fill(-1);
  const queue: number[] = [...children[0].values()];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head];
    for (const [c, child] of children[state]) {
      let f = fail[state];
      while (f !== 0 && !children[f].has(c)) f = fail[f];
      const target = children[f].get(c);
      fail[child] = target !== undefined && target !== child ? target : 0;
      dict[child] = out[fail[child]] !== -1 ? fail[child] : dict[fail[child]];
      queue.push(child);
    }
  }

  // Renumber breadth first, children in code-unit order: then the children of each state are consecutive and
  // come in the same order as its edges, which is what makes edge e lead to state e + 1.
  const order: number[] = [0];
  const sortedChildren = children.map((edges) => [...edges].sort((a, b) => a[0] - b[0]));
  for (let head = 0; head < order.length; head++) for (const [, child] of sortedChildren[order[head]]) order.push(child);
  const renumbered = new Array<number>(order.length);
  order.forEach((old, id) => (renumbered[old] = id));
  const at = (old: number) => (old < 0 ? -1 : renumbered[old]);

  const edgeStart: number[] = [];
  const edgeChar: number[] = [];
  for (const old of order) {
    edgeStart.push(edgeChar.length);
    for (const [c, child] of sortedChildren[old]) {
      if (renumbered[child] !== edgeChar.length + 1) throw new Error('automaton numbering is not breadth first');
      edgeChar.push(c);
    }
  }
  edgeStart.push(edgeChar.length);
  return {
    edgeStart,
    edgeChar,
    fail: order.map((old) => at(fail[old])),
    out: order.map((old) => out[old]),
    dict: order.map((old) => at(dict[old])),
  };
}

export interface TypedAutomatonData {
  edgeStart: Int32Array;
  edgeChar: Uint16Array;
  fail: Int32Array;
  out: Int32Array;
  dict: Int32Array;
}

/** The runnable form: typed arrays for fast, allocation-free stepping. */
export class Automaton {
  private readonly edgeStart: Int32Array;
  private readonly edgeChar: Uint16Array;
  private readonly fail: Int32Array;
  private readonly out: Int32Array;
  private readonly dict: Int32Array;

  /** From the plain arrays (copied), or from typed arrays as they are (views into a binary form, not copied). */
  constructor(data: AutomatonData | TypedAutomatonData) {
    this.edgeStart = data.edgeStart instanceof Int32Array ? data.edgeStart : Int32Array.from(data.edgeStart);
    this.edgeChar = data.edgeChar instanceof Uint16Array ? data.edgeChar : Uint16Array.from(data.edgeChar);
    this.fail = data.fail instanceof Int32Array ? data.fail : Int32Array.from(data.fail);
    this.out = data.out instanceof Int32Array ? data.out : Int32Array.from(data.out);
    this.dict = data.dict instanceof Int32Array ? data.dict : Int32Array.from(data.dict);
  }

  /** The arrays themselves, for the binary form (lib/recognize/binary.ts). */
  get typed(): TypedAutomatonData {
    return { edgeStart: this.edgeStart, edgeChar: this.edgeChar, fail: this.fail, out: this.out, dict: this.dict };
  }

  /** Calls `found(end, pattern)` for every occurrence of every pattern; `end` is exclusive. */
  scan(text: string, found: (end: number, pattern: number) => void): void {
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      for (;;) {
        const next = this.step(state, c);
        if (next >= 0) {
          state = next;
          break;
        }
        if (state === 0) break;
        state = this.fail[state];
      }
      for (let s = this.out[state] >= 0 ? state : this.dict[state]; s >= 0; s = this.dict[s]) found(i + 1, this.out[s]);
    }
  }

  private step(state: number, c: number): number {
    let lo = this.edgeStart[state];
    let hi = this.edgeStart[state + 1] - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const m = this.edgeChar[mid];
      if (m === c) return mid + 1;
      if (m < c) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}
