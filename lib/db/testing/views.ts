import type { PersonDetails, RemarkView, TermDetails } from '../../corpus/views';
import { smallCorpus } from './small-corpus';

/** Read models built by hand from the small test corpus, so component tests do not depend on the query layer. */
const corpus = smallCorpus();
const meeting = (id: string) => corpus.meetings.find((m) => m.id === id)!;
const person = (id: string) => corpus.people.find((p) => p.id === id)!;

export function remarkView(remarkId: string): RemarkView {
  const remark = corpus.remarks.find((r) => r.id === remarkId)!;
  const m = meeting(remark.meetingId);
  return {
    remark,
    meeting: m,
    speaker: remark.speakerId ? person(remark.speakerId) : null,
    role: m.attendees.find((a) => a.personId === remark.speakerId)?.role,
  };
}

export function muraiDetails(): PersonDetails {
  const p = person('p-murai-jun');
  return {
    kind: 'person',
    person: p,
    appearances: corpus.meetings.map((m) => ({ meeting: m, role: '慶應義塾大学教授', absent: false })),
    remarks: ['hq-036-r1', 'hq-034-r1', 'hq-001-r2'].map(remarkView),
  };
}

export function activeDefenseDetails(): TermDetails {
  return { kind: 'term', term: corpus.terms[0], remarks: ['hq-036-r2', 'hq-036-r1', 'hq-034-r2'].map(remarkView) };
}
