import type { AttendeeGroup } from '../corpus/types';
import { groupByBlock, groupFromTitle, parseAbsenceNote, parseAttendeeLine, parseGroupHeader } from './attendees';
import { parseEraDate, parseTimeRange } from './dates';
import { END_MARK, ITEM_HEADING, itemKind, meetingId, parseTitle, type ItemKind } from './header';
import { closesParagraph, isBullet, isWrappedLayout, ParagraphBuilder, stripBullet, type SourceLine } from './paragraphs';
import { addressSpeaker, governmentSpeaker, SpeakerResolver, splitSpeakerMarker } from './speakers';
import type { Diagnostic, LineRecord, ParsedAttendee, ParsedMeeting, ParsedRemark, ParseResult } from './types';

/**
 * Parses one minutes file (議事概要) into a meeting with its attendees, agenda, sections, notes and remarks.
 * Pure and synchronous; never throws on bad input: problems become diagnostics naming the file and line, and every
 * non-blank line is recorded in `lines` exactly once, whatever the input looks like.
 * Speakers are resolved against this meeting's attendees only; people known from other meetings (an absent minister
 * named only in a note) are resolved later by the corpus builder.
 */
export function parseMinutes(file: string, text: string): ParseResult {
  return new MinutesParser(file, text).run();
}

const AGENDA_KINDS = new Set(['決定事項', '討議事項', '報告事項']);
const SECTION = /^[（(]\s*([0-9０-９]{1,2})\s*[)）]\s*(.*)$/;
const SUBHEADING = /^【(.+)】$/;
/** Whole-line procedural notes: (「異議なし」と声あり), (※なお、…), (以下は閣僚本部員から提出された発言内容). */
const PROCEDURAL_NOTE = /^[（(](?:「.*」と声あり|※.*|以下は.*)[)）]$/;
const WRITTEN_FOLLOWS = /^[（(]以下は.*提出.*[)）]$/;
/** Label of the council's unnamed committee bullets. */
const ANONYMOUS_LABEL = '委員';

interface OpenRemark {
  kind: 'remark';
  remark: ParsedRemark;
  builder: ParagraphBuilder;
}
interface OpenNote {
  kind: 'note';
  index: number;
  builder: ParagraphBuilder;
}

class MinutesParser {
  private readonly diagnostics: Diagnostic[] = [];
  private readonly records: (LineRecord & { remark?: ParsedRemark })[] = [];
  private readonly lines: SourceLine[];
  private readonly wrapped: boolean;

  private mode: ItemKind | 'title' = 'title';
  private titleText = '';
  private titleLine?: number;
  private dateText = '';
  private dateLine?: number;
  private venue = '';
  private sawEndMark = false;

  private readonly attendees: ParsedAttendee[] = [];
  private readonly absenceLabels: { label: string; line: number }[] = [];
  private attendeeBlock = 0;
  private blankRun = 0;
  private explicitGroup?: AttendeeGroup;

  private readonly agenda: { kind: string; title: string }[] = [];
  private agendaKind: string | null = null;
  private agendaOpen = false;
  private readonly sections: { number: number; title: string }[] = [];
  private sectionTitle = '';
  private readonly notes: string[] = [];
  private readonly remarks: ParsedRemark[] = [];
  private speaker: string | null = null;
  private written = false;
  private current: OpenRemark | OpenNote | null = null;

  constructor(
    private readonly file: string,
    text: string,
  ) {
    this.lines = text
      .replace(/^\uFEFF/, '')
      .split(/\r\n|\r|\n/)
      .map((raw, i) => ({ no: i + 1, raw, text: raw.trim(), trailingSpace: /\S\s+$/.test(raw) }));
    this.wrapped = isWrappedLayout(this.lines);
  }

