import type { ParsedAttendee } from './types';

/**
 * Speaker labels: finding them in a line and resolving them to an attendee of the same meeting.
 * Labels are surname + title ("中谷本部員", "山口情報通信技術（ＩＴ）政策担当大臣（副本部長）") or a bare title ("本部長").
 */

const OPEN = '（(';
const CLOSE = '）)';

/**
 * Splits a speaker marker line: `○（小野寺本部員）text…` (label in balanced, possibly nested parentheses, text
 * after it) or `○中谷本部員` (label up to the first space). Returns undefined when the line is not a marker.
 */
export function splitSpeakerMarker(line: string): { label: string; rest: string } | undefined {
  if (!line.startsWith('○')) return undefined;
  const body = line.slice(1).trimStart();
  if (body && OPEN.includes(body[0])) {
    let depth = 0;
    for (let i = 0; i < body.length; i++) {
      if (OPEN.includes(body[i])) depth++;
      else if (CLOSE.includes(body[i]) && --depth === 0) {
        return { label: body.slice(1, i).trim(), rest: body.slice(i + 1).trim() };
      }
    }
    // Unbalanced: take the whole line as the label rather than guess where it ends.
    return { label: body.slice(1).trim(), rest: '' };
  }
  const space = body.search(/\s/);
  return space < 0 ? { label: body, rest: '' } : { label: body.slice(0, space), rest: body.slice(space).trim() };
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
  private readonly longestSurname: number;

  constructor(attendees: ParsedAttendee[]) {
    this.keyed = attendees.map((a, i) => ({ a, i, surname: key(a.surname ?? ''), role: key(a.role), label: a.label === undefined ? undefined : key(a.label) }));
    for (const k of this.keyed) {
      if (k.a.name === undefined && k.label !== undefined && !this.stubs.has(k.label)) this.stubs.set(k.label, k.i);
      if (k.surname === '') continue;
      const same = this.bySurname.get(k.surname);
      if (same) same.push(k);
      else this.bySurname.set(k.surname, [k]);
    }
    this.longestSurname = Math.max(0, ...[...this.bySurname.keys()].map((s) => s.length));
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
      const bySurname = this.bySurname.get(k.slice(0, length));
      if (bySurname) return resolveAmong(label, k.slice(length), bySurname);
    }

    if (k === '本部長') {
      const heads = this.keyed.filter(({ a, role }) => CHIEF_CABINET_SECRETARY.test(a.role) || /^本部長/.test(role));
      if (heads.length === 1) return { kind: 'resolved', attendee: heads[0].i };
      return { kind: 'unresolved', reason: `"本部長" but ${heads.length} attendees are 内閣官房長官 / 本部長` };
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
  if (title === '本部員' || title === '委員') return a.group === title;
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
