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

/**
 * `onMissing`: when true (the default), a database found without its corpus record is seeded again at once; the
 * side panel and popup pass true as well, so whichever context notices first repairs it.
 */
export function createCorpusAccess(
  db: MinutesDb,
  loadBundled: () => Promise<Corpus>,
  { onMissing = true }: { onMissing?: boolean } = {},
): CorpusAccess {
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

  const access: CorpusAccess = {
    async queries() {
      const meta = await db.meta.get('corpus').catch(() => null);
      if (meta?.state === 'ready') {
        // A new revision (new bundled version, an import added or deleted) means new rows; a fresh instance drops the
        // lookup index built from the old ones.
        const revision = meta.revision ?? meta.version;
        if (fromDb?.version !== revision) fromDb = { version: revision, queries: dexieQueries(db) };
        return fromDb.queries;
      }
      // No record at all (the site data was cleared while the browser runs) or a failed read: seed again now rather
      // than at the next start. A record saying 'seeding' is a seed under way or one a restart will redo.
      if (!meta && onMissing) void access.ensureSeeded().catch(() => undefined);
      memory ??= memoryQueries(await bundledCorpus());
      return memory;
    },
    ensureSeeded() {
      seeding ??= bundledCorpus()
        .then(async (corpus) => {
          // Dexie closes the connection when the database is deleted under it (versionchange); open it again.
          if (!db.isOpen()) await db.open();
          return ensureSeeded(db, corpus);
        })
        .finally(() => {
          seeding = undefined;
        });
      return seeding;
    },
  };
  return access;
}
