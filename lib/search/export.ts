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

export function exportRow(view: RemarkView): ExportRow {
  const { remark, meeting, speaker, role } = view;
  return {
    id: remark.id,
    date: meeting.date,
    body: meeting.body,
    meeting: meeting.number,
    section: remark.section,
    speaker: speaker?.name ?? remark.speakerLabel,
    role: role ?? '',
    written: !!remark.written,
    text: remark.text,
    citation: citeRemark(view),
  };
}

const COLUMNS: (keyof ExportRow)[] = ['id', 'date', 'body', 'meeting', 'section', 'speaker', 'role', 'written', 'text', 'citation'];

/**
 * RFC 4180 CSV: CRLF line ends, fields with quotes, commas or line breaks in double quotes with quotes doubled. It
 * starts with a UTF-8 byte order mark because Excel otherwise reads UTF-8 as Shift_JIS and garbles the Japanese.
 */
export function toCsv(rows: readonly ExportRow[]): string {
  const lines = [COLUMNS.join(','), ...rows.map((row) => COLUMNS.map((c) => csvField(String(row[c]))).join(','))];
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
