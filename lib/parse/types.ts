import type { AttendeeGroup, Meeting } from '../corpus/types';

/** A problem found in a source file, always naming the file and, where there is one, the 1-based line. */
export interface Diagnostic {
  file: string;
  line?: number;
  severity: 'error' | 'warning' | 'info';
  message: string;
}

/**
 * Where one non-blank source line went (an attendee line that lists organisations is `attendee` too). Every non-blank line gets exactly one record, which is what makes the parse
 * lossless and testable: `header` (title, item headings, section headings, end mark), `attendee`, `agenda`,
 * `remark` (ref = remark id), `note` (ref = index into meeting.notes).
 */
export interface LineRecord {
  line: number;
  kind: 'header' | 'attendee' | 'agenda' | 'remark' | 'note';
  ref?: string;
}

/** An attendee as the file lists it, or a stub for someone only named in an absence note ("高市経済安全保障担当大臣"). */
export interface ParsedAttendee {
  /** full name without spaces; undefined for a stub from an absence note */
  name?: string;
  surname?: string;
  givenName?: string;
  /** the name exactly as printed, e.g. "村井   純" */
  printedName?: string;
  /** for a stub: the label in the absence note, e.g. "遠藤本部員" */
  label?: string;
  role: string;
  /** the title word printed with the name, when there is one: 委員, 座長, 氏 */
  title?: string;
  group?: AttendeeGroup;
  absent: boolean;
  line?: number;
}

/** An entry of the attendee list that is not a person: an organisation, a post with no name, a cell left unread. */
export interface ListedOther {
  text: string;
  kind: 'organisation' | 'post' | 'unread';
  group?: AttendeeGroup;
  line: number;
}

/**
 * What the parser found of one meeting, for an import preview and for batch reports: each header part found or not,
 * counts, and the share of named speakers resolved to an attendee. `score` is the share of the seven parts found
 * (title, date, times, venue, attendees, agenda, remarks); `missing` names the parts not found.
 */
export interface MeetingConfidence {
  title: boolean;
  date: boolean;
  times: boolean;
  venue: boolean;
  attendees: number;
  absent: number;
  /** organisations, posts without names and unread cells of the attendee list */
  otherListed: number;
  agenda: number;
  remarks: number;
  anonymousRemarks: number;
  /** remarks with a named speaker, and how many of them resolved to an attendee */
  namedRemarks: number;
  resolvedRemarks: number;
  /** resolvedRemarks / namedRemarks, or null when no remark names a speaker */
  speakersResolved: number | null;
  /** repairs made to read the header (a lost 年 or 時), as messages */
  repairs: string[];
  missing: string[];
  score: number;
}

export interface ParsedRemark {
  id: string;
  order: number;
  section: string;
  speakerLabel: string;
  /** index into ParsedMeeting.attendees, or null when unresolved or anonymous */
  attendee: number | null;
  /** true for the council's unnamed `- ` bullets: the minutes deliberately name no speaker */
  anonymous: boolean;
  written: boolean;
  text: string;
  /** 1-based source lines that make up this remark */
  lines: number[];
}

/** A Meeting as the contract has it, but with attendees and remarks still in the parser's own form. */
export interface ParsedMeeting extends Omit<Meeting, 'attendees' | 'sections' | 'notes' | 'otherAttendees'> {
  attendees: ParsedAttendee[];
  /** organisations and posts listed among the attendees, and list cells that could not be read: never people */
  others: ListedOther[];
  confidence: MeetingConfidence;
  sections: { number: number; title: string }[];
  notes: string[];
  remarks: ParsedRemark[];
}

export interface ParseResult {
  file: string;
  /** null when the file could not be read as minutes at all (see diagnostics) */
  meeting: ParsedMeeting | null;
  lines: LineRecord[];
  diagnostics: Diagnostic[];
  /** what was found, also when no meeting could be made (then `missing` says why) */
  confidence: MeetingConfidence;
}
