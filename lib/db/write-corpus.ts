import type { Corpus } from '../corpus/types';
import { personKeys, termKeys } from './keys';
import { CORPUS_TABLES, type AppearanceRow, type MentionRow, type MinutesDb, type RemarkRow } from './schema';

/** Rows per bulkPut: large enough to be fast, small enough that no single request holds a whole big table. */
export const DEFAULT_BATCH_SIZE = 500;

/**
 * Clears the corpus tables and writes the bundled corpus into them, in batches. Call inside a transaction covering the
 * corpus tables (seeding, and deleting an import, which rewrites them). Returns the rows written per table.
 */
export async function writeBundled(
  db: MinutesDb,
  corpus: Corpus,
  batchSize = DEFAULT_BATCH_SIZE,
): Promise<Record<(typeof CORPUS_TABLES)[number], number>> {
  const meetingDate = new Map(corpus.meetings.map((m) => [m.id, m.date]));
  const remarkDate = new Map(corpus.remarks.map((r) => [r.id, meetingDate.get(r.meetingId)!]));
  const remarks: RemarkRow[] = corpus.remarks.map((r) => ({ ...r, date: remarkDate.get(r.id)! }));
  const mentions: MentionRow[] = corpus.terms.flatMap((t) =>
    [...new Set(t.remarkIds)]
      .filter((id) => remarkDate.has(id))
      .map((remarkId) => ({ termId: t.id, remarkId, date: remarkDate.get(remarkId)! })),
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

  for (const table of CORPUS_TABLES) await db.table(table).clear();
  await putInBatches(db.meetings, corpus.meetings, batchSize);
  await putInBatches(db.people, people, batchSize);
  await putInBatches(db.terms, terms, batchSize);
  await putInBatches(db.remarks, remarks, batchSize);
  await putInBatches(db.mentions, mentions, batchSize);
  await putInBatches(db.appearances, appearances, batchSize);
  return {
    meetings: corpus.meetings.length,
    people: people.length,
    remarks: remarks.length,
    terms: terms.length,
    mentions: mentions.length,
    appearances: appearances.length,
  };
}

async function putInBatches<T>(
  table: { bulkPut(rows: readonly T[]): Promise<unknown> },
  rows: readonly T[],
  batchSize: number,
): Promise<void> {
  for (let i = 0; i < rows.length; i += batchSize) await table.bulkPut(rows.slice(i, i + batchSize));
}

function dedupeBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)) !== undefined);
}