  run(): ParseResult {
    if (this.lines.every((l) => l.text === '')) {
      this.report('error', 'empty file: nothing to parse', 1);
      return { file: this.file, meeting: null, lines: [], diagnostics: this.diagnostics };
    }
    if (this.lines.some((l) => l.raw.includes('\uFFFD'))) {
      const at = this.lines.find((l) => l.raw.includes('\uFFFD'))!.no;
      this.report('warning', 'replacement characters (U+FFFD): the file was probably not UTF-8', at);
    }
    for (const line of this.lines) {
      if (line.text === '') {
        this.blankRun++;
        continue;
      }
      this.handle(line);
      this.blankRun = 0;
    }
    this.closeCurrent();
    return this.finish();
  }

  private handle(line: SourceLine): void {
    const item = ITEM_HEADING.exec(line.text);
    if (item) {
      this.closeCurrent();
      this.mode = itemKind(item[2]);
      this.record(line, 'header');
      if (item[3]) this.itemValue(line, item[3]);
      return;
    }
    switch (this.mode) {
      case 'title':
        this.titleText += ' ' + line.text;
        this.titleLine ??= line.no;
        this.record(line, 'header');
        return;
      case 'date':
      case 'venue':
      case 'other':
        this.record(line, 'header');
        this.itemValue(line, line.text);
        return;
      case 'attendees':
        this.attendeeLine(line);
        return;
      case 'body':
        this.bodyLine(line);
        return;
    }
  }

  private itemValue(line: SourceLine, value: string): void {
    if (this.mode === 'date') {
      this.dateText += ' ' + value;
      this.dateLine ??= line.no;
    } else if (this.mode === 'venue' && !this.venue) {
      this.venue = value.trim();
    } else if (this.mode === 'attendees') {
      this.explicitGroup = parseGroupHeader(value);
    }
  }

  private attendeeLine(line: SourceLine): void {
    const t = line.text;
    const absent = parseAbsenceNote(t);
    if (absent) {
      for (const label of absent) this.absenceLabels.push({ label, line: line.no });
      this.addNote(line, t);
      this.attendeeBlock++;
      return;
    }
    const group = parseGroupHeader(t);
    if (group) {
      this.explicitGroup = group;
      this.record(line, 'header');
      return;
    }
    const parsed = parseAttendeeLine(line.raw);
    if (!parsed) {
      this.record(line, 'header');
      this.report('warning', `unrecognised line in the attendee list: "${t}"`, line.no);
      return;
    }
    // A wider gap than between two names separates blocks (members / officials); the 2015 list double-spaces.
    if (this.attendees.length > 0 && this.blankRun >= (this.wrapped ? 2 : 1)) this.attendeeBlock++;
    this.attendees.push({
      ...parsed,
      group: this.explicitGroup ?? groupByBlock(this.attendeeBlock, parsed.role),
      absent: false,
      line: line.no,
    });
    this.record(line, 'attendee');
  }

  private bodyLine(line: SourceLine): void {
    const t = line.text;
    if (END_MARK.test(t)) {
      this.closeCurrent();
      this.sawEndMark = true;
      this.record(line, 'header');
      return;
    }
    const section = SECTION.exec(t);
    if (section) {
      this.closeCurrent();
      const title = section[2].trim();
      this.sections.push({ number: Number(section[1].normalize('NFKC')), title });
      this.sectionTitle = title;
      this.speaker = addressSpeaker(title) ?? null;
      this.agendaKind = null;
      this.written = false;
      this.record(line, 'header');
      return;
    }
    const sub = SUBHEADING.exec(t);
    if (sub) {
      this.closeCurrent();
      this.agendaKind = AGENDA_KINDS.has(sub[1]) ? sub[1] : null;
      this.agendaOpen = false;
      this.speaker = null;
      this.record(line, 'header');
      return;
    }
    const marker = splitSpeakerMarker(t);
    const government = marker ? undefined : governmentSpeaker(t);
    if (marker || government) {
      this.closeCurrent();
      this.agendaKind = null;
      this.speaker = marker ? marker.label : government!;
      const remark = this.startRemark(this.speaker, false);
      this.record(line, 'remark', remark.remark);
      if (marker?.rest) remark.builder.add(marker.rest, closesParagraph({ ...line, text: marker.rest }, this.wrapped), true);
      return;
    }
    if (PROCEDURAL_NOTE.test(t)) {
      this.closeCurrent();
      if (WRITTEN_FOLLOWS.test(t)) this.written = true;
      this.addNote(line, t);
      return;
    }
    if (this.agendaKind !== null) {
      if (isBullet(t)) {
        this.closeCurrent();
        this.agenda.push({ kind: this.agendaKind, title: stripBullet(t).replace(/^・\s*/, '') });
        this.agendaOpen = !closesParagraph(line, this.wrapped);
        this.record(line, 'agenda');
        return;
      }
      if (this.agendaOpen && this.agenda.length > 0) {
        this.agenda[this.agenda.length - 1].title += t;
        this.agendaOpen = !closesParagraph(line, this.wrapped);
        this.record(line, 'agenda');
        return;
      }
      this.agendaKind = null;
    }
    this.textLine(line);
  }

