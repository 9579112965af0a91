import type { Meeting, MeetingOrigin, Person, Remark, Term } from '../corpus/types';
import type { Diagnostic } from '../parse/types';

/** One imported file's minutes as a corpus of their own: one meeting, its people (with readings), remarks, terms. */
export interface ImportedCorpus {
  meetings: Meeting[];
  people: Person[];
  remarks: Remark[];
  terms: Term[];
}

/**
 * A row of the `imports` table (user data, schema version 2). The parsed minutes are kept here as they came out of
 * the parser, with the parser's own person and term ids; merging them into the corpus tables (lib/db/imports.ts)
 * maps those ids onto people and terms already known, so merging again after a new bundled corpus gives the same
 * result as merging the first time.
 */
export interface ImportRow {
  /** `imp-<meeting id>`: one import per meeting, so the same minutes imported twice are one row */
  id: string;
  meetingId: string;
  file: string;
  kind: MeetingOrigin['kind'];
  /** bytes of the file (characters for pasted text) */
  size: number;
  /** epoch milliseconds */
  importedAt: number;
  /** 'partial': the parser could not read everything and the reader imported it anyway */
  status: 'complete' | 'partial';
  /** what the parser said, capped */
  diagnostics: Diagnostic[];
  corpus: ImportedCorpus;
}

/** What the list of imports shows, without the minutes themselves. */
export interface ImportSummary extends Pick<ImportRow, 'id' | 'meetingId' | 'file' | 'kind' | 'size' | 'importedAt' | 'status'> {
  body: string;
  number: number;
  date: string;
  remarks: number;
  people: number;
  /** false when the bundled corpus now holds this meeting itself (a newer extension bundled it): the import waits */
  merged: boolean;
}

export function importId(meetingId: string): string {
  return `imp-${meetingId}`;
}
