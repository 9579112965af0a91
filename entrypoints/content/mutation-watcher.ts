import { guarded } from '../../lib/guard';
import { blockOf, isInline } from './text-blocks';

/** Changes are collected for this long after the first one before a rescan starts... */
const SETTLE_MS = 60;
/** ...and rescans start at least this far apart; a page that never stops changing gets at most one rescan per gap. */
const MIN_GAP_MS = 250;
/** A rescan that took long widens the gap, so work stays a small share of the main thread (at most 1/GAP_FACTOR). */
const GAP_FACTOR = 5;
const MAX_GAP_MS = 5000;
/** More changed places than this in one batch are rescanned as their common ancestors' blocks, not one by one. */
const MAX_ROOTS = 100;

export interface DirtyBatch {
  /** subtrees to rescan (blocks whose text changed, elements that were added) */
  rescan: Node[];
  /** some content left the page: mentions in it are to be forgotten */
  removed: boolean;
}

/**
 * Watches the document and open shadow roots for text changes and reports only what changed, coalesced and throttled.
 * `isOwn` filters out our own nodes (the popover host, fallback marks); `quietly` runs our own DOM changes without
 * reporting them.
 */
export class MutationWatcher {
  private readonly observer: MutationObserver;
  private rescan = new Set<Node>();
  private removed = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastFlush = -Infinity;
  /** how many changes that matter have been seen: unchanged between two reads means the text is as it was */
  private version = 0;
  private gap = MIN_GAP_MS;

  constructor(
    /** resolves with the main-thread ms the batch cost (waits for the background excluded), or nothing */
    private readonly onBatch: (batch: DirtyBatch) => Promise<number | void>,
    private readonly isOwn: (node: Node) => boolean,
  ) {
    this.observer = new MutationObserver(guarded((records: MutationRecord[]) => this.collect(records)));
  }

  observe(root: Document | ShadowRoot): void {
    this.observer.observe(root, { childList: true, characterData: true, subtree: true });
  }

  /** Runs `change` (our own DOM edit) so that the observer does not report it; page changes before it still count. */
  quietly = (change: () => void): void => {
    this.collect(this.observer.takeRecords());
    try {
      change();
    } finally {
      this.observer.takeRecords();
    }
  };

  /** Whether any change that matters (text, added or removed content) has been seen since observing began. */
  sawChanges(): boolean {
    return this.changes() > 0;
  }

  /**
   * A count of the changes that matter seen so far, those not yet delivered to the observer included: when it is the
   * same at two moments, no text under the observed roots changed in between (our own quiet edits aside).
   */
  changes(): number {
    this.collect(this.observer.takeRecords());
    return this.version;
  }

  disconnect(): void {
    this.observer.disconnect();
    clearTimeout(this.timer);
    this.rescan.clear();
    this.removed = false;
  }

  private collect(records: MutationRecord[]): void {
    for (const record of records) {
      if (this.isOwn(record.target)) continue;
      if (record.type === 'characterData') {
        this.version++;
        this.rescan.add(blockOf(record.target));
        continue;
      }
      const added = [...record.addedNodes].filter((n) => !this.isOwn(n));
      const removed = [...record.removedNodes].filter((n) => !this.isOwn(n));
      if (!added.length && !removed.length) continue;
      this.version++;
      if (removed.length) this.removed = true;
      // A new block stands alone; new or removed inline content changes the text of the block around it.
      const inlineChange = [...added, ...removed].some((n) => !(n instanceof Element) || isInline(n));
      if (inlineChange) this.rescan.add(blockOf(record.target));
      for (const node of added) if (node instanceof Element && !isInline(node)) this.rescan.add(node);
    }
    if (this.rescan.size || this.removed) this.schedule();
  }

  private schedule(): void {
    if (this.timer !== undefined) return;
    const wait = Math.max(SETTLE_MS, this.lastFlush + this.gap - performance.now());
    this.timer = setTimeout(() => void this.flush().catch((error) => console.debug('[Minutes Lens] rescan failed', error)), wait);
  }

  private async flush(): Promise<void> {
    this.lastFlush = performance.now();
    const batch: DirtyBatch = { rescan: outermost([...this.rescan]), removed: this.removed };
    this.rescan.clear();
    this.removed = false;
    const started = performance.now();
    let workMs: number | void = undefined;
    try {
      workMs = await this.onBatch(batch);
    } finally {
      // the gap follows the work the rescan cost this page, not the time spent waiting for the background's answer
      this.gap = Math.min(
        MAX_GAP_MS,
        Math.max(MIN_GAP_MS, (typeof workMs === 'number' ? workMs : performance.now() - started) * GAP_FACTOR),
      );
      this.timer = undefined;
      if (this.rescan.size || this.removed) this.schedule();
    }
  }
}

/** Connected roots with none inside another; too many collapse into their blocks' common ancestors. */
function outermost(nodes: Node[]): Node[] {
  const roots = nodes.filter((n) => n.isConnected);
  if (roots.length > MAX_ROOTS) {
    // Grouped by pushing, not by copying the group for each node: 50,000 blocks added at once took 2 s here.
    const byTree = new Map<Node, Node[]>();
    for (const n of roots) {
      const tree = n.getRootNode();
      const group = byTree.get(tree);
      if (group) group.push(n);
      else byTree.set(tree, [n]);
    }
    return [...byTree.values()].map((group) => blockOf(group.reduce(commonAncestor)));
  }
  return roots.filter((n) => !roots.some((other) => other !== n && other.contains(n)));
}

function commonAncestor(a: Node, b: Node): Node {
  const ancestors = new Set<Node>();
  for (let n: Node | null = a; n; n = n.parentNode) ancestors.add(n);
  for (let n: Node | null = b; n; n = n.parentNode) if (ancestors.has(n)) return n;
  return a.getRootNode();
}
