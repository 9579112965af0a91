import { fixtureCorpus } from '../../lib/recognize/fixture-corpus';
import { PrefilterTest } from '../../lib/recognize/prefilter';
import { createRecognizerService } from '../../lib/recognize/service';
import type { MentionStore } from './mention-store';
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

export async function scanWithFixtureCorpus(store: MentionStore, root: Node = document.body): Promise<void> {
  const prefilter = new PrefilterTest((await service.get()).prefilter);
  const runner = new SliceRunner(new AbortController().signal);
  runner.push((slice) =>
    scanRoot(root, { prefilter, store, recognize: (blocks) => service.recognize(blocks), onShadowRoot: () => {} }, slice),
  );
  await runner.whenIdle();
}
