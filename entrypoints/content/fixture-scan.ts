import { fixtureCorpus } from '../../lib/recognize/fixture-corpus';
import { PrefilterTest } from '../../lib/recognize/prefilter';
import { createRecognizerService } from '../../lib/recognize/service';
import type { FirstRead } from './candidates';
import type { MentionStore } from './mention-store';
import { MutationWatcher } from './mutation-watcher';
import { scanRoot } from './scanner';
import { SliceRunner } from './slices';

// For unit tests: the background's recognizer over the fixture corpus, reached as the content script reaches it
// (matches and their flags travel as numbers), and one whole scan of a root through the slice runner.
const service = createRecognizerService({
  revision: async () => null,
  rows: async () => fixtureCorpus,
  bundled: async () => fixtureCorpus,
  readCache: async () => undefined,
  writeCache: async () => undefined,
});

/** The pre-filter of the fixture corpus, as the content script builds it. */
export async function fixturePrefilter(): Promise<PrefilterTest> {
  return new PrefilterTest((await service.get()).prefilter);
}

/**
 * One whole scan of `root` with the fixture corpus; `firstRead` is the content script's reading to read on from, and
 * `onSend` sees every batch sent for recognition.
 */
export async function scanWithFixtureCorpus(
  store: MentionStore,
  root: Node = document.body,
  { firstRead, onSend }: { firstRead?: FirstRead; onSend?: (blocks: string[][]) => void } = {},
): Promise<void> {
  const prefilter = await fixturePrefilter();
  const runner = new SliceRunner(new AbortController().signal);
  const recognize = (blocks: string[][]) => {
    onSend?.(blocks);
    return service.recognize(blocks);
  };
  // the page's changes, counted as the lens counts them
  const watcher = new MutationWatcher(
    async () => {},
    () => false,
  );
  // (a document or a shadow root: by node type, which holds in the test DOM too)
  const tree = root.getRootNode() as Document | ShadowRoot;
  if (tree.nodeType === Node.DOCUMENT_NODE || tree.nodeType === Node.DOCUMENT_FRAGMENT_NODE) watcher.observe(tree);
  runner.push((slice) =>
    scanRoot(root, { prefilter, store, recognize, onShadowRoot: () => {}, changes: () => watcher.changes() }, slice, firstRead),
  );
  await runner.whenIdle();
  watcher.disconnect();
}
