import { readyRevision } from '../../lib/db/imports';
import { snapshotCorpus } from '../../lib/db/snapshot';
import { type RecognizerService, createRecognizerService } from '../../lib/recognize/service';
import { bundledCorpus, db } from './corpus';

/** The browser's one recognizer: from the database's rows (the bundled corpus until seeded), cached in IndexedDB. */
export function backgroundRecognizer(): RecognizerService {
  return createRecognizerService({
    revision: () => readyRevision(db),
    rows: () => snapshotCorpus(db),
    bundled: bundledCorpus,
    readCache: async (revision) => (await db.recognizers.get(revision))?.data,
    writeCache: (revision, data) =>
      db.transaction('rw', db.recognizers, async () => {
        await db.recognizers.clear();
        await db.recognizers.put({ revision, data, builtAt: Date.now() });
      }),
    log: (message) => console.info(`Minutes Lens: ${message}`),
  });
}
