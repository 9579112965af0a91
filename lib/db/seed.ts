import type { Corpus } from '../corpus/types';
import { personKeys, termKeys } from './keys';
import { CORPUS_TABLES, type AppearanceRow, type CorpusMeta, type MentionRow, type MinutesDb, type RemarkRow } from './schema';

export interface SeedReport {
  version: string;
  /** wall time of the whole seed, in milliseconds */
  ms: number;
  rows: Record<(typeof CORPUS_TABLES)[number], number>;
}

/** Rows per bulkPut: large enough to be fast, small enough that no single request holds a whole big table. */
const DEFAULT_BATCH_SIZE = 500;

/**
 * Writes `corpus` into the corpus tables, replacing what was there, and leaves the user tables alone.
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
  const meetingDate = new Map(corpus.meetings.map((m) => [m.id, m.date]));
  const remarkDate = new Map(corpus.remarks.map((r) => [r.id, meetingDate.get(r.meetingId)!]));
  const remarks: RemarkRow[] = corpus.remarks.map((r) => ({ ...r, date: remarkDate.get(r.id)! }));
  const mentions: MentionRow[] = corpus.terms.flatMap((t) =>
    [...new Set(t.remarkIds)].filter((id) => remarkDate.has(id)).map((remarkId) => ({ termId: t.id, remarkId, date: remarkDate.get(remarkId)! })),
  );
  const appearances: AppearanceRow[] = corpus.meetings.flatMap((m) =>
    dedupeBy(m.attendees, (a) => a.personId).map((a) => {
      const row: AppearanceRow = { personId: a.personId, meetingId: m.id, date: m.date, role: a.role, absent: a.absent };
      if (a.group) row.group = a.group;
      return row;
    }),
  );
  const people = corpus.people.map((p) => ({ ...p, keys: personKeys(p) }));
  const terms = corpus.terms.map((t) => ({ ...t, keys: termKeys(t) }));

  const previous = await db.meta.get('corpus');
  const startedAt = Date.now();
  await db.meta.put({ key: 'corpus', version: corpus.version, state: 'seeding', startedAt, ...(previous && { previous: withoutPrevious(previous) }) });
  try {
    await db.transaction('rw', [...CORPUS_TABLES, 'meta'], async () => {
      for (const table of CORPUS_TABLES) await db.table(table).clear();
      await putInBatches(db.meetings, corpus.meetings, batchSize);
      await putInBatches(db.people, people, batchSize);
      await putInBatches(db.terms, terms, batchSize);
      await putInBatches(db.remarks, remarks, batchSize);
      await putInBatches(db.mentions, mentions, batchSize);
      await putInBatches(db.appearances, appearances, batchSize);
      const ready: CorpusMeta = { key: 'corpus', version: corpus.version, state: 'ready', startedAt, finishedAt: Date.now() };
      if (corpus.dataDate) ready.dataDate = corpus.dataDate;
      await db.meta.put(ready);
    });
  } catch (error) {
    await (previous ? db.meta.put(previous) : db.meta.delete('corpus'));
    throw error;
  }
  return {
    version: corpus.version,
    ms: performance.now() - started,
    rows: {
      meetings: corpus.meetings.length,
      people: people.length,
      remarks: remarks.length,
      terms: terms.length,
      mentions: mentions.length,
      appearances: appearances.length,
    },
  };
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
  for (const r of corpus.remarks) if (!meetings.has(r.meetingId)) throw new Error(`remark ${r.id} refers to unknown meeting ${r.meetingId}`);
}

async function putInBatches<T>(table: { bulkPut(rows: readonly T[]): Promise<unknown> }, rows: readonly T[], batchSize: number): Promise<void> {
  for (let i = 0; i < rows.length; i += batchSize) await table.bulkPut(rows.slice(i, i + batchSize));
}

function dedupeBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)) !== undefined);
}

function withoutPrevious(meta: CorpusMeta): Omit<CorpusMeta, 'previous'> {
  const { previous: _previous, ...rest } = meta;
  return rest;
}
