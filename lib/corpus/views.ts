import type { Meeting, Person, Remark, Term } from './types';

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

export type EntityDetails = PersonDetails | TermDetails;

export interface EntityRef {
  kind: 'person' | 'term';
  id: string;
}
