import { type PublicPath, browser } from 'wxt/browser';
import { fetchCorpus, openCorpus } from '../../lib/db/bundled';

/** WXT types public paths from the files present at `wxt prepare`; corpus.json is generated later, hence the cast. */
export const CORPUS_URL = browser.runtime.getURL('/corpus.json' as PublicPath);

export const { db, access: corpusAccess } = openCorpus(CORPUS_URL);

/** The bundled corpus, read once (the recognizer is built from it until the database is seeded). */
let bundled: ReturnType<typeof fetchCorpus> | undefined;
export function bundledCorpus(): ReturnType<typeof fetchCorpus> {
  bundled ??= fetchCorpus(CORPUS_URL).catch((error) => {
    bundled = undefined;
    throw error;
  });
  return bundled;
}
