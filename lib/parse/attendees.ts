import type { AttendeeGroup } from '../corpus/types';
import type { ParsedAttendee } from './types';

/** The attendee list: "安倍  晋三  内閣総理大臣" (spaces), "松野 博一<TAB>本部長（内閣官房長官）" (tab), group headers, absence notes. */

/** A name part: kanji, kana, iteration marks; no digits or punctuation. */
const NAME_PART = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々〆ヶー]{1,6}$/u;

export function parseAttendeeLine(text: string): Omit<ParsedAttendee, 'group' | 'absent' | 'line'> | undefined {
  let printedName: string;
  let role: string;
  if (text.includes('\t')) {
    const [namePart, ...rest] = text.split('\t');
    printedName = namePart.trim();
    role = rest.join(' ').trim();
  } else {
    const m = /^(\S+\s+\S+)\s+(.+)$/.exec(text.trim());
    printedName = m?.[1] ?? '';
    role = m?.[2] ?? '';
  }
  const nameTokens = printedName.split(/\s+/);
  if (nameTokens.length !== 2 || !role || !nameTokens.every((t) => NAME_PART.test(t))) return undefined;
  const [surname, givenName] = nameTokens;
  return { name: surname + givenName, surname, givenName, printedName, role };
}

/** Explicit group headers of the council's list: （委員）, （大臣、大臣政務官）, （事務局）. */
export function parseGroupHeader(text: string): AttendeeGroup | undefined {
  const m = /^[（(]([^※（）()]+)[)）]$/.exec(text);
  if (!m) return undefined;
  const g = m[1];
  if (g === '委員' || g === '有識者') return '委員';
  if (/大臣|閣僚/.test(g)) return '閣僚';
  if (/事務局/.test(g)) return '事務局';
  if (/政府/.test(g)) return '政府側';
  if (/本部員/.test(g)) return '本部員';
  return undefined;
}

const MINISTERIAL = /大臣|長官|委員長|政務官|本部長/;

/**
 * Group from position when the list has no headers: the first block holds the members (ministers → 閣僚, experts →
 * 本部員); blocks after it hold officials (政府側).
 */
export function groupByBlock(block: number, role: string): AttendeeGroup {
  if (block > 0) return '政府側';
  return MINISTERIAL.test(role) ? '閣僚' : '本部員';
}

/** `（※高市経済安全保障担当大臣、遠藤本部員及び土屋本部員はご欠席。）` → the three labels. */
export function parseAbsenceNote(text: string): string[] | undefined {
  const m = /^[（(]※\s*(.+?)\s*(?:は|が)?\s*(?:ご|御)?欠席.*[)）]$/.exec(text);
  if (!m) return undefined;
  return m[1]
    .split(/、|,|，|及び|並びに|および/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Group implied by the title in a label such as "遠藤本部員" or "高市経済安全保障担当大臣". */
export function groupFromTitle(label: string): AttendeeGroup | undefined {
  if (/本部員$/.test(label)) return '本部員';
  if (/委員$/.test(label)) return '委員';
  if (MINISTERIAL.test(label)) return '閣僚';
  return undefined;
}
