import type { AttendeeGroup } from '../corpus/types';
import {
  groupByBlock,
  groupFromRoleWord,
  groupFromTitle,
  isOrganisation,
  joinRole,
  pairCells,
  parseAbsenceNote,
  parseAttendeeLine,
  type AttendeeItem,
  type PersonEntry,
} from './attendees';
import { looksLikeDate, readEraDate, readTimeRange } from './dates';
import { chairPost, END_MARK, isBareItemNumber, ITEM_HEADING, itemKind, meetingId, PAGE_MARK, parseTitle, splitHeaderItems, startsWithLabel, type ItemKind } from './header';
import { closesParagraph, isBullet, isWrappedLayout, ParagraphBuilder, stripBullet, type SourceLine } from './paragraphs';
import { addressSpeaker, anonymousBullet, governmentSpeaker, SpeakerResolver, splitSpeakerMarker } from './speakers';
import type { Diagnostic, LineRecord, ListedOther, MeetingConfidence, ParsedAttendee, ParsedMeeting, ParsedRemark, ParseResult } from './types';

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
/** Label of the council's unnamed committee bullets, and of unnamed remarks under a (委員意見) heading. */
const ANONYMOUS_LABEL = '委員';
/** Label of a remark opened by a bare `○` bullet where the minutes do not say whose remarks follow: the mark as printed. */
const BULLET_LABEL = '○';
/** "(委員意見)", "（委員からの主な意見）": the unnamed remarks that follow are the members'. */
const MEMBERS_SAY = /^[（(【]\s*(?:委員|構成員|有識者)(?:から)?の?(?:主な)?意見(?:等)?\s*[)）】]$/;
/** A section heading that is a topic of the meeting ("(1) 企業・個人分野について"): the agenda, when no 【…事項】 says it. */
const TOPIC = /について(?:[（(][^）)]*[)）])?$/;

