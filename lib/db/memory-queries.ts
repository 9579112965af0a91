import { bodyById } from '../corpus/bodies';
import type { Corpus, Person, Remark, Term } from '../corpus/types';
import type { EntityDetails, RemarkView } from '../corpus/views';
import { buildLookupIndex, lookup } from '../lookup/lookup-index';
import { lookupKey, personKeys, termKeys } from './keys';
import type { CorpusQueries } from './queries';
import { BODY_REMARKS, appearancesOf, newestFirst, toRemarkView } from './views';

/**
 * The query layer over a corpus held in memory: what the extension answers from while the database is being seeded
 * (or cannot be opened), and what the database implementation is tested against.
 */
export function memoryQueries(corpus: Corpus): CorpusQueries {
  const meetings = new Map(corpus.meetings.map((m) => [m.id, m]));
  const people = new Map(corpus.people.map((p) => [p.id, p]));
  const terms = new Map(corpus.terms.map((t) => [t.id, t]));
  const remarks = new Map(corpus.remarks.map((r) => [r.id, r]));
  const bySpeaker = groupBy(corpus.remarks, (r) => r.speakerId);
  const byMeeting = groupBy(corpus.remarks, (r) => r.meetingId);
  const peopleByKey = groupByMany(corpus.people, personKeys);
  const termsByKey = groupByMany(corpus.terms, termKeys);
  const counts = new Map<string, number>();
  for (const [id, list] of bySpeaker) if (id) counts.set(id, list.length);
  let index: ReturnType<typeof buildLookupIndex> | undefined;

  const view = (r: Remark): RemarkView | undefined => {
    const meeting = meetings.get(r.meetingId);
    if (!meeting) return undefined;
    return toRemarkView(r, meeting, (r.speakerId && people.get(r.speakerId)) || null);
  };
  const views = (list: readonly Remark[]) => list.map(view).filter((v): v is RemarkView => v !== undefined);
  const remarksByPerson = async (id: string, limit?: number) =>
    views(bySpeaker.get(id) ?? [])
      .sort(newestFirst)
      .slice(0, limit);
  const remarksByTerm = async (id: string, limit?: number) =>
    views((terms.get(id)?.remarkIds ?? []).map((rid) => remarks.get(rid)).filter((r): r is Remark => r !== undefined))
      .sort(newestFirst)
      .slice(0, limit);

  return {
    source: 'memory',
    info: async () => ({ version: corpus.version, dataDate: corpus.dataDate }),
    person: async (id) => people.get(id),
    peopleByAlias: async (alias) => peopleByKey.get(lookupKey(alias)) ?? [],
    term: async (id) => terms.get(id),
    termsByAlias: async (alias) => termsByKey.get(lookupKey(alias)) ?? [],
    meeting: async (id) => meetings.get(id),
    meetings: async () => [...corpus.meetings].sort((a, b) => a.date.localeCompare(b.date)),
    remarksByPerson,
    remarksByTerm,
    remarksByMeeting: async (id) => views(byMeeting.get(id) ?? []).sort((a, b) => a.remark.order - b.remark.order),
    entityDetails: async (ref): Promise<EntityDetails | undefined> => {
      if (ref.kind === 'person') {
        const person = people.get(ref.id);
        if (!person) return undefined;
        return {
          kind: 'person',
          person,
          appearances: appearancesOf(person.id, corpus.meetings),
          remarks: await remarksByPerson(person.id),
        };
      }
      if (ref.kind === 'body') {
        const body = bodyById(ref.id, corpus.meetings);
        if (!body) return undefined;
        const held = corpus.meetings.filter((m) => m.body === body.id).sort((a, b) => b.date.localeCompare(a.date) || b.number - a.number);
        const spoken = held.flatMap((m) => views(byMeeting.get(m.id) ?? []));
        return { kind: 'body', body, meetings: held, remarks: spoken.sort(newestFirst).slice(0, BODY_REMARKS) };
      }
      const term = terms.get(ref.id);
      return term && { kind: 'term', term, remarks: await remarksByTerm(term.id) };
    },
    lookup: async (query, limit) => {
      index ??= buildLookupIndex(corpus.people, corpus.terms, counts);
      return lookup(index, query, limit);
    },
  };
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

function groupByMany<T extends Person | Term>(items: readonly T[], keys: (item: T) => string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    for (const k of keys(item)) {
      const list = map.get(k);
      if (list) list.push(item);
      else map.set(k, [item]);
    }
  }
  return map;
}
