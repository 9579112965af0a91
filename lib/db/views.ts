import type { Meeting, Person, Remark } from '../corpus/types';
import type { PersonAppearance, RemarkView } from '../corpus/views';

/** Remarks a body's details carry: a few from its newest meetings. */
export const BODY_REMARKS = 5;

/** A remark as shown: with its meeting, its speaker (null when the minutes name none) and their role at that meeting. */
export function toRemarkView(remark: Remark, meeting: Meeting, speaker: Person | null): RemarkView {
  const role = remark.speakerId ? meeting.attendees.find((a) => a.personId === remark.speakerId)?.role : undefined;
  const view: RemarkView = { remark: stripRow(remark), meeting, speaker: speaker && stripPerson(speaker) };
  if (role) view.role = role;
  return view;
}

/** Newest meeting first; within one meeting, in the order spoken. */
export function newestFirst(a: RemarkView, b: RemarkView): number {
  return b.meeting.date.localeCompare(a.meeting.date) || a.meeting.id.localeCompare(b.meeting.id) || a.remark.order - b.remark.order;
}

export function appearancesOf(personId: string, meetings: readonly Meeting[]): PersonAppearance[] {
  const out: PersonAppearance[] = [];
  for (const meeting of [...meetings].sort((a, b) => a.date.localeCompare(b.date))) {
    const a = meeting.attendees.find((x) => x.personId === personId);
    if (!a) continue;
    const appearance: PersonAppearance = { meeting, role: a.role, absent: a.absent };
    if (a.group) appearance.group = a.group;
    out.push(appearance);
  }
  return out;
}

/** Read models carry the contract's fields only, not the database's index columns (date, keys). */
function stripRow<T extends object>(row: T): T {
  const { date: _date, ...rest } = row as T & { date?: string };
  return rest as T;
}

export function stripPerson<T extends Person>(row: T): Person {
  const { keys: _keys, ...rest } = row as T & { keys?: string[] };
  return rest;
}
