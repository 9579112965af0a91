import type { PrefilterTest } from '../../lib/recognize/prefilter';
import { type DirtyBatch, MutationWatcher } from './mutation-watcher';
import { yieldToPage } from './quirks';
import { SLICE_MS } from './slices';
import { inSkippedContext, walkTextBlocks } from './text-blocks';

export interface CandidateWatch {
  stop(): void;
}

/**
 * The content script's whole job on a page that mentions nothing: read the text once (in slices, as the lens would),
 * then watch for changes, and call `onFound` at the first text block that passes the pre-filter (then the lens is
 * loaded and takes over, and this watch is stopped). Builds no highlights, styles or listeners of its own.
 */
export function watchForCandidates(prefilter: PrefilterTest, onFound: () => void): CandidateWatch {
  const abort = new AbortController();
  const watcher = new MutationWatcher(
    async (batch) => {
      if (await anyCandidate(rootsOf(batch))) found();
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
  const found = () => {
    if (done || abort.signal.aborted) return;
    done = true;
    watcher.disconnect();
    onFound();
  };

  /** Walks `roots` (and the open shadow roots met on the way) until a block passes the pre-filter. */
  async function anyCandidate(roots: Node[]): Promise<boolean> {
    let sliceStart = performance.now();
    const queue = [...roots];
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
        const text = step.length === 1 ? step[0].data : step.map((node) => node.data).join('');
        if (text.length >= 2 && prefilter.test(text)) return true;
      }
    }
    return false;
  }

  const rootsOf = (batch: DirtyBatch) => batch.rescan.filter((root) => !inSkippedContext(root));

  if (document.designMode !== 'on') {
    observe(document);
    void anyCandidate([document]).then((hit) => hit && found());
  }
  return {
    stop: () => {
      abort.abort();
      watcher.disconnect();
    },
  };
}
