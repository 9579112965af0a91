import type { Lang } from '../i18n';
import { csv } from '../search/export';
import { type ResolvedSaved, snapshotOf } from './saved';

/**
 * Export of the saved remarks with their notes: one flat row per remark, the same fields in CSV and JSON. A remark the
 * corpus still holds is exported as the corpus holds it now; one it no longer holds, from the snapshot taken when it was
 * saved, with `inCorpus` false.
 */
export interface SavedExportNote {
  text: string;
  /** ISO 8601, UTC */
  createdAt: string;
  updatedAt: string;
}

export interface SavedExportRow {
  id: string;
  /** body and meeting title as published, e.g. サイバーセキュリティ戦略本部 第34回会合 */
  meeting: string;
  date: string;
  speaker: string;
  role: string;
  section: string;
  written: boolean;
  text: string;
  notes: SavedExportNote[];
  /** in the UI language */
  citation: string;
  /** ISO 8601, UTC */
  savedAt: string;
  inCorpus: boolean;
}

export function savedExportRow(entry: ResolvedSaved, lang: Lang): SavedExportRow {
  const notes = entry.notes.map((n) => ({ text: n.text, createdAt: iso(n.createdAt), updatedAt: iso(n.updatedAt) }));
  const common = { id: entry.remarkId, notes, savedAt: iso(entry.savedAt), inCorpus: entry.view !== null };
  const s = entry.view ? snapshotOf(entry.view) : entry.snapshot;
  return {
    ...common,
    meeting: s ? `${s.body} ${s.meetingTitle}` : '',
    date: s?.date ?? '',
    speaker: s?.speaker ?? '',
    role: s?.role ?? '',
    section: s?.section ?? '',
    written: s?.written ?? false,
    text: s?.text ?? '',
    citation: s?.citation[lang] ?? '',
  };
}

const COLUMNS = [
  'id',
  'meeting',
  'date',
  'speaker',
  'role',
  'section',
  'written',
  'text',
  'notes',
  'citation',
  'savedAt',
  'inCorpus',
] as const;

/** Notes in one CSV cell: their texts in the order written, a blank line between two. */
function notesCell(notes: readonly SavedExportNote[]): string {
  return notes.map((n) => n.text).join('\n\n');
}

/**
 * CSV as the search export writes it (lib/search/export.ts: RFC 4180, UTF-8 byte order mark so Excel reads the
 * Japanese). Fields are written exactly as stored (no quote prefix against formulas): the notes are the reader's own
 * and fidelity wins.
 */
export function savedToCsv(rows: readonly SavedExportRow[]): string {
  const cell = (row: SavedExportRow, c: (typeof COLUMNS)[number]) => (c === 'notes' ? notesCell(row.notes) : String(row[c]));
  return csv(
    COLUMNS,
    rows.map((row) => COLUMNS.map((c) => cell(row, c))),
  );
}

export interface SavedExportMeta {
  /** the filter the list was narrowed by ('' for all) */
  filter: string;
  lang: Lang;
  corpusVersion: string;
  exportedAt: number;
}

export function savedToJson(rows: readonly SavedExportRow[], meta: SavedExportMeta): string {
  const { exportedAt, ...rest } = meta;
  return (
    JSON.stringify({ kind: 'minutes-lens-saved', ...rest, exportedAt: iso(exportedAt), count: rows.length, saved: rows }, null, 2) + '\n'
  );
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}
