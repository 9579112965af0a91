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

/**
 * Resolves a label to one attendee of the meeting, or says why it cannot. Never guesses between two candidates.
 * - bare `本部長` → the 内閣官房長官; other bare titles → the one attendee whose role names that title;
 * - surname + title → the attendee with that surname (longest matching surname wins: 岸田 before 岸); when several
 *   share the surname, the title decides (`中谷本部員` → the 本部員, `中谷防衛大臣` → the one whose role is 防衛大臣);
 * - the minutes' misprint of 本部長 for 本部員 is tolerated when the surname names exactly one 本部員;
 * - a stub from an absence note matches when the label is the same as printed in the note.
 */
export function resolveSpeaker(label: string, attendees: ParsedAttendee[]): Resolution {
  const k = key(label);
  if (!k) return { kind: 'unresolved', reason: 'empty speaker label' };

  const stub = attendees.findIndex((a) => a.name === undefined && a.label !== undefined && key(a.label) === k);
  if (stub >= 0) return { kind: 'resolved', attendee: stub };

  const named = attendees
    .map((a, i) => ({ a, i }))
    .filter(({ a }) => a.surname !== undefined && a.surname !== '' && k.startsWith(key(a.surname)));
  if (named.length > 0) {
    const longest = Math.max(...named.map(({ a }) => key(a.surname!).length));
    const bySurname = named.filter(({ a }) => key(a.surname!).length === longest);
    const title = k.slice(longest);
    if (bySurname.length === 1) {
      const { a, i } = bySurname[0];
      if (title === '本部長' && a.group === '本部員') {
        return { kind: 'resolved', attendee: i, note: `"${label}" names 本部員 ${a.name}: 本部長 read as a misprint of 本部員` };
      }
      return { kind: 'resolved', attendee: i };
    }
    const byTitle = bySurname.filter(({ a }) => titleMatches(title, a));
    if (byTitle.length === 1) return { kind: 'resolved', attendee: byTitle[0].i };
    return {
      kind: 'unresolved',
      reason: `"${label}" matches ${bySurname.length} attendees (${bySurname.map(({ a }) => a.name).join(', ')}) and the title does not single one out`,
    };
  }

  if (k === '本部長') {
    const heads = attendees.map((a, i) => ({ a, i })).filter(({ a }) => CHIEF_CABINET_SECRETARY.test(a.role) || /^本部長/.test(key(a.role)));
    if (heads.length === 1) return { kind: 'resolved', attendee: heads[0].i };
    return { kind: 'unresolved', reason: `"本部長" but ${heads.length} attendees are 内閣官房長官 / 本部長` };
  }
  const byRole = attendees.map((a, i) => ({ a, i })).filter(({ a }) => a.name !== undefined && roleNames(a.role, k));
  if (byRole.length === 1) return { kind: 'resolved', attendee: byRole[0].i };
  return { kind: 'unresolved', reason: `no attendee matches "${label}"` };
}

function titleMatches(title: string, a: ParsedAttendee): boolean {
  if (!title) return false;
  if (title === '本部員' || title === '委員') return a.group === title;
  return roleNames(a.role, title) || (a.label !== undefined && key(a.label).endsWith(title));
}

/** Whether a role string names a title, without 本部長 matching inside 副本部長. */
function roleNames(role: string, title: string): boolean {
  const r = key(role);
  let from = 0;
  for (;;) {
    const at = r.indexOf(title, from);
    if (at < 0) return false;
    if (!(title.startsWith('本部長') && r[at - 1] === '副')) return true;
    from = at + 1;
  }
}
