import type { Meeting, MeetingOrigin, Person } from '../corpus/types';
import { type ImportRow, importId } from '../db/import-rows';
import { withTermReadings } from '../lookup/term-readings';
import { buildCorpus } from '../parse/build-corpus';
import type { Diagnostic } from '../parse/types';
import type { ReadingTokenizer } from '../people/readings';
import { type TermTokenizer, extractTerms } from '../terms/extract-terms';
import { ImportProblem } from './problems';

export interface ImportSource {
  file: string;
  kind: MeetingOrigin['kind'];
  /** bytes of the file, or characters of pasted text */
  size: number;
  text: string;
  /** PDF pages, for the preview */
  pages?: number;
  encoding?: string;
}

/** What the reader sees before deciding to import one file. */
export interface ImportPreview
  extends Omit<ImportSource, 'text'>, Pick<Meeting, 'body' | 'number' | 'title' | 'date' | 'start' | 'end' | 'venue'> {
  meetingId: string;
  present: { name: string; role: string }[];
  absent: { name: string; role: string }[];
  remarks: number;
  /** speaker labels the parser could not tie to an attendee, with how many remarks each */
  unresolved: { label: string; remarks: number }[];
  /** the parser's warnings and errors (what it could not read) and its notes */
  diagnostics: Diagnostic[];
  /** procedural text kept as notes, not as remarks */
  notes: number;
  /** 'partial': the parser reported warnings or errors; the reader decides */
  status: 'complete' | 'partial';
  /** the parser's confidence in this meeting (0–1) */
  confidence: number;
  /** header parts the parser could not find (date, times, venue, attendees, …) */
  missing: string[];
}

export interface Prepared {
  preview: ImportPreview;
  /** the row to store, without its import time (set when the reader confirms) */
  row: Omit<ImportRow, 'importedAt'>;
}

export type ImportTokenizer = ReadingTokenizer & TermTokenizer;

const MAX_DIAGNOSTICS = 200;

/**
 * One file's text → the preview and the row to store: parsed with today's parser entry point (buildCorpus over one
 * file), people with readings, romaji and English name order (kuromoji), terms found in the remarks, term readings.
 * Pure but for the tokenizer; runs in the import worker. Text that is empty, not minutes, or has no date is refused.
 */
export async function prepareImport(source: ImportSource, tokenizer: ImportTokenizer): Promise<Prepared> {
  if (source.text.trim() === '') throw new ImportProblem({ code: 'empty', params: { file: source.file } });
  const { corpus, diagnostics, parses } = await buildCorpus([{ file: source.file, text: source.text }], {
    tokenizer,
    terms: (c) => extractTerms(c, tokenizer),
  });
  const parse = parses[0];
  const meeting = corpus.meetings[0];
  if (!parse?.meeting || !meeting) {
    const notMinutes = diagnostics.some((d) => /^not minutes|^empty file/.test(d.message));
    const empty = diagnostics.some((d) => /^empty file/.test(d.message));
    throw new ImportProblem({
      code: empty ? 'empty' : notMinutes ? 'not-minutes' : 'no-date',
      params: { file: source.file },
      diagnostics: diagnostics.slice(0, MAX_DIAGNOSTICS),
    });
  }
  const terms = withTermReadings(
    tokenizer,
    corpus.terms.filter((t) => t.remarkIds.length > 0),
  );
  const people = new Map<string, Person>(corpus.people.map((p) => [p.id, p]));
  const attendee = (a: { personId: string; role: string }) => ({ name: people.get(a.personId)?.name ?? a.personId, role: a.role });

  const anonymous = new Set(parse.meeting.remarks.filter((r) => r.anonymous).map((r) => r.id));
  const unresolved = new Map<string, number>();
  for (const r of corpus.remarks)
    if (r.speakerId === null && !anonymous.has(r.id)) unresolved.set(r.speakerLabel, (unresolved.get(r.speakerLabel) ?? 0) + 1);

  const kept = diagnostics.filter((d) => d.severity !== 'info' || d.message.startsWith('no reading')).slice(0, MAX_DIAGNOSTICS);
  const status = diagnostics.some((d) => d.severity !== 'info') ? 'partial' : 'complete';

  const preview: ImportPreview = {
    file: source.file,
    kind: source.kind,
    size: source.size,
    ...(source.pages !== undefined ? { pages: source.pages } : {}),
    ...(source.encoding ? { encoding: source.encoding } : {}),
    meetingId: meeting.id,
    body: meeting.body,
    number: meeting.number,
    title: meeting.title,
    date: meeting.date,
    ...(meeting.start ? { start: meeting.start, end: meeting.end } : {}),
    venue: meeting.venue,
    present: meeting.attendees.filter((a) => !a.absent).map(attendee),
    absent: meeting.attendees.filter((a) => a.absent).map(attendee),
    remarks: corpus.remarks.length,
    unresolved: [...unresolved].map(([label, remarks]) => ({ label, remarks })),
    diagnostics: kept,
    notes: meeting.notes?.length ?? 0,
    status,
    confidence: parse.confidence.score,
    missing: parse.confidence.missing,
  };
  const row: Omit<ImportRow, 'importedAt'> = {
    id: importId(meeting.id),
    meetingId: meeting.id,
    file: source.file,
    kind: source.kind,
    size: source.size,
    status,
    diagnostics: kept,
    corpus: { meetings: [meeting], people: corpus.people, remarks: corpus.remarks, terms },
  };
  return { preview, row };
}
