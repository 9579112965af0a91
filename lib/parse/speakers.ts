import type { ParsedAttendee } from './types';

/**
 * Speaker labels: finding them in a line and resolving them to an attendee of the same meeting.
 * Labels are surname + title ("中谷本部員", "山口情報通信技術（ＩＴ）政策担当大臣（副本部長）") or a bare title ("本部長").
 */

const OPEN = '（(';
const CLOSE = '）)';

/** Titles a speaker label ends with: 中谷本部員, 岸防衛大臣, 木村統括官, 石井座長, 本部長, 事務局, 総理. */
const LABEL_END =
  /(?:本部員|委員|構成員|大臣|政務官|長官|長|官|監|補|氏|総理|事務局|代理|教授|参与|顧問|主査|オブザーバー?|[）)])$/;
/** Sentence punctuation never found in a label: a `○` followed by it is a bullet, not a speaker. */
const SENTENCE = /[、。，．,!?！？「」『』]/;
const MAX_LABEL = 40;
const PARTICLE = /[のをはがにでとも]/;

/** Whether `s` can be a speaker label: short, no sentence punctuation, ending with a title. */
function isSpeakerLabel(s: string): boolean {
  return s.length > 0 && s.length <= MAX_LABEL && !SENTENCE.test(s) && LABEL_END.test(s);
}

/**
 * Splits a speaker marker line: `○（小野寺本部員）text…` (label in balanced, possibly nested parentheses, text
 * after it) or `○中谷本部員` (label up to the first space). Returns undefined when the line is not a marker, and also
 * when the `○` is a bullet of unnamed remarks (`○ 〇〇の促進とあるが、…`, `○重要インフラ分野として、…`): what follows
 * it is a sentence, not a label, and no speaker is made out of remark text.
 */
export function splitSpeakerMarker(line: string): { label: string; rest: string } | undefined {
  if (!line.startsWith('○')) return undefined;
  const body = line.slice(1).trimStart();
  if (body && OPEN.includes(body[0])) {
    let depth = 0;
    for (let i = 0; i < body.length; i++) {
      if (OPEN.includes(body[i])) depth++;
      else if (CLOSE.includes(body[i]) && --depth === 0) {
        const label = body.slice(1, i).trim();
        if (label.length > MAX_LABEL || SENTENCE.test(label)) return undefined;
        return { label, rest: body.slice(i + 1).trim() };
      }
    }
    // Unbalanced: take the whole line as the label rather than guess where it ends, if it can be one.
    const label = body.slice(1).trim();
    return label.length <= MAX_LABEL && !SENTENCE.test(label) ? { label, rest: '' } : undefined;
  }
  const space = body.search(/[\s\u3000]/);
  const label = space < 0 ? body : body.slice(0, space);
  // a label is surname + title; particles mean a phrase ("○ 人材育成の担当官…"), not a label
  if (!isSpeakerLabel(label) || PARTICLE.test(label)) return undefined;
  return { label, rest: space < 0 ? '' : body.slice(space).trim() };
}

/** A `○` that opens an unnamed remark: `○ 〇〇の促進とあるが、…` (what is left after the mark). */
export function anonymousBullet(line: string): string | undefined {
  if (!line.startsWith('○') || splitSpeakerMarker(line)) return undefined;
  const rest = line.slice(1).trim();
  return rest || undefined;
}

/** `（政府側出席者 木村統括官）` → "木村統括官". */
export function governmentSpeaker(line: string): string | undefined {
  const m = /^[（(]\s*政府側出席者\s*(.+?)\s*[)）]$/.exec(line);
  return m?.[1];
}

const ADDRESS = /^(.+?)(?:冒頭御挨拶|冒頭挨拶|締め括り挨拶|締めくくり挨拶|御挨拶|挨拶)$/;

/** A section heading that names its speaker: "安倍内閣総理大臣冒頭御挨拶" → "安倍内閣総理大臣"; "本部長締め括り挨拶" → "本部長". */
export function addressSpeaker(sectionTitle: string): string | undefined {
  return ADDRESS.exec(sectionTitle.trim())?.[1];
}

export type Resolution =
  | { kind: 'resolved'; attendee: number; note?: string }
  | { kind: 'unresolved'; reason: string };

/** The Chief Cabinet Secretary heads the headquarters by law, so a bare 本部長 is whoever holds that post that day. */
const CHIEF_CABINET_SECRETARY = /内閣官房長官/;

/** Titles that follow a surname in a label: 委員, 座長, 本部員… */
const PLAIN_TITLE = /^(?:委員長?|座長|会長|議長|主査|構成員|本部員|専門委員|氏)$/;

const key = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/** An attendee with the normalised keys resolution compares, computed once. */
interface Keyed {
  a: ParsedAttendee;
  i: number;
  surname: string;
  role: string;
  label?: string;
}

/** How many names a "matches N attendees" reason lists before saying how many more. */
const LISTED_NAMES = 5;

/**
 * Resolves labels to one attendee of the meeting, or says why it cannot. Never guesses between two candidates.
 * - bare `本部長` → the 内閣官房長官; other bare titles → the one attendee whose role names that title;
 * - surname + title → the attendee with that surname (longest matching surname wins: 岸田 before 岸); when several
 *   share the surname, the title decides (`中谷本部員` → the 本部員, `中谷防衛大臣` → the one whose role is 防衛大臣);
 * - the minutes' misprint of 本部長 for 本部員 is tolerated when the surname names exactly one 本部員;
 * - a stub from an absence note matches when the label is the same as printed in the note.
 * The attendees are keyed and indexed by surname once, so resolving every remark of a very long file (thousands of
 * attendees) stays linear instead of re-normalising and scanning the whole list for each remark.
 */
