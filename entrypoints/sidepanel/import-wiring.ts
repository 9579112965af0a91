import { createImportStore } from '../../lib/db/imports';
import type { MinutesDb } from '../../lib/db/schema';
import { fetchCorpus } from '../../lib/db/bundled';
import { htmlToText } from '../../lib/import/html-text';
import { createImporter, createPrepareClient } from '../../lib/import/importer';
import { ask } from '../../platform/ask';
import { pdfText } from './pdf';

/** The import view's store (the imports table) and reader (text, HTML in this page, PDF and parsing in workers). */
export function importWiring(db: MinutesDb, corpusUrl: string) {
  const worker = createPrepareClient(() => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' }));
  return {
    store: createImportStore(db, () => fetchCorpus(corpusUrl)),
    importer: createImporter({
      prepare: worker.prepare,
      warm: worker.warm,
      pdfText,
      htmlText: (html) => htmlToText(new DOMParser().parseFromString(html, 'text/html')),
    }),
  };
}

/**
 * Tells the background that corpus rows changed, so it rebuilds the recognizer and tells every tab; an unanswered
 * message changes nothing here.
 */
export async function notifyCorpusChanged(): Promise<void> {
  await ask({ type: 'corpus-changed' }).catch(() => undefined);
}
