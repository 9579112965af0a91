import type { RemarkView } from '../corpus/views';
import { citeRemark } from './citation';
import type { SearchFilters, SortOrder } from './types';

/** One exported result: flat, so it is one CSV row and one JSON object with the same fields. */
export interface ExportRow {
  id: string;
  date: string;
  body: string;
  meeting: number;
  section: string;
  speaker: string;
  role: string;
  written: boolean;
  text: string;
  citation: string;
}

/**
 * A remark's fields as every export and the saved remarks' snapshots give them: meeting date, body and number, section,
 * the speaker's name (or the label the minutes print when unnamed), role ('' when none), written or spoken, text.
 */
export function remarkFields({ remark, meeting, speaker, role }: RemarkView): Omit<ExportRow, 'id' | 'citation'> {
  return {
    date: meeting.date,
    body: meeting.body,
    meeting: meeting.number,
    section: remark.section,
    speaker: speaker?.name ?? remark.speakerLabel,
    role: role ?? '',
    written: !!remark.written,
    text: remark.text,
  };
}

export function exportRow(view: RemarkView): ExportRow {
  return { id: view.remark.id, ...remarkFields(view), citation: citeRemark(view) };
}

const COLUMNS: (keyof ExportRow)[] = ['id', 'date', 'body', 'meeting', 'section', 'speaker', 'role', 'written', 'text', 'citation'];

export function toCsv(rows: readonly ExportRow[]): string {
  return csv(
    COLUMNS,
    rows.map((row) => COLUMNS.map((c) => String(row[c]))),
  );
}

/**
 * RFC 4180 CSV: CRLF line ends, fields with quotes, commas or line breaks in double quotes with quotes doubled. It
 * starts with a UTF-8 byte order mark because Excel otherwise reads UTF-8 as Shift_JIS and garbles the Japanese.
 * The search results' export and the saved remarks' export (lib/db/saved-export.ts) both write through this.
 */
export function csv(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [columns, ...rows].map((fields) => fields.map(csvField).join(','));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export interface ExportMeta {
  query: string;
  filters: SearchFilters;
  sort: SortOrder;
  corpusVersion: string;
}

export function toJson(rows: readonly ExportRow[], meta: ExportMeta): string {
  return JSON.stringify({ ...meta, count: rows.length, results: rows }, null, 2) + '\n';
}
