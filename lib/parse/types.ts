import type { AttendeeGroup, Meeting } from '../corpus/types';

/** A problem found in a source file, always naming the file and, where there is one, the 1-based line. */
export interface Diagnostic {
  file: string;
  line?: number;
  severity: 'error' | 'warning' | 'info';
  message: string;
}

/**
 * Where one non-blank source line went. Every non-blank line gets exactly one record, which is what makes the parse
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
  group?: AttendeeGroup;
  absent: boolean;
  line?: number;
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
export interface ParsedMeeting extends Omit<Meeting, 'attendees' | 'sections' | 'notes'> {
  attendees: ParsedAttendee[];
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
}
