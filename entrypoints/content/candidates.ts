import type { PrefilterTest } from '../../lib/recognize/prefilter';
import { type DirtyBatch, MutationWatcher } from './mutation-watcher';
import { yieldToPage } from './quirks';
import { batchIsFull, readTested } from './scanner';
import { SLICE_MS } from './slices';
import { type TextBlock, type WalkStep, inSkippedContext, walkTextBlocks } from './text-blocks';
import { mayMention } from './text-look';

/**
 * The document's first reading, as far as it went: the lens reads on from there instead of walking the page again
 * from the top (on a short article, the whole walk; on the 1 MB page, its first batch). Offered only while the page's
 * text is as it was when the reading began.
 */
export interface FirstRead {
  /** the blocks that passed the pre-filter, in document order: the lens's first batch */
  blocks: TextBlock[];
  /** their text nodes' data as read (what was sent for recognition) */
  segments: string[][];
  /** the characters this reading tested (all it read), and of them those that passed: the scan's first window */
  tested: { chars: number; passed: number };
  /** open shadow roots met on the way, not read yet */
  shadowRoots: ShadowRoot[];
  /** the rest of the document's walk, which from now on reports the shadow roots it meets to `onShadowRoot` */
  rest(onShadowRoot: (root: ShadowRoot) => void): Iterator<WalkStep>;
}

export interface CandidateWatch {
  /** the first reading of the document, if it found the candidate and nothing on the page has changed since */
  firstRead(): FirstRead | undefined;
  stop(): void;
}

/**
 * The content script's whole job on a page that mentions nothing: read the text once (in slices, as the lens would),
 * then watch for changes, and call `onFound` at the first text block that passes the pre-filter (then the lens is
 * loaded and takes over, and this watch is stopped). Builds no highlights, styles or listeners of its own.
 *
 * When the first candidate is in the document's first reading, `onFound` also gets the batch the lens's own first
 * reading will send (scanner.ts: the same walk, pre-filter and limits), so that it can be recognised while the lens
 * loads; the lens then reads on from where this reading stopped (firstRead).
 */
export function watchForCandidates(prefilter: PrefilterTest, onFound: (firstBatch?: string[][]) => void): CandidateWatch {
  const abort = new AbortController();
  const watcher = new MutationWatcher(
    async (batch) => {
      // after the candidate, the watcher only tells firstRead() whether the page changed
      if (!done && (await readUntilCandidate(rootsOf(batch), false))) found();
    },
    () => false,
  );
  const observed = new Set<Node>();
  let first: FirstRead | undefined;
  const observe = (root: Document | ShadowRoot) => {
    if (observed.has(root)) return;
    observed.add(root);
    watcher.observe(root);
  };
  let done = false;
  const found = (firstBatch?: string[][]) => {
    if (done || abort.signal.aborted) return;
    done = true;
    onFound(firstBatch);
  };

  /**
   * Walks `roots` (and the open shadow roots met on the way) until a block passes the pre-filter: false when none
   * does; otherwise true, or with `batch`, the first root's candidate blocks up to the scanner's batch limits. Its
   * first time slice began at `sliceStart`.
   */
  async function readUntilCandidate(roots: Node[], batch: boolean, sliceStart = performance.now()): Promise<boolean | string[][]> {
    const queue = [...roots];
    const blocks: TextBlock[] = [];
    const segments: string[][] = [];
    const tested = { chars: 0, passed: 0 };
    let chars = 0;
    let onShadowRoot = (shadowRoot: ShadowRoot) => {
      observe(shadowRoot);
      queue.push(shadowRoot);
    };
    const keep = (walk: Iterator<WalkStep>) => {
      first = {
        blocks,
        segments,
        tested,
        shadowRoots: queue.slice(1) as ShadowRoot[],
        rest: (report) => {
          onShadowRoot = report;
          return walk;
        },
      };
      return segments;
    };
    for (let k = 0; k < queue.length; k++) {
      // stepped by hand, not by for-of, which would close the walk on return: the lens may read on from here
      const walk = walkTextBlocks(queue[k], (shadowRoot) => onShadowRoot(shadowRoot));
      for (let next = walk.next(); !next.done; next = walk.next()) {
        const step = next.value;
        if (!step) {
          if (performance.now() - sliceStart < SLICE_MS) continue;
          await yieldToPage();
          if (abort.signal.aborted) return false;
          sliceStart = performance.now();
          continue;
        }
        const block = readTested(step, prefilter);
        tested.chars += block.chars;
        if (!block.passes) continue;
        tested.passed += block.chars;
        if (!batch || k > 0) return true;
        blocks.push(step);
        segments.push(block.segments);
        chars += block.chars;
        if (batchIsFull(blocks.length, chars)) return keep(walk);
      }
      if (blocks.length) return keep(walk);
    }
    return false;
  }

  const rootsOf = (batch: DirtyBatch) => batch.rescan.filter((root) => !inSkippedContext(root));

  if (document.designMode !== 'on') {
    observe(document);
    const looking = performance.now();
    void mayMention(document, prefilter, abort.signal)
      // a look that failed (a document XPath cannot read) leaves the page to the full reading
      .catch(() => true)
      // in the same time slice as the look, which may have taken most of it
      .then((may) => may && readUntilCandidate([document], true, looking))
      .then((hit) => hit && found(hit === true ? undefined : hit));
  }
  return {
    // the watcher has seen no change since it began observing, right before the first reading
    firstRead: () => (first && !watcher.sawChanges() ? first : undefined),
    stop: () => {
      abort.abort();
      watcher.disconnect();
    },
  };
}
