import type { AttendeeGroup } from '../corpus/types';

/**
 * The attendee list, read by what each piece of a line is rather than by which layout the file has:
 * - a person: "安倍  晋三  内閣総理大臣", "松野 博一<TAB>本部長（内閣官房長官）", "有賀 貞一 委員 株式会社…",
 *   names glued to a title ("石井 威望座長(東京大学名誉教授)", "久和野泰之委員((社)…)"), several on one line;
 * - a group header: "（委員）", "【委 員】", "【政 府】", "(オブザーバ)", "(政府側出席者)", also inside a line;
 * - an organisation or a post without a name ("警察庁", "総務省 経済産業省 防衛省", "内閣危機管理監"): never a person;
 * - a continuation of the previous person's affiliation on a line of its own ("(KDDI 株式会社…フェロー)");
 * - a note on the list ("(五十音順)");
 * - PDF cells, one per line: names and titles without each other, paired later (column runs, see `pairCells`).
 */

const NAME_CHARS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}々〆ヶー';
/** A name part: kanji, kana, iteration marks; no digits or punctuation. */
const NAME_PART = new RegExp(`^[${NAME_CHARS}]{1,6}$`, 'u');
/** Titles that follow a name as a word of their own ("有賀 貞一 委員 …") or glued to it ("威望座長"). */
const ROLE_WORDS = ['委員長代理', '委員長', '副委員長', '委員', '座長代理', '座長', '副座長', '会長代理', '会長', '副会長', '議長代理', '議長', '副議長', '主査', '構成員', '本部員', '専門委員', '臨時委員', '氏'];
const ROLE_WORD = new Set(ROLE_WORDS);
const GLUED = new RegExp(`^([${NAME_CHARS}]{1,6}?)(${ROLE_WORDS.join('|')})((?:[（(].*)?)$`, 'u');
/** Short words that are titles, not names, although written in name characters. */
const SHORT_TITLES = new Set(['兼', '及び', '並びに', 'ほか', '他', '弁護士', '教授', '准教授', '理事', '理事長', '監事', '顧問', '参与', '主幹', '事務局', '幹事', '参事', '記者', '作家', '代表']);
/** Endings of organisations and posts: 警察庁, 総務省, 内閣危機管理監, 国家公安委員会委員長, 内閣府. */
const ORGANISATION = /(?:省|庁|府|局|院|センター|機構|協会|法人|会社|会議|本部|委員会|研究所|大学)$/;
const POST = /(?:大臣|長官|長|官|監|補|授|員|役)$/;
const GROUP_WORDS: [RegExp, AttendeeGroup | null][] = [
  [/^(?:委員|有識者|構成員|.*有識者構成員|.*委員会委員長?|.*専門委員)$/, '委員'],
  [/オブザーバ/, 'オブザーバ'],
  [/大臣|閣僚/, '閣僚'],
  [/事務局/, '事務局'],
  [/^政府|政府側|関係省庁|府省/, '政府側'],
  [/本部員/, '本部員'],
];
/** Notes on the list, not groups: "(五十音順)", "（敬称略）". */
const LIST_NOTE = /^[（(【][^）)】]*(?:五十音順|敬称略|順不同|欠席)[^）)】]*[)）】]$/;

export type AttendeeItem =
  | { kind: 'person'; person: PersonEntry }
  | { kind: 'group'; group?: AttendeeGroup; text: string }
  | { kind: 'other'; text: string; what: 'organisation' | 'post' }
  | { kind: 'continuation'; text: string }
  | { kind: 'note'; text: string }
  /** one or two name parts with no title: a PDF cell waiting for its title */
  | { kind: 'names'; parts: string[] }
  /** a title with no name: a PDF cell, or a post if no name waits for it */
  | { kind: 'title'; text: string }
  /** a parenthesis that was never closed (text lost in extraction): reported, what follows it is read on */
  | { kind: 'unclosed'; text: string };

export interface PersonEntry {
  /** full name without spaces */
  name: string;
  /** undefined when the name was printed in one piece ("安藤伊佐武"): where it splits is not guessed */
  surname?: string;
  givenName?: string;
  printedName: string;
  /** title and affiliation as printed, spaces collapsed: "委員 株式会社…", "座長(東京大学名誉教授)" */
  role: string;
  /** the title word, when there is one: 委員, 座長, 氏 */
  title?: string;
}

