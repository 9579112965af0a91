import type { Attendee, AttendeeGroup, Corpus, Meeting, Remark, Term } from '../corpus/types';
import { buildPeople, type PersonInput } from '../people/people';
import type { ReadingTokenizer } from '../people/readings';
import { parseMinutes } from './parse-minutes';
import { surnameOfMemberLabel } from './attendees';
import type { Diagnostic, ParsedAttendee, ParsedMeeting, ParseResult } from './types';

export interface SourceFile {
  /** file name as it should appear in `Meeting.source` and diagnostics */
  file: string;
  text: string;
}

export interface BuildOptions {
  /** kuromoji (or anything with the same `tokenize`) for readings */
  tokenizer: ReadingTokenizer;
  /** term extraction over the finished remarks; omitted → no terms */
  terms?: (corpus: Omit<Corpus, 'version' | 'terms'>) => Term[];
}

export interface BuildResult {
  corpus: Corpus;
  diagnostics: Diagnostic[];
  parses: ParseResult[];
}

const EXPERT_GROUPS: AttendeeGroup[] = ['本部員', '委員'];

/**
 * Parses every file and joins the meetings into one corpus: one Person per distinct name across meetings, absent
 * people named only by surname + title resolved through the people of the other meetings, speakers linked to
 * person ids, and a `version` derived from the content (same input → same version).
 * A file that cannot be parsed is reported and left out; the others still make the corpus.
 */
export async function buildCorpus(sources: SourceFile[], options: BuildOptions): Promise<BuildResult> {
  const parses = sources.map((s) => parseMinutes(s.file, s.text));
  const diagnostics = parses.flatMap((p) => p.diagnostics);

  const seen = new Map<string, string>();
  const parsed: ParsedMeeting[] = [];
  for (const p of parses) {
    if (!p.meeting) continue;
    const first = seen.get(p.meeting.id);
    if (first) {
      diagnostics.push({ file: p.file, severity: 'error', message: `meeting ${p.meeting.id} is already in the corpus from ${first}; this copy is left out` });
      continue;
    }
    seen.set(p.meeting.id, p.file);
    parsed.push(p.meeting);
  }
  parsed.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));

  const inputs: PersonInput[] = [];
  const firstSeen = new Map<string, { file: string; line?: number }>();
  const groupsByName = new Map<string, Set<AttendeeGroup>>();
  for (const m of parsed) {
    for (const a of m.attendees) {
      if (a.name === undefined) continue;
      inputs.push({ name: a.name, surname: a.surname, givenName: a.givenName });
      if (!firstSeen.has(a.name)) firstSeen.set(a.name, { file: m.source, line: a.line });
      if (a.group) (groupsByName.get(a.name) ?? groupsByName.set(a.name, new Set()).get(a.name)!).add(a.group);
    }
  }
  // Absent members named only by surname + title whom no known person fits become people known by surname only,
  // so the meeting keeps them as absent attendees instead of dropping them.
  const stubIds = new Map<ParsedAttendee, { name?: string; why: string }>();
  for (const m of parsed) {
    for (const a of m.attendees) {
      if (a.name !== undefined) continue;
      const found = findStub(a, inputs, groupsByName);
      if (found.name) {
        stubIds.set(a, found);
        continue;
      }
      const surname = surnameOfMemberLabel(a.label!);
      if (surname) {
        stubIds.set(a, { name: surname, why: found.why });
        diagnostics.push({
          file: m.source,
          line: a.line,
          severity: 'warning',
          message: `absent "${a.label}" not identified with a known person (${found.why}); kept as an absent attendee known only by the surname ${surname}`,
        });
      } else {
        stubIds.set(a, found);
        diagnostics.push({ file: m.source, line: a.line, severity: 'warning', message: `absent "${a.label}" not identified: ${found.why}; kept only in the meeting's notes` });
      }
    }
  }
  const partialNames = new Set([...stubIds.values()].filter((s) => s.name !== undefined && !inputs.some((p) => p.name === s.name)).map((s) => s.name!));
  for (const name of partialNames) inputs.push({ name, surname: name });
  const { people, idByName, notes } = buildPeople(inputs, options.tokenizer);
  for (const { name, message } of notes) {
    const at = firstSeen.get(name)!;
    diagnostics.push({ file: at.file, line: at.line, severity: 'info', message });
  }

  const meetings: Meeting[] = [];
  const remarks: Remark[] = [];
  for (const m of parsed) {
    // attendee index → person id (null for a stub nobody could be found for)
    const personOf = m.attendees.map((a) => {
      const name = a.name ?? stubIds.get(a)?.name;
      return name !== undefined ? idByName.get(name)! : null;
    });
    const attendees: Attendee[] = [];
    m.attendees.forEach((a, i) => {
      const personId = personOf[i];
      if (personId === null) return;
      const role = a.name !== undefined ? a.role : stubRole(a, personId, people);
      attendees.push({ personId, role, ...(a.group ? { group: a.group } : {}), absent: a.absent });
    });
    meetings.push({
      id: m.id,
      body: m.body,
      number: m.number,
      title: m.title,
      date: m.date,
      ...(m.start ? { start: m.start, end: m.end } : {}),
      venue: m.venue,
      source: m.source,
      attendees,
      agenda: m.agenda,
      sections: m.sections,
      notes: m.notes,
      ...(m.others.length > 0 ? { otherAttendees: m.others.map(({ text, kind, group }) => ({ text, kind, ...(group ? { group } : {}) })) } : {}),
    });
    for (const r of m.remarks) {
      const speakerId = r.attendee === null ? null : personOf[r.attendee];
      if (r.attendee !== null && speakerId === null) {
        diagnostics.push({ file: m.source, line: r.lines[0], severity: 'warning', message: `speaker "${r.speakerLabel}" could not be identified; kept as printed` });
      }
      remarks.push({
        id: r.id,
        meetingId: m.id,
        order: r.order,
        section: r.section,
        speakerId,
        speakerLabel: r.speakerLabel,
        ...(r.written ? { written: true } : {}),
        text: r.text,
      });
    }
  }

  const body = { meetings, people, remarks };
  const terms = options.terms ? options.terms(body) : [];
  const dataDate = meetings.length > 0 ? meetings[meetings.length - 1].date : undefined;
  const version = await contentHash(JSON.stringify({ meetings, people, remarks, terms }));
  const corpus: Corpus = { version, ...(dataDate ? { dataDate } : {}), meetings, people, remarks, terms };
  return { corpus, diagnostics, parses };
}