  private textLine(line: SourceLine): void {
    const t = line.text;
    const closes = closesParagraph(line, this.wrapped);
    const bullet = isBullet(t);
    const content = bullet ? stripBullet(t) : t;
    const cur = this.current;
    if (cur && cur.builder.isOpen && !bullet) {
      cur.builder.add(content, closes);
      this.record(line, cur.kind, cur.kind === 'remark' ? cur.remark : undefined, cur.kind === 'note' ? cur.index : undefined);
      return;
    }
    if (this.speaker !== null) {
      const remark = cur?.kind === 'remark' && !cur.remark.anonymous ? cur : this.startRemark(this.speaker, false);
      remark.builder.add(content, closes, bullet);
      this.record(line, 'remark', remark.remark);
      return;
    }
    if (bullet) {
      this.closeCurrent();
      const remark = this.startRemark(ANONYMOUS_LABEL, true);
      remark.builder.add(content, closes, true);
      this.record(line, 'remark', remark.remark);
      return;
    }
    if (cur?.kind === 'note') {
      cur.builder.add(content, closes, true);
      this.record(line, 'note', undefined, cur.index);
      return;
    }
    this.closeCurrent();
    const index = this.notes.push('') - 1;
    const builder = new ParagraphBuilder(this.wrapped);
    builder.add(content, closes, true);
    this.current = { kind: 'note', index, builder };
    this.record(line, 'note', undefined, index);
  }

  private startRemark(label: string, anonymous: boolean): OpenRemark {
    this.closeCurrent();
    const remark: ParsedRemark = {
      id: '',
      order: 0,
      section: this.sectionTitle,
      speakerLabel: label,
      attendee: null,
      anonymous,
      written: this.written,
      text: '',
      lines: [],
    };
    this.remarks.push(remark);
    const open: OpenRemark = { kind: 'remark', remark, builder: new ParagraphBuilder(this.wrapped) };
    this.current = open;
    return open;
  }

  private addNote(line: SourceLine, text: string): void {
    const index = this.notes.push(text) - 1;
    this.record(line, 'note', undefined, index);
  }

  private closeCurrent(): void {
    const cur = this.current;
    if (!cur) return;
    if (cur.kind === 'remark') cur.remark.text = cur.builder.text();
    else this.notes[cur.index] = cur.builder.text();
    this.current = null;
  }

  private record(line: SourceLine, kind: LineRecord['kind'], remark?: ParsedRemark, note?: number): void {
    if (remark) remark.lines.push(line.no);
    this.records.push({ line: line.no, kind, remark, ref: note !== undefined ? String(note) : undefined });
  }

  private report(severity: Diagnostic['severity'], message: string, line?: number): void {
    this.diagnostics.push({ file: this.file, line, severity, message });
  }

