import Dexie from 'dexie';
import { bodyById } from '../corpus/bodies';
import type { Meeting, Person, Term } from '../corpus/types';
import type { EntityDetails, PersonAppearance, RemarkView } from '../corpus/views';
import { type LookupIndex, buildLookupIndex, lookup } from '../lookup/lookup-index';
import { lookupKey } from './keys';
import type { CorpusQueries } from './queries';
import type { MinutesDb, RemarkRow } from './schema';
import { BODY_REMARKS, newestFirst, stripPerson, toRemarkView } from './views';

/** The query layer over the seeded database. Only use it once `meta` says the corpus tables are ready (see access.ts). */
export function dexieQueries(db: MinutesDb): CorpusQueries {
  let index: Promise<LookupIndex> | undefined;

  const views = async (rows: readonly RemarkRow[]): Promise<RemarkView[]> => {
    const meetingIds = [...new Set(rows.map((r) => r.meetingId))];
    const speakerIds = [...new Set(rows.map((r) => r.speakerId).filter((id): id is string => id !== null))];
    const [meetings, speakers] = await Promise.all([db.meetings.bulkGet(meetingIds), db.people.bulkGet(speakerIds)]);
    const meetingById = new Map(meetings.filter((m): m is Meeting => !!m).map((m) => [m.id, m]));
    const speakerById = new Map(speakers.filter((p) => !!p).map((p) => [p.id, p]));
    const out: RemarkView[] = [];
    for (const r of rows) {
      const meeting = meetingById.get(r.meetingId);
      if (meeting) out.push(toRemarkView(r, meeting, (r.speakerId && speakerById.get(r.speakerId)) || null));
    }
    return out;
  };

  const remarksByPerson = async (personId: string, limit?: number) => {
    const range = db.remarks.where('[speakerId+date]');
    const newest = range.between([personId, Dexie.minKey], [personId, Dexie.maxKey]).reverse();
    let rows = await (limit === undefined ? newest : newest.limit(limit)).toArray();
    if (limit !== undefined && limit > 0 && rows.length === limit) {
      // The index orders by date only; read every remark from the oldest date shown so ties sort by meeting and order.
      rows = await range.between([personId, rows[rows.length - 1].date], [personId, Dexie.maxKey]).toArray();
    }
    return (await views(rows)).sort(newestFirst).slice(0, limit);
  };

  const remarksByTerm = async (termId: string, limit?: number) => {
    const links = await db.mentions.where('[termId+date]').between([termId, Dexie.minKey], [termId, Dexie.maxKey]).reverse().toArray();
    const oldestShown = limit !== undefined && limit > 0 && links.length > limit ? links[limit - 1].date : '';
    const ids = links.filter((l) => l.date >= oldestShown).map((l) => l.remarkId);
    const rows = (await db.remarks.bulkGet(ids)).filter((r): r is RemarkRow => !!r);
    return (await views(rows)).sort(newestFirst).slice(0, limit);
  };

  const person = async (id: string): Promise<Person | undefined> => {
    const row = await db.people.get(id);
    return row && stripPerson(row);
  };
  const term = async (id: string): Promise<Term | undefined> => {
    const row = await db.terms.get(id);
    return row && stripKeys(row);
  };

  return {
    source: 'db',
    info: async () => {
      const meta = await db.meta.get('corpus');
      return { version: meta?.version ?? '', dataDate: meta?.dataDate };
    },
    person,
    peopleByAlias: async (alias) => (await db.people.where('keys').equals(lookupKey(alias)).toArray()).map(stripPerson),
    term,
    termsByAlias: async (alias) => (await db.terms.where('keys').equals(lookupKey(alias)).toArray()).map(stripKeys),
    meeting: (id) => db.meetings.get(id),
    meetings: () => db.meetings.orderBy('date').toArray(),
    remarksByPerson,
    remarksByTerm,
    remarksByMeeting: async (meetingId) =>
      views(await db.remarks.where('[meetingId+order]').between([meetingId, Dexie.minKey], [meetingId, Dexie.maxKey]).toArray()),
    entityDetails: async (ref): Promise<EntityDetails | undefined> => {
      if (ref.kind === 'person') {
        const p = await person(ref.id);
        if (!p) return undefined;
        const [links, remarks] = await Promise.all([
          db.appearances.where('[personId+date]').between([p.id, Dexie.minKey], [p.id, Dexie.maxKey]).toArray(),
          remarksByPerson(p.id),
        ]);
        const meetings = new Map(
          (await db.meetings.bulkGet(links.map((l) => l.meetingId))).filter((m): m is Meeting => !!m).map((m) => [m.id, m]),
        );
        const appearances: PersonAppearance[] = [];
        for (const l of links) {
          const meeting = meetings.get(l.meetingId);
          if (!meeting) continue;
          const a: PersonAppearance = { meeting, role: l.role, absent: l.absent };
          if (l.group) a.group = l.group;
          appearances.push(a);
        }
        return { kind: 'person', person: p, appearances, remarks };
      }
      if (ref.kind === 'body') {
        const held = (await db.meetings.where('body').equals(ref.id).toArray()).sort(
          (a, b) => b.date.localeCompare(a.date) || b.number - a.number,
        );
        const body = bodyById(ref.id, held);
        if (!body) return undefined;
        const remarks: RemarkView[] = [];
        // Newest meeting first, until a few remarks are in hand: a body with many meetings reads only its latest.
        for (const m of held) {
          if (remarks.length >= BODY_REMARKS) break;
          const rows = await db.remarks.where('[meetingId+order]').between([m.id, Dexie.minKey], [m.id, Dexie.maxKey]).toArray();
          remarks.push(...(await views(rows)));
        }
        return { kind: 'body', body, meetings: held, remarks: remarks.sort(newestFirst).slice(0, BODY_REMARKS) };
      }
      const t = await term(ref.id);
      return t && { kind: 'term', term: t, remarks: await remarksByTerm(t.id) };
    },
    lookup: async (query, limit) => {
      index ??= loadIndex(db);
      return lookup(await index, query, limit);
    },
  };
}

async function loadIndex(db: MinutesDb): Promise<LookupIndex> {
  const [people, terms, speakerIds] = await Promise.all([db.people.toArray(), db.terms.toArray(), db.remarks.orderBy('speakerId').keys()]);
  const counts = new Map<string, number>();
  for (const id of speakerIds) if (typeof id === 'string') counts.set(id, (counts.get(id) ?? 0) + 1);
  return buildLookupIndex(people, terms, counts);
}

function stripKeys(row: Term & { keys?: string[] }): Term {
  const { keys: _keys, ...rest } = row;
  return rest;
}
