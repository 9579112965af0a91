import type { Corpus } from '../corpus/types';
import { applyAllImports, revisionOf } from './imports';
import { CORPUS_TABLES, type CorpusMeta, type MinutesDb } from './schema';
import { DEFAULT_BATCH_SIZE, writeBundled } from './write-corpus';

export interface SeedReport {
  version: string;
  /** wall time of the whole seed, in milliseconds */
  ms: number;
  /** rows of the bundled corpus written */
  rows: Record<(typeof CORPUS_TABLES)[number], number>;
  /** imports merged in again after the bundled corpus */
  imports: number;
}

/**
 * Writes `corpus` into the corpus tables, replacing what was there, then merges the reader's imports into them again
 * (lib/db/imports.ts); leaves the user tables alone.
 *
 * All corpus rows go in one readwrite transaction, in batches: IndexedDB commits it whole or not at all, so readers
 * never see a mix of two versions. Before it starts, `meta` is set to 'seeding' in a transaction of its own; if the
 * browser is closed mid-seed the big transaction is rolled back but that marker stays, and the next start sees
 * 'seeding' and seeds again. If the write fails (quota, bad data) the marker is put back as it was and the error is
 * rethrown, so the database is exactly as before.
 */
export async function seedCorpus(db: MinutesDb, corpus: Corpus, batchSize = DEFAULT_BATCH_SIZE): Promise<SeedReport> {
  const started = performance.now();
  checkCorpus(corpus);
  const previous = await db.meta.get('corpus');
  const startedAt = Date.now();
  await db.meta.put({
    key: 'corpus',
    version: corpus.version,
    state: 'seeding',
    startedAt,
    ...(previous && { previous: withoutPrevious(previous) }),
  });
  let rows: SeedReport['rows'];
  let imports = 0;
  try {
    await db.transaction('rw', [...CORPUS_TABLES, 'imports', 'meta'], async () => {
      rows = await writeBundled(db, corpus, batchSize);
      // The reader's imports are merged again into the new corpus, in the same transaction: they survive every seed.
      const merged = await applyAllImports(db);
      imports = merged.length;
      const ready: CorpusMeta = {
        key: 'corpus',
        version: corpus.version,
        state: 'ready',
        startedAt,
        finishedAt: Date.now(),
        revision: revisionOf(corpus.version, merged),
      };
      if (corpus.dataDate) ready.dataDate = corpus.dataDate;
      await db.meta.put(ready);
    });
  } catch (error) {
    await (previous ? db.meta.put(previous) : db.meta.delete('corpus'));
    throw error;
  }
  return { version: corpus.version, ms: performance.now() - started, rows: rows!, imports };
}

/** True when the corpus tables hold `version` completely. */
function isSeeded(meta: CorpusMeta | undefined, version: string): boolean {
  return meta?.state === 'ready' && meta.version === version;
}

/**
 * Seeds when the database does not hold the bundled version completely: first install, an update with a new corpus,
 * or a seed that was interrupted ('seeding' left behind). Returns null when nothing had to be done.
 */
export async function ensureSeeded(db: MinutesDb, bundled: Corpus, batchSize?: number): Promise<SeedReport | null> {
  if (isSeeded(await db.meta.get('corpus'), bundled.version)) return null;
  return seedCorpus(db, bundled, batchSize);
}

/** Refuses a corpus that would leave dangling links, before anything is written. */
function checkCorpus(corpus: Corpus): void {
  if (!corpus || typeof corpus.version !== 'string' || !corpus.version) throw new Error('corpus has no version');
  for (const key of ['meetings', 'people', 'remarks', 'terms'] as const) {
    if (!Array.isArray(corpus[key])) throw new Error(`corpus.${key} is not an array`);
    for (const row of corpus[key]) if (typeof row?.id !== 'string' || !row.id) throw new Error(`corpus.${key} has a row without an id`);
  }
  const meetings = new Set(corpus.meetings.map((m) => m.id));
  for (const r of corpus.remarks)
    if (!meetings.has(r.meetingId)) throw new Error(`remark ${r.id} refers to unknown meeting ${r.meetingId}`);
}

function withoutPrevious(meta: CorpusMeta): Omit<CorpusMeta, 'previous'> {
  const { previous: _previous, ...rest } = meta;
  return rest;
}
