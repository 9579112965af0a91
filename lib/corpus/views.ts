import type { Body } from './bodies';
import type { Meeting, Person, Remark, Term } from './types';

export type { Body };

/** Read models shared by the popover, popup and side panel: what one lookup returns, ready to render. */

export interface RemarkView {
  remark: Remark;
  meeting: Meeting;
  speaker: Person | null;
  /** the speaker's role at that meeting, e.g. 経済安全保障担当大臣 */
  role?: string;
}

export interface PersonAppearance {
  meeting: Meeting;
  role: string;
  group?: string;
  absent: boolean;
}

export interface PersonDetails {
  kind: 'person';
  person: Person;
  /** oldest first */
  appearances: PersonAppearance[];
  /** newest first */
  remarks: RemarkView[];
}

export interface TermDetails {
  kind: 'term';
  term: Term;
  /** newest first */
  remarks: RemarkView[];
}

/** A body whose meetings the minutes record (サイバーセキュリティ戦略本部): its meetings and what was said there. */
export interface BodyDetails {
  kind: 'body';
  body: Body;
  /** newest first */
  meetings: Meeting[];
  /** a few remarks from its newest meetings, newest first */
  remarks: RemarkView[];
}

export type EntityDetails = PersonDetails | TermDetails | BodyDetails;

export interface EntityRef {
  kind: 'person' | 'term' | 'body';
  id: string;
}

/** How a mention of these entities is marked: as a person when any of them is one, else as a term (bodies too). */
export function markKind(refs: readonly EntityRef[]): 'person' | 'term' {
  return refs.some((ref) => ref.kind === 'person') ? 'person' : 'term';
}

/** The id of the entity a details record describes. */
export function detailsId(details: EntityDetails): string {
  return details.kind === 'person' ? details.person.id : details.kind === 'term' ? details.term.id : details.body.id;
}

/** The entity's display name: person name, term label or body name. */
export function detailsName(details: EntityDetails): string {
  return details.kind === 'person' ? details.person.name : details.kind === 'term' ? details.term.label : details.body.name;
}
