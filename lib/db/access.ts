import type { Corpus } from '../corpus/types';
import { dexieQueries } from './dexie-queries';
import { memoryQueries } from './memory-queries';
import type { CorpusQueries } from './queries';
import type { MinutesDb } from './schema';
import { type SeedReport, ensureSeeded } from './seed';

export interface CorpusAccess {
  /**
   * The query layer to use right now: the database when its corpus tables are complete ('ready'), otherwise the
   * bundled corpus in memory — while seeding, after an interrupted seed, or when IndexedDB cannot be opened.
   */
  queries(): Promise<CorpusQueries>;
  /** seeds the bundled corpus if the database does not hold it; concurrent calls share one seed */
  ensureSeeded(): Promise<SeedReport | null>;
}

export function createCorpusAccess(db: MinutesDb, loadBundled: () => Promise<Corpus>): CorpusAccess {
  let bundled: Promise<Corpus> | undefined;
  let memory: CorpusQueries | undefined;
  let fromDb: { version: string; queries: CorpusQueries } | undefined;
  let seeding: Promise<SeedReport | null> | undefined;

  const bundledCorpus = () => {
    bundled ??= loadBundled().catch((error) => {
      bundled = undefined;
      throw error;
    });
    return bundled;
  };

  return {
    async queries() {
      const meta = await db.meta.get('corpus').catch(() => undefined);
      if (meta?.state === 'ready') {
        // A new version means new rows; a fresh instance drops the lookup index built from the old ones.
        if (fromDb?.version !== meta.version) fromDb = { version: meta.version, queries: dexieQueries(db) };
        return fromDb.queries;
      }
      memory ??= memoryQueries(await bundledCorpus());
      return memory;
    },
    ensureSeeded() {
      seeding ??= bundledCorpus()
        .then((corpus) => ensureSeeded(db, corpus))
        .finally(() => {
          seeding = undefined;
        });
      return seeding;
    },
  };
}
