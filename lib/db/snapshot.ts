import type { Corpus } from '../corpus/types';
import { corpusRevision } from './imports';
import type { MinutesDb } from './schema';

/**
 * The whole corpus as the database holds it now (bundled and imported minutes), in the contract's shape, for what
 * needs every remark at once (the side panel's search index, the recognizer). `version` is the corpus revision, so it
 * changes with every import. Read in one transaction: never half of an import.
 */
export async function snapshotCorpus(db: MinutesDb): Promise<Corpus> {
  return db.transaction('r', [db.meetings, db.people, db.remarks, db.terms, db.meta], async () => {
    const [meetings, people, remarks, terms, meta, version] = await Promise.all([
      db.meetings.orderBy('date').toArray(),
      db.people.toArray(),
      db.remarks.toArray(),
      db.terms.toArray(),
      db.meta.get('corpus'),
      corpusRevision(db),
    ]);
    const corpus: Corpus = {
      version,
      meetings,
      people: people.map(({ keys: _k, ...p }) => p),
      remarks: remarks.map(({ date: _d, ...r }) => r),
      terms: terms.map(({ keys: _k, ...t }) => t),
    };
    if (meta?.dataDate) corpus.dataDate = meta.dataDate;
    return corpus;
  });
}