  private finish(): ParseResult {
    const title = parseTitle(this.titleText);
    const date = parseEraDate(this.dateText);
    const time = parseTimeRange(this.dateText);

    // A speaker label with no text under it is kept as a header line, not as an empty remark.
    // One pass over the records, not one per empty label: a file of thousands of bare labels stays linear.
    const empty = new Set(this.remarks.filter((r) => r.text === ''));
    for (const r of empty) this.report('warning', `speaker "${r.speakerLabel}" has no text`, r.lines[0]);
    for (const rec of this.records) if (rec.remark && empty.has(rec.remark)) Object.assign(rec, { kind: 'header', remark: undefined });
    const remarks = this.remarks.filter((r) => r.text !== '');

    const nothing = !title && !date && this.attendees.length === 0 && remarks.length === 0;
    if (nothing) {
      this.report('error', 'not minutes: no meeting title (第N回), date, attendee list or remarks found', this.firstLine());
    } else {
      if (!title) this.report('warning', 'no meeting title with a number (第N回…) found', this.titleLine ?? this.firstLine());
      if (!date) this.report('error', 'no meeting date (平成/令和 …年…月…日) found; the meeting cannot be placed in time', this.dateLine ?? this.firstLine());
      else if (!time) this.report('warning', 'no start and end time found', this.dateLine);
      if (!this.venue) this.report('warning', 'no venue (場所) found');
      if (this.attendees.length === 0) this.report('warning', 'no attendee list found');
      if (remarks.length === 0) this.report('warning', 'no remarks found');
      if (!this.sawEndMark) this.report('warning', 'no end mark (以上): the file may be truncated', this.lastLine());
    }

    this.addAbsentees();
    const id = meetingId(title?.body ?? '', title?.number, date ?? 'undated');
    const resolver = new SpeakerResolver(this.attendees);
    remarks.forEach((r, i) => {
      r.order = i + 1;
      r.id = `${id}-r${r.order}`;
      if (!r.anonymous) this.resolve(r, resolver);
    });

    const lines: LineRecord[] = this.records.map(({ line, kind, remark, ref }) => ({
      line,
      kind,
      ...(remark ? { ref: remark.id } : ref !== undefined ? { ref } : {}),
    }));
    const meeting: ParsedMeeting | null =
      nothing || !date
        ? null
        : {
            id,
            body: title?.body ?? '',
            number: title?.number ?? 0,
            title: title?.title ?? '',
            date,
            ...(time ?? {}),
            venue: this.venue,
            source: this.file,
            attendees: this.attendees,
            agenda: this.agenda,
            sections: this.sections,
            notes: this.notes,
            remarks,
          };
    return { file: this.file, meeting, lines, diagnostics: this.diagnostics };
  }

  /** Absence notes: mark listed attendees absent; anyone not listed becomes a stub the corpus builder resolves. */
  private addAbsentees(): void {
    const listed = this.attendees.filter((a) => a.name !== undefined);
    const resolver = new SpeakerResolver(listed);
    for (const { label, line } of this.absenceLabels) {
      const r = resolver.resolve(label);
      if (r.kind === 'resolved') {
        listed[r.attendee].absent = true;
        continue;
      }
      this.attendees.push({ label, role: label, group: groupFromTitle(label), absent: true, line });
    }
  }

  private resolve(r: ParsedRemark, resolver: SpeakerResolver): void {
    const res = resolver.resolve(r.speakerLabel);
    if (res.kind === 'resolved') {
      r.attendee = res.attendee;
      if (res.note) this.report('info', res.note, r.lines[0]);
    } else {
      this.report('warning', `unresolved speaker: ${res.reason}; kept as printed`, r.lines[0]);
    }
  }

  private firstLine(): number {
    return this.lines.find((l) => l.text !== '')?.no ?? 1;
  }

  private lastLine(): number {
    return [...this.lines].reverse().find((l) => l.text !== '')?.no ?? this.lines.length;
  }
}
