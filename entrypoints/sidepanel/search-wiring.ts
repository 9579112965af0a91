import { browser } from 'wxt/browser';
import type { CorpusAccess } from '../../lib/db/access';
import { fetchCorpus } from '../../lib/db/bundled';
import { corpusRevision } from '../../lib/db/imports';
import type { MinutesDb } from '../../lib/db/schema';
import { snapshotCorpus } from '../../lib/db/snapshot';
import { dexieIndexStore } from '../../lib/search/index-store';
import type { SearchIndex } from '../../lib/search/search-index';
import { loadSearchIndex } from '../../lib/search/stored-index';
import { vocabularyAnalysis } from '../../lib/search/vocab-analysis';
import { warmUp } from '../../lib/search/warm';

/**
 * The search index's loader. The corpus is read from the database (bundled and imported minutes; the same rows every
 * surface reads), or from the bundled corpus.json until the first seed has finished. Its index is built once per
 * corpus revision and kept in the database with the corpus (lib/search/stored-index.ts): later opens read one row
 * back instead of 12,600 remarks, and neither normalise nor index. A stored index is valid for one build of the
 * extension (its normalisation and indexing code).
 */
export function indexLoader(db: MinutesDb, access: CorpusAccess, corpusUrl: string): () => Promise<SearchIndex> {
  const store = dexieIndexStore(db);
  const options = {
    build: browser.runtime.getManifest().version,
    later: (task: () => Promise<void>) => void requestIdleCallback(() => void task()),
  };
  return async () => {
    const queries = await access.queries();
    const { index } =
      queries.source === 'db'
        ? await loadSearchIndex(store, await corpusRevision(db), () => snapshotCorpus(db), options)
        : await loadSearchIndex(store, null, () => fetchCorpus(corpusUrl), options);
    return index;
  };
}

/**
 * While the reader is idle after the index is loaded: the fuzzy vocabulary, not built on the keystroke that first needs
 * it; then a few queries of the corpus's own words, so the reader's first queries run compiled code (lib/search/warm.ts).
 */
export function prepareWhenIdle(index: SearchIndex): void {
  requestIdleCallback(() => {
    index.fuzzy();
    void warmUp(index, vocabularyAnalysis(index), (task) => requestIdleCallback(task));
  });
}
