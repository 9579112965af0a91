import type { Meeting, Person, Term } from '../corpus/types';
import type { EntityDetails, EntityRef, RemarkView } from '../corpus/views';
import type { LookupHit } from '../lookup/lookup-index';

/**
 * The typed query layer every surface uses (popup, side panel, and the background on behalf of content scripts). Two
 * implementations answer it: one over the seeded database, one over the bundled corpus in memory (used until the
 * database holds the bundled version, so a half-written database is never read).
 */
export interface CorpusQueries {
  /** where answers come from: 'db' once seeded, 'memory' before */
  readonly source: 'db' | 'memory';
  info(): Promise<{ version: string; dataDate?: string }>;
  person(id: string): Promise<Person | undefined>;
  /** people one of whose names, readings or romaji is `alias` (after normalisation; spaces ignored) */
  peopleByAlias(alias: string): Promise<Person[]>;
  term(id: string): Promise<Term | undefined>;
  /** terms whose label, synonym, English name or reading is `alias` */
  termsByAlias(alias: string): Promise<Term[]>;
  meeting(id: string): Promise<Meeting | undefined>;
  /** meetings, oldest first */
  meetings(): Promise<Meeting[]>;
  /** newest first */
  remarksByPerson(personId: string, limit?: number): Promise<RemarkView[]>;
  /** newest first */
  remarksByTerm(termId: string, limit?: number): Promise<RemarkView[]>;
  /** in the order spoken */
  remarksByMeeting(meetingId: string): Promise<RemarkView[]>;
  entityDetails(ref: EntityRef): Promise<EntityDetails | undefined>;
  /** the popup's as-you-type lookup: people and terms by prefix of any name, reading or romaji */
  lookup(query: string, limit?: number): Promise<LookupHit[]>;
}
