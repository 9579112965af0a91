import { type PublicPath, browser } from 'wxt/browser';
import { openCorpus } from '../../lib/db/bundled';

/** WXT types public paths from the files present at `wxt prepare`; corpus.json is generated later, hence the cast. */
export const CORPUS_URL = browser.runtime.getURL('/corpus.json' as PublicPath);

export const { db, access: corpusAccess } = openCorpus(CORPUS_URL);
