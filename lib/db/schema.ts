import Dexie, { type Table } from 'dexie';
import type { Meeting, Person, Remark, Term } from '../corpus/types';
import type { StoredSearchIndex } from '../search/stored-index';
import type { ImportRow } from './import-rows';

/**
 * The extension's IndexedDB, through Dexie. Two kinds of tables:
 * - corpus tables (meetings, people, remarks, terms and the link tables) hold the bundled corpus; a new corpus version
 *   replaces them wholesale;
 * - user tables (settings, siteSwitches, bookmarks, notes) hold what the reader did; nothing in seeding touches them.
 * `meta` records which corpus version is in the corpus tables and whether seeding finished; `recognizers` (version 3)
 * caches the recognizer built from the corpus tables, by corpus revision (rebuilt, not migrated).
 * - imports (version 2) holds each file the reader imported, parsed, as its own small corpus: user data. The corpus
 *   tables hold the bundled corpus plus every import merged in (lib/db/imports.ts); seeding rewrites them from both,
 *   so a new bundled corpus never loses an import.
 *
 * Schema changes: add `this.version(N + 1).stores({...changed tables})` (with `.upgrade()` when rows must be rewritten)
 * below the existing versions; never edit a version that has shipped.
 */

/** A remark with its meeting's date copied in, so remarks can be ordered and filtered by date through an index. */
export interface RemarkRow extends Remark {
  date: string;
}

/** A person with normalised lookup keys (name, aliases, reading, romaji) for alias queries through a multi-entry index. */
export interface PersonRow extends Person {
  keys: string[];
}

export interface TermRow extends Term {
  keys: string[];
}

/** term ↔ remark, from Term.remarkIds */
export interface MentionRow {
  termId: string;
  remarkId: string;
  date: string;
}

/** person ↔ meeting, from Meeting.attendees */
export interface AppearanceRow {
  personId: string;
  meetingId: string;
  date: string;
  role: string;
  group?: string;
  absent: boolean;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

export interface SiteSwitchRow {
  host: string;
  enabled: boolean;
  updatedAt: number;
}

export interface BookmarkRow {
  remarkId: string;
  createdAt: number;
}

export interface NoteRow {
  id?: number;
  remarkId: string;
  text: string;
  createdAt: number;
  updatedAt: number;
}

/** The recognizer built from the corpus rows, in its binary form (lib/recognize/binary.ts), by corpus revision. */
export interface RecognizerRow {
  revision: string;
  data: ArrayBuffer;
  builtAt: number;
}

export type SeedState = 'seeding' | 'ready';

export interface CorpusMeta {
  key: 'corpus';
  /** the corpus version in the corpus tables once `state` is 'ready'; the version being written while 'seeding' */
  version: string;
  state: SeedState;
  dataDate?: string;
  startedAt: number;
  finishedAt?: number;
  /**
   * the bundled version plus a stamp of the imports merged in (lib/db/imports.ts, `corpusRevision`); absent before
   * version 2, when it equals `version`
   */
  revision?: string;
  /** the meta record before this seed began, restored if the seed fails */
  previous?: Omit<CorpusMeta, 'previous'>;
}

const DB_NAME = 'minutes-lens';

export const CORPUS_TABLES = ['meetings', 'people', 'remarks', 'terms', 'mentions', 'appearances'] as const;

export class MinutesDb extends Dexie {
  meetings!: Table<Meeting, string>;
  people!: Table<PersonRow, string>;
  remarks!: Table<RemarkRow, string>;
  terms!: Table<TermRow, string>;
  mentions!: Table<MentionRow, [string, string]>;
  appearances!: Table<AppearanceRow, [string, string]>;
  settings!: Table<SettingRow, string>;
  siteSwitches!: Table<SiteSwitchRow, string>;
  bookmarks!: Table<BookmarkRow, string>;
  notes!: Table<NoteRow, number>;
  meta!: Table<CorpusMeta, string>;
  imports!: Table<ImportRow, string>;
  recognizers!: Table<RecognizerRow, string>;
  searchIndex!: Table<StoredSearchIndex, string>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      meetings: 'id, date, body',
      people: 'id, *keys',
      remarks: 'id, meetingId, speakerId, date, [speakerId+date], [meetingId+order]',
      terms: 'id, *keys',
      mentions: '[termId+remarkId], termId, remarkId, [termId+date]',
      appearances: '[personId+meetingId], personId, meetingId, [personId+date]',
      settings: 'key',
      siteSwitches: 'host',
      bookmarks: 'remarkId, createdAt',
      notes: '++id, remarkId, updatedAt',
      meta: 'key',
    });
    // Version 2 (import branch): minutes the reader imported, kept as user data and merged into the corpus tables.
    this.version(2).stores({ imports: 'id, importedAt, meetingId' });
    // Version 3: a cache of the recognizer built from the corpus rows (background), so a restarted worker need not rebuild it.
    this.version(3).stores({ recognizers: 'revision' });
    // Version 4: the side panel's search index, one row per corpus revision (lib/search/stored-index.ts), so it is built
    // once per corpus change rather than at every panel open. A cache: dropping it costs one rebuild.
    this.version(4).stores({ searchIndex: 'key' });
  }
}