export class SpeakerResolver {
  private readonly keyed: Keyed[];
  private readonly stubs = new Map<string, number>();
  private readonly bySurname = new Map<string, Keyed[]>();
  /** people whose name was printed in one piece ("安藤伊佐武"), by each of its prefixes: a label's surname may be any */
  private readonly byPrefix = new Map<string, Keyed[]>();
  private readonly longestSurname: number;

  /** `chair`: who a bare chair title (本部長, 議長) means in this body on this date (see header.ts chairPost). */
  constructor(
    attendees: ParsedAttendee[],
    private readonly chair?: { title: string; post: RegExp },
  ) {
    this.keyed = attendees.map((a, i) => ({ a, i, surname: key(a.surname ?? ''), role: key(a.role), label: a.label === undefined ? undefined : key(a.label) }));
    for (const k of this.keyed) {
      if (k.a.name === undefined && k.label !== undefined && !this.stubs.has(k.label)) this.stubs.set(k.label, k.i);
      if (k.surname === '' && k.a.name !== undefined && k.a.givenName === undefined) {
        const name = key(k.a.name);
        for (let n = 1; n < name.length; n++) {
          const p = name.slice(0, n);
          (this.byPrefix.get(p) ?? this.byPrefix.set(p, []).get(p)!).push(k);
        }
      }
      if (k.surname === '') continue;
      const same = this.bySurname.get(k.surname);
      if (same) same.push(k);
      else this.bySurname.set(k.surname, [k]);
    }
    this.longestSurname = Math.max(0, ...[...this.bySurname.keys(), ...this.byPrefix.keys()].map((s) => s.length));
  }

  /** Labels recur in every meeting, and bare titles scan the whole list: each distinct label is resolved once. */
  private readonly resolved = new Map<string, Resolution>();

  resolve(label: string): Resolution {
    let r = this.resolved.get(label);
    if (!r) this.resolved.set(label, (r = this.resolveOnce(label)));
    return r;
  }

  private resolveOnce(label: string): Resolution {
    const k = key(label);
    if (!k) return { kind: 'unresolved', reason: 'empty speaker label' };

    const stub = this.stubs.get(k);
    if (stub !== undefined) return { kind: 'resolved', attendee: stub };

    for (let length = Math.min(k.length, this.longestSurname); length >= 1; length--) {
      const title = k.slice(length);
      // an unsplit name matches only when what follows its prefix is a plain title ("安藤委員", not "安田委員")
      const byPrefix = (this.byPrefix.get(k.slice(0, length)) ?? []).filter(() => PLAIN_TITLE.test(title));
      const bySurname = [...(this.bySurname.get(k.slice(0, length)) ?? []), ...byPrefix];
      if (bySurname.length > 0) return resolveAmong(label, title, bySurname);
    }

    const chair = this.chair ?? { title: '本部長', post: CHIEF_CABINET_SECRETARY };
    if (k === chair.title) {
      const heads = this.keyed.filter(({ a, role }) => chair.post.test(a.role) || role.startsWith(chair.title));
      if (heads.length === 1) return { kind: 'resolved', attendee: heads[0].i };
      const post = chair.post.source;
      return { kind: 'unresolved', reason: `"${k}" but ${heads.length} attendees are ${post} / ${chair.title}` };
    }
    const byRole = this.keyed.filter(({ a, role }) => a.name !== undefined && roleNames(role, k));
    if (byRole.length === 1) return { kind: 'resolved', attendee: byRole[0].i };
    return { kind: 'unresolved', reason: `no attendee matches "${label}"` };
  }
}

/** The attendees who share the label's (longest matching) surname; `title` is the rest of the label. */
function resolveAmong(label: string, title: string, bySurname: Keyed[]): Resolution {
  if (bySurname.length === 1) {
    const { a, i } = bySurname[0];
    if (title === '本部長' && a.group === '本部員') {
      return { kind: 'resolved', attendee: i, note: `"${label}" names 本部員 ${a.name}: 本部長 read as a misprint of 本部員` };
    }
    return { kind: 'resolved', attendee: i };
  }
  const byTitle = bySurname.filter((k) => titleMatches(title, k));
  if (byTitle.length === 1) return { kind: 'resolved', attendee: byTitle[0].i };
  const names = bySurname.slice(0, LISTED_NAMES).map(({ a }) => a.name);
  const more = bySurname.length > LISTED_NAMES ? ` and ${bySurname.length - LISTED_NAMES} more` : '';
  return {
    kind: 'unresolved',
    reason: `"${label}" matches ${bySurname.length} attendees (${names.join(', ')}${more}) and the title does not single one out`,
  };
}

function titleMatches(title: string, { a, role, label }: Keyed): boolean {
  if (!title) return false;
  if (title === '本部員' || title === '委員') return a.group === title || a.title === title;
  return roleNames(role, title) || (label !== undefined && label.endsWith(title));
}

/** Whether a role string names a title, without 本部長 matching inside 副本部長. */
function roleNames(r: string, title: string): boolean {
  let from = 0;
  for (;;) {
    const at = r.indexOf(title, from);
    if (at < 0) return false;
    if (!(title.startsWith('本部長') && r[at - 1] === '副')) return true;
    from = at + 1;
  }
}
