import { formatDiagnostic } from './diagnostics';
import type { Diagnostic, MeetingConfidence, ParseResult } from './types';

/**
 * An honest account of a batch of files: how many became meetings, why each of the others did not (its error, with the
 * line that shows it), warnings grouped by kind instead of one line per occurrence, and what was found of each meeting.
 * Pure: the CLI prints it, an import preview can show the same.
 */
export interface BatchReport {
  total: number;
  parsed: number;
  failed: { file: string; causes: Diagnostic[] }[];
  /** "12 of 14 files parsed; 2 failed" */
  summary: string;
  /** each meeting's confidence, by file */
  meetings: { file: string; id: string; confidence: MeetingConfidence }[];
  /** diagnostics of one kind in one file, with every line they were seen at */
  groups: { file: string; severity: Diagnostic['severity']; message: string; count: number; lines: number[] }[];
}

/**
 * `files`: every file asked for, in order; `diagnostics`: everything reported (reading, parsing, corpus building);
 * `parses`: the parse results; `kept`: the files whose meeting made it into the corpus (a duplicate meeting is left out
 * and counts as failed).
 */
export function reportBatch(files: string[], diagnostics: Diagnostic[], parses: ParseResult[], kept: Set<string>): BatchReport {
  const failed = files
    .filter((f) => !kept.has(f))
    .map((file) => ({ file, causes: diagnostics.filter((d) => d.file === file && d.severity === 'error') }));
  const parsed = files.length - failed.length;
  const summary = `${parsed} of ${files.length} file${files.length === 1 ? '' : 's'} parsed; ${failed.length} failed`;

  const groups = new Map<string, BatchReport['groups'][number]>();
  for (const d of diagnostics) {
    if (d.severity === 'error') continue;
    const key = `${d.file}\u0000${d.severity}\u0000${template(d.message)}`;
    const g = groups.get(key);
    if (g) {
      g.count++;
      if (d.line !== undefined) g.lines.push(d.line);
    } else groups.set(key, { file: d.file, severity: d.severity, message: d.message, count: 1, lines: d.line !== undefined ? [d.line] : [] });
  }
  const meetings = parses.filter((p) => p.meeting && kept.has(p.file)).map((p) => ({ file: p.file, id: p.meeting!.id, confidence: p.confidence }));
  return { total: files.length, parsed, failed, summary, meetings, groups: [...groups.values()] };
}

/** A message with its particulars (quoted text, numbers) blanked, so that warnings of one kind group together. */
function template(message: string): string {
  return message.replace(/"[^"]*"/g, '"…"').replace(/\d+/g, 'N');
}

/** The report as lines for a terminal: failures first, then each meeting found, then grouped warnings, then the summary. */
export function formatReport(report: BatchReport, { infos = false } = {}): string[] {
  const out: string[] = [];
  for (const f of report.failed) {
    if (f.causes.length === 0) out.push(`${f.file}: error: no meeting could be made of this file`);
    for (const c of f.causes) out.push(formatDiagnostic(c));
  }
  for (const m of report.meetings) out.push(`${m.file}: ${m.id}: ${describeConfidence(m.confidence)}`);
  for (const g of report.groups) {
    if (g.severity === 'info' && !infos) continue;
    const where = g.lines.length > 0 ? `:${g.lines[0]}` : '';
    const more = g.count > 1 ? ` (${g.count} times${g.lines.length > 1 ? `, lines ${shortList(g.lines)}` : ''})` : '';
    out.push(`${g.file}${where}: ${g.severity}: ${g.message}${more}`);
  }
  out.push(report.summary);
  return out;
}

export function describeConfidence(c: MeetingConfidence): string {
  const found = (['title', 'date', 'times', 'venue'] as const).filter((k) => c[k]);
  const speakers = c.speakersResolved === null ? 'no named speakers' : `speakers ${c.resolvedRemarks}/${c.namedRemarks} resolved`;
  const parts = [
    found.length > 0 ? `found ${found.join(', ')}` : 'found no header item',
    `${c.attendees} attendees${c.absent ? ` (+${c.absent} absent)` : ''}${c.otherListed ? `, ${c.otherListed} organisations/posts` : ''}`,
    `${c.agenda} agenda items`,
    `${c.remarks} remarks${c.anonymousRemarks ? ` (${c.anonymousRemarks} unnamed)` : ''}`,
    speakers,
  ];
  return parts.join('; ') + (c.missing.length > 0 ? `; missing: ${c.missing.join(', ')}` : '') + (c.repairs.length > 0 ? `; ${c.repairs.length} repair(s)` : '');
}

function shortList(lines: number[], max = 8): string {
  return lines.length > max ? `${lines.slice(0, max).join(', ')}, …` : lines.join(', ');
}