interface OpenRemark {
  kind: 'remark';
  remark: ParsedRemark;
  builder: ParagraphBuilder;
  /** a `○` bullet's remark: plain lines after it continue it (as new paragraphs) instead of becoming notes */
  absorbs?: boolean;
}
type Cell = { item: AttendeeItem & ({ kind: 'names' } | { kind: 'title' }); line: number };
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
  private dateItemLine?: number;
  private venue = '';
  /** lines read before the body starts, for a date outside any 日時 item and for saying where a date might be */
  private readonly headerLines: SourceLine[] = [];
  private sawEndMark = false;

  private readonly attendees: ParsedAttendee[] = [];
  private readonly absenceLabels: { label: string; line: number }[] = [];
  private attendeeBlock = 0;
  private blankRun = 0;
  private explicitGroup?: AttendeeGroup;
  private readonly others: ListedOther[] = [];
  private cells: Cell[] = [];
  private implicitBody = false;

  private readonly agenda: { kind: string; title: string }[] = [];
  private readonly topics: { kind: string; title: string }[] = [];
  private anonymousLabel = BULLET_LABEL;
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
      return { file: this.file, meeting: null, lines: [], diagnostics: this.diagnostics, confidence: emptyConfidence() };
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
    if (this.mode !== 'body') {
      this.headerLine(line);
      return;
    }
    const item = ITEM_HEADING.exec(line.text);
    if (item) {
      const kind = itemKind(item[2]);
      this.switchTo(kind);
      if (kind === 'date') this.dateItemLine ??= line.no;
      this.record(line, 'header');
      if (item[3]) this.itemValue(line, item[3]);
      return;
    }
    if (PAGE_MARK.test(line.text)) {
      this.record(line, 'header');
      return;
    }
    this.bodyLine(line);
  }

  /**
   * A line before the body: header items are found wherever they stand in it (several may run into one line, the
   * whole header may be one line), each piece of text goes to the item it follows.
   */
  private headerLine(line: SourceLine): void {
    this.headerLines.push(line);
    if (PAGE_MARK.test(line.text) || (isBareItemNumber(line.text) && startsWithLabel(this.nextText(line)))) {
      this.record(line, 'header');
      return;
    }
    const pieces = splitHeaderItems(line.text, true);
    const whole = pieces.length === 1 && pieces[0].item === undefined;
    for (const piece of pieces) {
      if (piece.item !== undefined && !(this.mode === 'title' && piece.item === 'body' && !piece.numbered)) {
        this.switchTo(piece.item);
        this.record(line, 'header');
        if (piece.item === 'date') this.dateItemLine ??= line.no;
        if (!piece.text) continue;
        if (this.mode === 'body') {
          this.bodyLine({ ...line, text: piece.text });
          continue;
        }
      } else if (piece.item !== undefined) {
        // "議事概要" without its number while the title is still being read: part of the title
        piece.text = `${piece.label} ${piece.text}`;
      }
      this.modeText(line, piece.text, whole);
    }
  }

  private modeText(line: SourceLine, text: string, whole: boolean): void {
    switch (this.mode) {
      case 'title':
        this.titleText += ' ' + text;
        this.titleLine ??= line.no;
        this.record(line, 'header');
        return;
      case 'date':
      case 'venue':
      case 'other':
        this.record(line, 'header');
        this.itemValue(line, text);
        return;
      case 'attendees':
      case 'absentees':
        this.attendeeLine(whole ? line : { ...line, raw: text, text });
        return;
      case 'body':
        this.bodyLine({ ...line, text });
        return;
    }
  }

  private nextText(line: SourceLine): string {
    for (let i = line.no; i < this.lines.length; i++) if (this.lines[i].text !== '') return this.lines[i].text;
    return '';
  }

  /** Entering another item: what the attendee list still holds is settled first. */
  private switchTo(mode: ItemKind): void {
    this.closeCurrent();
    if (this.mode === 'attendees' || this.mode === 'absentees') this.flushCells();
    this.mode = mode;
  }

  private itemValue(line: SourceLine, value: string): void {
    if (this.mode === 'date') {
      this.dateText += ' ' + value;
      this.dateLine ??= line.no;
    } else if (this.mode === 'venue' && !this.venue && value.trim()) {
      this.venue = value.trim().replace(/[\s\u3000]+/g, ' ');
    } else if (this.mode === 'attendees' || this.mode === 'absentees') {
      this.attendeeLine({ ...line, raw: value, text: value.trim() });
    }
  }

  private attendeeLine(line: SourceLine): void {
    const t = line.text;
    if (!t) return;
    if (!this.implicitBody && this.startsBody(t)) {
      // No 議事概要 item before the first section or speaker: the body starts here, and the list is not read on.
      this.implicitBody = true;
      this.report('warning', `no 議事概要 item before the proceedings: the body is taken to start at line ${line.no}: "${clip(t)}"`, line.no);
      this.switchTo('body');
      this.bodyLine(line);
      return;
    }
    const absent = parseAbsenceNote(t);
    if (absent) {
      this.flushCells();
      for (const label of absent) this.absenceLabels.push({ label, line: line.no });
      this.addNote(line, t);
      this.attendeeBlock++;
      return;
    }
    if (PAGE_MARK.test(t)) {
      this.record(line, 'header');
      return;
    }
    // a remark on the list ("※上記のほか関係府省が出席", a sentence): kept as printed, never read for people
    if (/^[※＊*]/.test(t) || /。/.test(t)) {
      this.flushCells();
      this.addNote(line, t);
      return;
    }
    if (this.mode === 'absentees' && !/[\s\u3000]/.test(t) && parseAbsenceNote(`${t}は欠席`)) {
      // a 欠席者 item listing labels only ("山田委員、鈴木委員"): absentees as the notes name them
      for (const label of parseAbsenceNote(`${t}は欠席`)!) this.absenceLabels.push({ label, line: line.no });
      this.record(line, 'attendee');
      return;
    }
    const items = parseAttendeeLine(line.raw);
    if (items.length === 0) {
      this.record(line, 'header');
      this.report('warning', `unrecognised line in the attendee list: "${t}"`, line.no);
      return;
    }
    // A wider gap than between two names separates blocks (members / officials); the 2015 list double-spaces.
    if (this.attendees.length > 0 && this.blankRun >= (this.wrapped ? 2 : 1) && this.cells.length === 0) this.attendeeBlock++;
    let kind: LineRecord['kind'] = 'header';
    for (const item of items) {
      switch (item.kind) {
        case 'group':
          this.flushCells();
          this.explicitGroup = item.group;
          if (item.group === undefined) this.report('info', `attendee group header "${item.text}" names no known group; the people under it keep their titles`, line.no);
          break;
        case 'note':
          this.flushCells();
          this.addNote(line, item.text);
          kind = kind === 'header' ? 'note' : kind;
          break;
        case 'person':
          this.flushCells();
          this.addPerson(item.person, line.no);
          kind = 'attendee';
          break;
        case 'continuation': {
          const last = this.attendees[this.attendees.length - 1];
          if (last && this.cells.length === 0) last.role = joinRole(last.role, item.text);
          else this.addOther(item.text, line.no);
          kind = 'attendee';
          break;
        }
        case 'names':
          this.cells.push({ item, line: line.no });
          kind = 'attendee';
          break;
        case 'title':
          if (this.cells.some((c) => c.item.kind === 'names')) this.cells.push({ item, line: line.no });
          else this.addOther(item.text, line.no);
          kind = 'attendee';
          break;
        case 'other':
          this.addOther(item.text, line.no);
          kind = 'attendee';
          break;
        case 'unclosed':
          this.report('warning', `attendee list: a parenthesis is never closed ("${item.text}"); read on after it, and what it held is kept in the affiliation as printed`, line.no);
          break;
      }
    }
    if (kind === 'note') return;
    this.record(line, kind);
  }

  /** A section heading with a title, or a speaker marker: proceedings, never an attendee. */
  private startsBody(t: string): boolean {
    const section = SECTION.exec(t);
    return (section !== null && section[2].trim() !== '' && !/^[（(]\s*[0-9０-９]{1,2}\s*[)）][^\s]*[)）]$/.test(t)) || splitSpeakerMarker(t) !== undefined;
  }

  private addPerson(p: PersonEntry, line: number): void {
    if (p.surname === undefined) {
      this.report('info', `"${p.printedName}" is printed without a space between surname and given name: kept whole, not split by guesswork`, line);
    }
    this.attendees.push({
      name: p.name,
      ...(p.surname !== undefined ? { surname: p.surname, givenName: p.givenName } : {}),
      printedName: p.printedName,
      role: p.role,
      ...(p.title ? { title: p.title } : {}),
      group: this.explicitGroup ?? groupFromRoleWord(p.title) ?? groupByBlock(this.attendeeBlock, p.role),
      absent: this.mode === 'absentees',
      line,
    });
  }

  /** An organisation or a post listed without a person's name: kept as printed, never made a person. */
  private addOther(text: string, line: number, kind?: ListedOther['kind']): void {
    const what = kind ?? (isOrganisation(text) ? 'organisation' : 'post');
    this.others.push({ text, kind: what, ...(this.explicitGroup ? { group: this.explicitGroup } : {}), line });
  }

  /** PDF cells waiting for their partners: pair them (column runs), or keep them as printed and say so. */
  private flushCells(): void {
    if (this.cells.length === 0) return;
    const cells = this.cells;
    this.cells = [];
    const { people, unpaired } = pairCells(cells);
    for (const { person, line } of people) this.addPerson(person, line);
    for (const u of unpaired) this.addOther(u.text, u.line, 'unread');
    if (unpaired.length > 0) {
      this.report(
        'warning',
        `attendee list: ${unpaired.length} cell(s) could not be paired into name and title (${unpaired.map((u) => u.text).join(' / ')}); kept as printed, no person made of them`,
        unpaired[0].line,
      );
    }
  }

  private bodyLine(line: SourceLine): void {
    const t = line.text;
    if (END_MARK.test(t)) {
      this.closeCurrent();
      this.sawEndMark = true;
      this.record(line, 'header');
      return;
    }
    if (MEMBERS_SAY.test(t)) {
      this.closeCurrent();
      this.anonymousLabel = ANONYMOUS_LABEL;
      this.speaker = null;
      this.record(line, 'header');
      return;
    }
    const section = SECTION.exec(t);
    if (section && section[2].trim()) {
      this.closeCurrent();
      const title = section[2].trim();
      if (TOPIC.test(title)) this.topics.push({ kind: '議題', title });
      this.anonymousLabel = BULLET_LABEL;
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
    const bullet = anonymousBullet(t);
    if (bullet !== undefined) {
      this.closeCurrent();
      this.agendaKind = null;
      this.speaker = null;
      const remark = this.startRemark(this.anonymousLabel, true);
      remark.absorbs = true;
      remark.builder.add(bullet, closesParagraph({ ...line, text: bullet }, this.wrapped), true);
      this.record(line, 'remark', remark.remark);
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
    if (cur?.kind === 'remark' && cur.absorbs && !bullet) {
      cur.builder.add(content, closes, true);
      this.record(line, 'remark', cur.remark);
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

  /**
   * One record per line: a line holding several header items is recorded once; when its later part turns out to be
   * an attendee, a remark or a note, that kind replaces the plain `header`.
   */
  private record(line: SourceLine, kind: LineRecord['kind'], remark?: ParsedRemark, note?: number): void {
    const last = this.records[this.records.length - 1];
    const rec = { line: line.no, kind, remark, ref: note !== undefined ? String(note) : undefined };
    if (last?.line === line.no) {
      if (last.kind !== 'header' || kind === 'header') return;
      this.records[this.records.length - 1] = rec;
    } else this.records.push(rec);
    if (remark) remark.lines.push(line.no);
  }

  private report(severity: Diagnostic['severity'], message: string, line?: number): void {
    this.diagnostics.push({ file: this.file, line, severity, message });
  }

  private finish(): ParseResult {
    this.flushCells();
    const title = parseTitle(this.titleText);
    const repairs: string[] = [];
    let dateRead = readEraDate(this.dateText);
    let dateFrom = this.dateLine;
    let timeRead = readTimeRange(this.dateText);
    if (!dateRead && this.dateItemLine === undefined && title) {
      // No 日時 item, but the header states the date on a line of its own ("平成14年6月24日(月)16:15〜17:25").
      for (const l of this.headerLines) {
        const d = readEraDate(l.text);
        if (!d) continue;
        dateRead = d;
        dateFrom = l.no;
        timeRead = readTimeRange(l.text);
        this.report('warning', `no 日時 item recognised; the date was read from line ${l.no}: "${clip(l.text)}"`, l.no);
        break;
      }
    }
    const date = dateRead?.date;
    const time = timeRead?.time;
    for (const r of [...(dateRead?.repairs ?? []), ...(timeRead?.repairs ?? [])]) {
      repairs.push(r);
      this.report('warning', `date and time: ${r}`, dateFrom);
    }

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
      if (!date) this.report('error', `no meeting date (平成/令和 …年…月…日) found; the meeting cannot be placed in time: ${this.whyNoDate()}`, this.dateLine ?? this.dateItemLine ?? this.dateCandidate()?.no ?? this.firstLine());
      else if (!time) this.report('warning', 'no start and end time found', dateFrom);
      if (!this.venue) this.report('warning', 'no venue (場所) found');
      if (this.attendees.length === 0) this.report('warning', 'no attendee list found');
      if (remarks.length === 0) this.report('warning', 'no remarks found');
      if (!this.sawEndMark) this.report('warning', 'no end mark (以上): the file may be truncated', this.lastLine());
    }

    this.addAbsentees();
    const body = title?.body ?? '';
    const id = meetingId(body, title?.number, date ?? 'undated');
    const resolver = new SpeakerResolver(this.attendees, chairPost(body, date));
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
    const agenda = this.agenda.length > 0 ? this.agenda : this.topics;
    const confidence = this.confidence({ title: !!title, date: !!date, time: !!time, agenda: agenda.length, remarks, repairs });
    const meeting: ParsedMeeting | null =
      nothing || !date
        ? null
        : {
            id,
            body,
            number: title?.number ?? 0,
            title: title?.title ?? '',
            date,
            ...(time ?? {}),
            venue: this.venue,
            source: this.file,
            attendees: this.attendees,
            others: this.others,
            agenda,
            sections: this.sections,
            notes: this.notes,
            remarks,
            confidence,
          };
    return { file: this.file, meeting, lines, diagnostics: this.diagnostics, confidence };
  }

  private confidence(found: { title: boolean; date: boolean; time: boolean; agenda: number; remarks: ParsedRemark[]; repairs: string[] }): MeetingConfidence {
    const named = found.remarks.filter((r) => !r.anonymous);
    const resolved = named.filter((r) => r.attendee !== null).length;
    const present = this.attendees.filter((a) => !a.absent).length;
    const parts: [string, boolean][] = [
      ['title', found.title],
      ['date', found.date],
      ['times', found.time],
      ['venue', this.venue !== ''],
      ['attendees', present > 0],
      ['agenda', found.agenda > 0],
      ['remarks', found.remarks.length > 0],
    ];
    const missing = parts.filter(([, ok]) => !ok).map(([name]) => name);
    return {
      title: found.title,
      date: found.date,
      times: found.time,
      venue: this.venue !== '',
      attendees: present,
      absent: this.attendees.length - present,
      otherListed: this.others.length,
      agenda: found.agenda,
      remarks: found.remarks.length,
      anonymousRemarks: found.remarks.length - named.length,
      namedRemarks: named.length,
      resolvedRemarks: resolved,
      speakersResolved: named.length > 0 ? resolved / named.length : null,
      repairs: found.repairs,
      missing,
      score: (parts.length - missing.length) / parts.length,
    };
  }

  /** Why no date could be read, naming the line that shows it. */
  private whyNoDate(): string {
    if (this.dateItemLine !== undefined) {
      const text = this.dateText.trim();
      return text ? `the 日時 item (line ${this.dateItemLine}) reads "${clip(text)}", which is not an era date` : `the 日時 item (line ${this.dateItemLine}) is empty`;
    }
    const candidate = this.dateCandidate();
    return candidate ? `no 日時 item recognised; line ${candidate.no} looks like a date: "${clip(candidate.text)}"` : 'no 日時 item recognised, and no line of the header looks like a date';
  }

  private dateCandidate(): SourceLine | undefined {
    return this.headerLines.find((l) => looksLikeDate(l.text)) ?? this.lines.slice(0, 60).find((l) => looksLikeDate(l.text));
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

function clip(text: string, max = 60): string {
  const t = text.trim();
  return t.length > max ? t.slice(0, max) + '…' : t;
}

function emptyConfidence(): MeetingConfidence {
  const missing = ['title', 'date', 'times', 'venue', 'attendees', 'agenda', 'remarks'];
  return {
    title: false,
    date: false,
    times: false,
    venue: false,
    attendees: 0,
    absent: 0,
    otherListed: 0,
    agenda: 0,
    remarks: 0,
    anonymousRemarks: 0,
    namedRemarks: 0,
    resolvedRemarks: 0,
    speakersResolved: null,
    repairs: [],
    missing,
    score: 0,
  };
}
