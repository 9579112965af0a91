import type { PrefilterTest } from '../../lib/recognize/prefilter';
import { type DirtyBatch, MutationWatcher } from './mutation-watcher';
import { yieldToPage } from './quirks';
import { batchIsFull, passing } from './scanner';
import { SLICE_MS } from './slices';
import { inSkippedContext, walkTextBlocks } from './text-blocks';

export interface CandidateWatch {
  stop(): void;
}

/**
 * The content script's whole job on a page that mentions nothing: read the text once (in slices, as the lens would),
 * then watch for changes, and call `onFound` at the first text block that passes the pre-filter (then the lens is
 * loaded and takes over, and this watch is stopped). Builds no highlights, styles or listeners of its own.
 *
 * When the first candidate is in the document's first reading, `onFound` also gets the batch the lens's own first
 * reading will send (scanner.ts: the same walk, pre-filter and limits), so that it can be recognised while the lens
 * loads.
 */
export function watchForCandidates(prefilter: PrefilterTest, onFound: (firstBatch?: string[][]) => void): CandidateWatch {
  const abort = new AbortController();
  const watcher = new MutationWatcher(
    async (batch) => {
      if (await readUntilCandidate(rootsOf(batch), false)) found();
    },
    () => false,
  );
  const observed = new Set<Node>();
  const observe = (root: Document | ShadowRoot) => {
    if (observed.has(root)) return;
    observed.add(root);
    watcher.observe(root);
  };
  let done = false;
  const found = (firstBatch?: string[][]) => {
    if (done || abort.signal.aborted) return;
    done = true;
    watcher.disconnect();
    onFound(firstBatch);
  };

  /**
   * Walks `roots` (and the open shadow roots met on the way) until a block passes the pre-filter: false when none
   * does; otherwise true, or with `batch`, the first root's candidate blocks up to the scanner's batch limits.
   */
  async function readUntilCandidate(roots: Node[], batch: boolean): Promise<boolean | string[][]> {
    let sliceStart = performance.now();
    const queue = [...roots];
    const blocks: string[][] = [];
    let chars = 0;
    for (let k = 0; k < queue.length; k++) {
      for (const step of walkTextBlocks(queue[k], (shadowRoot) => {
        observe(shadowRoot);
        queue.push(shadowRoot);
      })) {
        if (!step) {
          if (performance.now() - sliceStart < SLICE_MS) continue;
          await yieldToPage();
          if (abort.signal.aborted) return false;
          sliceStart = performance.now();
          continue;
        }
        const block = passing(step, prefilter);
        if (!block) continue;
        if (!batch || k > 0) return true;
        blocks.push(block.segments);
        chars += block.chars;
        if (batchIsFull(blocks.length, chars)) return blocks;
      }
      if (blocks.length) return blocks;
    }
    return false;
  }

  const rootsOf = (batch: DirtyBatch) => batch.rescan.filter((root) => !inSkippedContext(root));

  if (document.designMode !== 'on') {
    observe(document);
    void readUntilCandidate([document], true).then((hit) => hit && found(hit === true ? undefined : hit));
  }
  return {
    stop: () => {
      abort.abort();
      watcher.disconnect();
    },
  };
}
