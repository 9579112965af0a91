import { corpusAccess, db } from './corpus';

interface SeedHooks {
  /** a seed wrote the corpus tables: what was built from them is stale */
  onSeeded(): void;
  /** the database was cleared while the browser ran and is seeded again: the tabs must rescan */
  onReseeded(): Promise<void>;
}

/**
 * Keeps the database seeded: at every start of the background (only when no complete corpus is there, so a normal
 * start reads no corpus file), and at once when site data is cleared while the browser runs (IndexedDB then closes our
 * connection: Dexie's 'close' event), instead of answering from memory until the next start. Returns the seed
 * function, for install and update.
 */
export function keepSeeded(hooks: SeedHooks): (why: string) => Promise<void> {
  const seed = (why: string) =>
    corpusAccess.ensureSeeded().then(
      (report) => {
        if (!report) return;
        console.info(`Minutes Lens: corpus ${report.version} seeded (${why}) in ${Math.round(report.ms)} ms`, report.rows);
        hooks.onSeeded();
      },
      (error) => console.error('Minutes Lens: seeding failed; answering from the bundled corpus in memory', error),
    );

  void db.meta
    .get('corpus')
    .then((meta) => (meta?.state === 'ready' ? undefined : seed(meta ? 'resume interrupted seed' : 'first start')))
    .catch((error) => console.error('Minutes Lens: cannot read the database', error));

  db.on('close', () => {
    void db
      .open()
      .then(() => seed('database cleared'))
      .then(() => hooks.onReseeded())
      .catch((error) => console.error('Minutes Lens: cannot reopen the database', error));
  });
  return seed;
}