/** The longest name read when printed in one piece ("安藤伊佐夫"); longer runs are titles ("東都新聞論説"). */
const MAX_UNSPLIT = 5;
const isRoleWord = (t: string) => ROLE_WORD.has(t);
const isParen = (t: string) => /^[（(]/.test(t);
/** An organisation ("警察庁", "内閣官房情報セキュリティセンター") rather than a post ("内閣危機管理監", "…課長"). */
export function isOrganisation(text: string): boolean {
  const t = text.replace(/[（(][^（）()]*[)）]$/, '');
  if (POST.test(t) || SHORT_TITLES.has(t)) return false;
  return ORGANISATION.test(t) || /^内閣/.test(t);
}

function isName(t: string): boolean {
  return NAME_PART.test(t) && !isRoleWord(t) && !SHORT_TITLES.has(t) && !ORGANISATION.test(t) && !POST.test(t) && !/^内閣/.test(t);
}

function glued(t: string, minName: number): { name: string; title: string; paren: string } | undefined {
  const m = GLUED.exec(t);
  if (!m || ROLE_WORD.has(t) || m[1].length < minName || SHORT_TITLES.has(m[1]) || ORGANISATION.test(m[1]) || /^内閣/.test(m[1])) return undefined;
  return { name: m[1], title: m[2], paren: m[3] };
}

/**
 * Splits a line into tokens at spaces, keeping a balanced (…) together ("(KDDI 株式会社…)"), and a short bracketed group
 * header with spaces inside ("【委 員】", "(委 員)") in one piece.
 */
function tokenize(line: string): { tokens: string[]; unclosed: string[]; held: Set<number> } {
  const text = line.replace(/【([^】]{1,30})】/g, (_, g: string) => `【${g.replace(/[\s\u3000]+/g, '')}】`).trim();
  const tokens: string[] = [];
  const unclosed: string[] = [];
  /** indices of tokens that were inside a parenthesis never closed: affiliation text, never the start of a person */
  const held = new Set<number>();
  let cur = '';
  let depth = 0;
  /** a parenthesis PDF text never closed: what it swallowed is split at spaces again, and said */
  const breakUnclosed = () => {
    unclosed.push(cur.length > 30 ? cur.slice(0, 30) + '…' : cur);
    for (const t of cur.split(/[\s\u3000]+/).filter(Boolean)) held.add(tokens.push(t) - 1);
    cur = '';
    depth = 0;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (/[\s\u3000]/.test(c)) {
      if (depth === 0) {
        if (cur) tokens.push(cur);
        cur = '';
        continue;
      }
      // " (" inside an open parenthesis: the next entry's affiliation, so the open one lost its ")"
      const next = text.slice(i).trimStart()[0];
      if (next === '(' || next === '（') {
        breakUnclosed();
        continue;
      }
    }
    if (c === '(' || c === '（') depth++;
    else if ((c === ')' || c === '）') && depth > 0) depth--;
    cur += c;
  }
  if (cur) {
    if (depth > 0) breakUnclosed();
    else tokens.push(cur);
  }
  return { tokens: tokens.map((t) => (/^[（(][^（）()]{1,12}[)）]$/.test(t) ? t.replace(/[\s\u3000]+/g, '') : t)), unclosed, held };
}

/** Group named by a header ("（委員）", "【政 府】", "(オブザーバ)", "(政府側出席者)"), or undefined when `t` is no header. */
export function parseGroupHeader(text: string): AttendeeItem & { kind: 'group' } | undefined {
  const t = text.trim().replace(/[\s\u3000]+/g, '');
  const m = /^(?:[（(]([^※（）()]{1,30})[)）]|【([^】]{1,30})】)$/.exec(t);
  if (!m) return undefined;
  const g = m[1] ?? m[2];
  if (LIST_NOTE.test(t)) return undefined;
  for (const [re, group] of GROUP_WORDS) if (re.test(g)) return { kind: 'group', group: group ?? undefined, text: t };
  // A bracketed header the list knows nothing about ("【技術戦略専門委員会委員長】"): a header, no group implied.
  if (m[2] !== undefined || /出席|側$/.test(g)) return { kind: 'group', text: t };
  return undefined;
}

/** Reads one line of the attendee list into items. `tabbed`: the seeds' "name<TAB>role" (one person per line). */
export function parseAttendeeLine(raw: string): AttendeeItem[] {
  const line = raw.trim();
  if (!line) return [];
  if (raw.includes('\t')) {
    const [namePart, ...rest] = raw.split('\t');
    const printedName = namePart.trim();
    const role = rest.join(' ').trim();
    const parts = printedName.split(/[\s\u3000]+/);
    if (parts.length === 2 && role && parts.every((p) => NAME_PART.test(p))) {
      return [{ kind: 'person', person: { name: parts.join(''), surname: parts[0], givenName: parts[1], printedName, role } }];
    }
  }
  const header = parseGroupHeader(line);
  if (header) return [header];
  if (LIST_NOTE.test(line.replace(/[\s\u3000]+/g, ''))) return [{ kind: 'note', text: line }];
  const { tokens, unclosed, held } = tokenize(line);
  return [...unclosed.map((text): AttendeeItem => ({ kind: 'unclosed', text })), ...readTokens(tokens, held)];
}

function readTokens(tokens: string[], held: Set<number>): AttendeeItem[] {
  const items: AttendeeItem[] = [];
  let i = 0;
  while (i < tokens.length) {
    const head = held.has(i) ? undefined : entryAt(tokens, i, true);
    if (head) {
      const role: string[] = head.role ? [head.role] : [];
      let j = head.next;
      while (j < tokens.length && (held.has(j) || (!entryAt(tokens, j, false) && !parseGroupHeader(tokens[j])))) role.push(tokens[j++]);
      if (!head.role && role.length === 0 && !head.title) {
        items.push({ kind: 'names', parts: head.parts });
      } else {
        const person: PersonEntry = {
          name: head.parts.join(''),
          ...(head.parts.length === 2 ? { surname: head.parts[0], givenName: head.parts[1] } : {}),
          printedName: head.printed,
          role: role.join(' '),
          ...(head.title ? { title: head.title } : {}),
        };
        items.push({ kind: 'person', person });
      }
      i = j;
      continue;
    }
    const t = tokens[i];
    const header = parseGroupHeader(t);
    if (header) items.push(header);
    else if (LIST_NOTE.test(t)) items.push({ kind: 'note', text: t });
    else if (isParen(t)) items.push({ kind: 'continuation', text: t });
    else if (isName(t)) items.push({ kind: 'names', parts: [t] });
    else items.push({ kind: 'title', text: t });
    i++;
  }
  return mergeContinuations(items);
}

/** A continuation right after a person in the same line belongs to that person's affiliation. */
function mergeContinuations(items: AttendeeItem[]): AttendeeItem[] {
  const out: AttendeeItem[] = [];
  for (const item of items) {
    const prev = out[out.length - 1];
    if (item.kind === 'continuation' && prev?.kind === 'person') prev.person.role = joinRole(prev.person.role, item.text);
    else out.push(item);
  }
  return out;
}

export function joinRole(role: string, more: string): string {
  return role ? `${role} ${more}` : more;
}

interface Head {
  parts: string[];
  printed: string;
  title?: string;
  /** what of the title and affiliation the head tokens already hold */
  role: string;
  next: number;
}

/**
 * Whether a person's entry starts at token `i`. `first`: the line's first entry, where a bare pair of names (a PDF
 * cell) also counts; further entries need the pair to be followed by a title or affiliation, so the affiliation of
 * the previous person is never cut at two short words.
 */
function entryAt(tokens: string[], i: number, first: boolean): Head | undefined {
  const a = tokens[i];
  const b = tokens[i + 1];
  const c = tokens[i + 2];
  if (isName(a) && b !== undefined) {
    const g = glued(b, 1);
    if (g) return { parts: [a, g.name], printed: `${a} ${g.name}`, title: g.title, role: b.slice(g.name.length), next: i + 2 };
  }
  const g = glued(a, 2);
  // a name printed in one piece glued to its title ("久留米康之委員((社)…)") is only read with its affiliation after it:
  // "東都新聞論説委員" is a title, not 東都新聞論説 the member
  if (g && g.paren && g.name.length <= MAX_UNSPLIT) return { parts: [g.name], printed: g.name, title: g.title, role: a.slice(g.name.length), next: i + 1 };
  if (isName(a) && b !== undefined && isName(b)) {
    if (c === undefined) return first ? { parts: [a, b], printed: `${a} ${b}`, role: '', next: i + 2 } : undefined;
    if (isName(c)) return undefined;
    if (isRoleWord(c)) return { parts: [a, b], printed: `${a} ${b}`, title: c, role: c, next: i + 3 };
    return { parts: [a, b], printed: `${a} ${b}`, role: '', next: i + 2 };
  }
  if (isName(a) && a.length >= 3 && a.length <= MAX_UNSPLIT && b !== undefined && isRoleWord(b)) return { parts: [a], printed: a, title: b, role: b, next: i + 2 };
  if (first && isName(a) && b === undefined) return { parts: [a], printed: a, role: '', next: i + 1 };
  return undefined;
}

/**
 * PDF text with one cell per line: the names and titles of a list come apart. Two shapes are rebuilt:
 * full-name cells followed by as many title cells ("遠藤 利明" / "東京…担当大臣"), and column runs — k surnames, then k
 * given names, then k titles ("世耕" "杉田" … "弘成" "和博" … "内閣官房副長官" …). A single surname and given name
 * followed by one title is the k = 1 case. Anything else is not guessed: returned as unpaired.
 */
export function pairCells(cells: { item: AttendeeItem & ({ kind: 'names' } | { kind: 'title' }); line: number }[]): {
  people: { person: PersonEntry; line: number }[];
  unpaired: { text: string; line: number }[];
} {
  const people: { person: PersonEntry; line: number }[] = [];
  const unpaired: { text: string; line: number }[] = [];
  let i = 0;
  while (i < cells.length) {
    let n = i;
    while (n < cells.length && cells[n].item.kind === 'names') n++;
    let t = n;
    while (t < cells.length && cells[t].item.kind === 'title') t++;
    const names = cells.slice(i, n) as { item: { kind: 'names'; parts: string[] }; line: number }[];
    const titles = cells.slice(n, t).map((c) => (c.item as { text: string }).text);
    const k = titles.length;
    const full = names.every((c) => c.item.parts.length === 2);
    const single = names.every((c) => c.item.parts.length === 1);
    if (k > 0 && full && names.length === k) {
      names.forEach((c, x) => people.push({ person: cellPerson(c.item.parts[0], c.item.parts[1], titles[x]), line: c.line }));
    } else if (k > 0 && single && names.length === 2 * k) {
      for (let x = 0; x < k; x++) people.push({ person: cellPerson(names[x].item.parts[0], names[x + k].item.parts[0], titles[x]), line: names[x].line });
    } else {
      for (const c of cells.slice(i, t)) unpaired.push({ text: c.item.kind === 'names' ? c.item.parts.join(' ') : c.item.text, line: c.line });
    }
    i = t;
  }
  return { people, unpaired };
}

function cellPerson(surname: string, givenName: string, role: string): PersonEntry {
  return { name: surname + givenName, surname, givenName, printedName: `${surname} ${givenName}`, role };
}

const MINISTERIAL = /大臣|長官|国家公安委員会委員長|政務官|本部長/;
/** Posts of officials, which lists without a gap or header put right after the members (PDF text loses the gap). */
const OFFICIAL = /^内閣(?:官房副長官|危機管理監|情報通信政策監|サイバーセキュリティセンター長|官房副長官補|審議官|サイバー官)/;

/**
 * Group from position when the list has no headers: the first block holds the members (ministers → 閣僚, experts →
 * 本部員); blocks after it hold officials (政府側).
 */
export function groupByBlock(block: number, role: string): AttendeeGroup {
  if (block > 0 || OFFICIAL.test(role)) return '政府側';
  return MINISTERIAL.test(role) ? '閣僚' : '本部員';
}

/** Group implied by a title word printed with the name: 委員/座長/会長 → 委員, 氏 under an observer header stays. */
export function groupFromRoleWord(title: string | undefined): AttendeeGroup | undefined {
  if (!title) return undefined;
  if (/委員|座長|会長|議長|主査|構成員/.test(title)) return '委員';
  if (title === '本部員') return '本部員';
  return undefined;
}

/**
 * `（※高市経済安全保障担当大臣、遠藤本部員及び土屋本部員はご欠席。）` → the three labels; also without the ※ or the
 * parentheses ("遠藤委員は欠席").
 */
export function parseAbsenceNote(text: string): string[] | undefined {
  const m = /^[（(]?※?\s*(.+?)\s*(?:は|が)?\s*(?:ご|御)?欠席.{0,12}?[)）]?$/.exec(text);
  if (!m || /[。]/.test(m[1]) || m[1].length > 80) return undefined;
  const labels = m[1]
    .split(/、|,|，|及び|並びに|および|・/)
    .map((s) => s.trim())
    .filter(Boolean);
  return labels.every((l) => l.length <= 30 && !/[\s　]/.test(l)) ? labels : undefined;
}

/** Group implied by the title in a label such as "遠藤本部員" or "高市経済安全保障担当大臣". */
export function groupFromTitle(label: string): AttendeeGroup | undefined {
  if (/本部員$/.test(label)) return '本部員';
  if (/委員$/.test(label)) return '委員';
  if (MINISTERIAL.test(label)) return '閣僚';
  return undefined;
}

/** The surname of a label made of a surname and a member title ("遠藤本部員" → "遠藤"), when the title is that plain. */
export function surnameOfMemberLabel(label: string): string | undefined {
  const m = /^([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々ヶ]{1,4})(本部員|委員|構成員)$/u.exec(label);
  return m?.[1];
}

