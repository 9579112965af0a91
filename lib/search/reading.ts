import type { Meeting, Person } from '../corpus/types';
import type { PersonDetails, RemarkView, TermDetails } from '../corpus/views';
import { appearancesOf, newestFirst } from '../db/views';
import { remarkView, speakerKey } from './search-index';
import type { SearchIndex } from './search-index';
import type { FacetCount, IndexedRemark } from './types';

/**
 * The reading views of the side panel, answered from the in-memory index the panel already holds for search, in the
 * same shapes and orders as the query layer's (lib/db/views.ts).
 */

export interface AttendeeView {
  person: Person | null;
  personId: string;
  role: string;
  group?: string;
  absent: boolean;
}

export interface RemarkContext {
  view: RemarkView;
  /** the remarks just before and after in the same meeting, in spoken order */
  before: RemarkView[];
  after: RemarkView[];
  meeting: Meeting;
  attendees: AttendeeView[];
}

export function remarkContext(index: SearchIndex, remarkId: string, around = 2): RemarkContext | null {
  const doc = index.byId.get(remarkId);
  if (!doc) return null;
  const same = meetingDocs(index, doc.meeting.id);
  const at = same.indexOf(doc);
  return {
    view: remarkView(doc),
    before: same.slice(Math.max(0, at - around), at).map(remarkView),
    after: same.slice(at + 1, at + 1 + around).map(remarkView),
    meeting: doc.meeting,
    attendees: doc.meeting.attendees.map((a) => ({ ...a, person: index.people.get(a.personId) ?? null })),
  };
}

function meetingDocs(index: SearchIndex, meetingId: string): IndexedRemark[] {
  return index.docs.filter((d) => d.meeting.id === meetingId);
}

/** Remarks per meeting, oldest meeting first: the data of the small bar charts. */
function countsPerMeeting(docs: readonly IndexedRemark[]): { meeting: Meeting; count: number }[] {
  const counts = new Map<string, { meeting: Meeting; count: number }>();
  for (const d of docs) {
    const c = counts.get(d.meeting.id);
    if (c) c.count++;
    else counts.set(d.meeting.id, { meeting: d.meeting, count: 1 });
  }
  return [...counts.values()].sort((a, b) => a.meeting.date.localeCompare(b.meeting.date) || a.meeting.id.localeCompare(b.meeting.id));
}

export interface PersonPage extends PersonDetails {
  perMeeting: { meeting: Meeting; count: number }[];
}

export function personPage(index: SearchIndex, personId: string): PersonPage | null {
  const person = index.people.get(personId);
  if (!person) return null;
  const docs = index.docs.filter((d) => d.remark.speakerId === personId);
  return {
    kind: 'person',
    person,
    appearances: appearancesOf(personId, index.corpus.meetings),
    remarks: docs.map(remarkView).sort(newestFirst),
    perMeeting: countsPerMeeting(docs),
  };
}

export interface TermPage extends TermDetails {
  perMeeting: { meeting: Meeting; count: number }[];
  /** who used the term, most often first */
  speakers: FacetCount[];
}

export function termPage(index: SearchIndex, termId: string): TermPage | null {
  const term = index.terms.get(termId);
  if (!term) return null;
  const docs = term.remarkIds.map((id) => index.byId.get(id)).filter((d): d is IndexedRemark => d !== undefined);
  const speakers = new Map<string, FacetCount>();
  for (const d of docs) {
    const key = speakerKey(d.remark);
    const c = speakers.get(key);
    if (c) c.count++;
    else speakers.set(key, { key, label: d.speaker?.name ?? d.remark.speakerLabel, count: 1 });
  }
  return {
    kind: 'term',
    term,
    remarks: docs.map(remarkView).sort(newestFirst),
    perMeeting: countsPerMeeting(docs),
    speakers: [...speakers.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'ja')),
  };
}