/**
 * Someone named only in an absence note ("高市経済安全保障担当大臣", "土屋本部員") is the one person, known from the
 * other meetings, whose surname starts the label and who sat in a compatible group (a minister for a ministerial title,
 * an expert for 本部員 / 委員). Zero or several candidates: not guessed; the reason is returned.
 */
function findStub(stub: ParsedAttendee, inputs: PersonInput[], groupsByName: Map<string, Set<AttendeeGroup>>): { name?: string; why: string } {
  const label = stub.label!;
  const names = new Set(inputs.filter((p) => p.surname !== undefined && p.givenName !== undefined && label.startsWith(p.surname)).map((p) => p.name));
  const compatible = [...names].filter((n) => {
    const groups = groupsByName.get(n) ?? new Set();
    if (stub.group === '閣僚') return groups.has('閣僚');
    if (stub.group && EXPERT_GROUPS.includes(stub.group)) return EXPERT_GROUPS.some((g) => groups.has(g));
    return false;
  });
  if (compatible.length === 1) return { name: compatible[0], why: '' };
  const why =
    compatible.length > 1
      ? `several people fit (${compatible.join(', ')})`
      : names.size === 1
        ? `the only ${[...names][0]} in the corpus held a different kind of post`
        : names.size > 1
          ? `${[...names].join(', ')} in the corpus held other kinds of post`
        : 'nobody with that surname is known from the other meetings';
  return { why };
}

/** Role of a resolved stub: the title after the surname ("高市経済安全保障担当大臣" → "経済安全保障担当大臣"). */
function stubRole(stub: ParsedAttendee, personId: string, people: { id: string; surname?: string }[]): string {
  const surname = people.find((p) => p.id === personId)?.surname ?? '';
  const label = stub.label ?? stub.role;
  return label.startsWith(surname) ? label.slice(surname.length) : label;
}

/** First 16 hex digits of SHA-256: short, and changes whenever any part of the corpus does. */
async function contentHash(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest).slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
