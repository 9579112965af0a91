import type { Corpus } from '../corpus/types';
import type { MinutesDb } from './schema';

/**
 * The revision of the corpus rows in the database: what the recognizer cache is keyed by. Today the seeded bundled
 * version; importing minutes at runtime extends it with a stamp of the imports (the `import` work). Null while the
 * database holds no complete corpus (first start, a seed under way): then the bundled corpus is used.
 */
export async function corpusRevision(db: MinutesDb): Promise<string | null> {
  const meta = await db.meta.get('corpus');
  return meta?.state === 'ready' ? meta.version : null;
}

/**
 * The corpus rows as a Corpus (what lib/recognize compiles patterns from): people, terms, meetings and the speaker
 * labels of remarks. Meetings in date order and remarks in meeting and speaking order, as in the bundled corpus.
 */
export async function corpusFromDb(db: MinutesDb): Promise<Corpus> {
  return db.transaction('r', [db.meta, db.meetings, db.people, db.terms, db.remarks], async () => {
    const [meta, meetings, people, terms, remarks] = await Promise.all([
      db.meta.get('corpus'),
      db.meetings.orderBy('date').toArray(),
      db.people.toArray(),
      db.terms.toArray(),
      db.remarks.toArray(),
    ]);
    const meetingOrder = new Map(meetings.map((m, i) => [m.id, i]));
    remarks.sort((a, b) => (meetingOrder.get(a.meetingId) ?? 0) - (meetingOrder.get(b.meetingId) ?? 0) || a.order - b.order);
    return { version: meta?.version ?? '', dataDate: meta?.dataDate, meetings, people, terms, remarks };
  });
}
