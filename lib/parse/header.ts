/** The title block and the numbered header items ("1.日 時", "２ 場所", "3 出席者（敬称略）"), wherever they stand. */

export interface MeetingTitle {
  body: string;
  number: number;
  title: string;
}

/** A page number or page mark left by PDF extraction: "1", "(2)", "- 1 -", "－２－". */
export const PAGE_MARK = /^(?:[-－―]\s*[0-9０-９]{1,3}\s*[-－―]|[（(]\s*[0-9０-９]{1,3}\s*[)）]|[0-9０-９]{1,3})$/;

/**
 * Parses the joined title lines; Markdown emphasis (`**…**`), the words 議事概要/議事要旨 and page numbers are not part
 * of the title. The body keeps one space between a parent and its committee ("情報セキュリティ政策会議 基本計画検討委員会").
 */
export function parseTitle(text: string): MeetingTitle | undefined {
  const clean = text
    .replace(/[*#_]+/g, ' ')
    .replace(/[\s\u3000]+/g, ' ')
    .trim();
  const m = /[（(]?\s*第\s*([0-9０-９]+)\s*回\s*(会合|会議)?\s*[)）]?/.exec(clean);
  if (!m) return undefined;
  const number = Number(m[1].normalize('NFKC'));
  const body = clean
    .slice(0, m.index)
    .replace(/^(?:[（(]?\s*[0-9０-９]{1,3}\s*[)）]?\s+)+/, '')
    .replace(/議事(?:概要|要旨)/g, '')
    .trim()
    .split(' ')
    .filter(Boolean)
    .join(' ');
  return { body, number, title: `第${number}回${m[2] ?? '会合'}` };
}

/**
 * The bodies whose minutes are read, with the id prefix of their meetings and who chairs them (the person a bare
 * 本部長 / 議長 names). Order matters: a committee of the HQ is matched before the HQ itself.
 * The HQ was reorganised on 2025-07-01 (Prime Minister as 本部長, numbering restarted at 第1回): its meetings from that
 * date get their own prefix so that the new 第1回 never collides with the 2015 one.
 */
interface BodyRule {
  test: RegExp;
  prefix: (date: string) => string;
}
const BODIES: BodyRule[] = [
  { test: /重要インフラ専門調査会/, prefix: () => 'hq-ci' },
  { test: /普及啓発.?人材育成専門調査会/, prefix: () => 'hq-hr' },
  { test: /研究開発戦略専門調査会/, prefix: () => 'hq-rd' },
  { test: /IT戦略本部.*情報セキュリティ専門調査会|情報セキュリティ専門調査会/, prefix: () => 'it-isec' },
  { test: /基本計画検討委員会/, prefix: () => 'ispc-plan' },
  { test: /情報セキュリティ政策会議/, prefix: () => 'ispc' },
  { test: /専門家会議/, prefix: () => 'council' },
  { test: /戦略本部/, prefix: (date) => (date >= REORGANISED_HQ ? 'hq2' : 'hq') },
];

/** The first meeting of the reorganised Cybersecurity Strategic Headquarters (本部長: the Prime Minister). */
const REORGANISED_HQ = '2025-07-01';

/** Stable, URL-safe meeting id: `hq-036`, `council-001`, `hq-ci-012`, `ispc-plan-010`, `hq2-001`. */
export function meetingId(body: string, number: number | undefined, date: string): string {
  const normalised = body.normalize('NFKC');
  const prefix = BODIES.find((b) => b.test.test(normalised))?.prefix(date) ?? 'mtg';
  return number !== undefined && number > 0 ? `${prefix}-${String(number).padStart(3, '0')}` : `${prefix}-${date}`;
}

/**
 * Who a bare chair title means in this body on this date, as a post to look for in the attendees' roles:
 * the HQ's 本部長 is the Chief Cabinet Secretary until 2025-06-30 and the Prime Minister from 2025-07-01;
 * 情報セキュリティ政策会議's 議長 is the Chief Cabinet Secretary.
 */
export function chairPost(body: string, date: string | undefined): { title: string; post: RegExp } | undefined {
  const b = body.normalize('NFKC');
  if (/専門調査会|委員会|専門家会議/.test(b)) return undefined;
  if (/戦略本部/.test(b)) {
    return date !== undefined && date >= REORGANISED_HQ ? { title: '本部長', post: /内閣総理大臣/ } : { title: '本部長', post: /内閣官房長官/ };
  }
  if (/情報セキュリティ政策会議/.test(b)) return { title: '議長', post: /内閣官房長官/ };
  return undefined;
}

const LABELS: [RegExp, string][] = [
  [/^日\s*時$/, '日時'],
  [/^開\s*催\s*日\s*時$/, '日時'],
  [/^場\s*所$/, '場所'],
  [/^出\s*席\s*者$/, '出席者'],
  [/^欠\s*席\s*者$/, '欠席者'],
  [/^議\s*事\s*概\s*要$/, '議事概要'],
  [/^議\s*事\s*要\s*旨$/, '議事要旨'],
  [/^(?:議\s*事\s*の\s*概\s*要|会\s*議\s*の\s*模\s*様|議\s*事\s*経\s*過)$/, '議事概要'],
  [/^議\s*事\s*次\s*第$/, '議事次第'],
  [/^議\s*題$/, '議題'],
  [/^配\s*[布付]\s*資\s*料$/, '配布資料'],
];
/** A label with any spaces inside it ("日 時", "出 席 者"); longest first so 議事概要 wins over 議事. */
const LABEL = '(開\\s*催\\s*日\\s*時|日\\s*時|場\\s*所|出\\s*席\\s*者|欠\\s*席\\s*者|議\\s*事\\s*概\\s*要|議\\s*事\\s*要\\s*旨|議\\s*事\\s*の\\s*概\\s*要|会\\s*議\\s*の\\s*模\\s*様|議\\s*事\\s*経\\s*過|議\\s*事\\s*次\\s*第|議\\s*題|配\\s*[布付]\\s*資\\s*料)';
const NUMBER = '([0-9０-９]{1,2})\\s*[.．、。)）]?';
/** "(敬称略)", "（五十音順・敬称略）", ": " after a label. */
const AFTER_LABEL = '(?:\\s*[（(][^）)]{0,20}[)）])?\\s*[：:]?\\s*';

/** The numbered items of the header: "１ 日時", "2. 場所：中央合同庁舎4号館", "３ 出席者（敬称略）", "1.日 時". */
export const ITEM_HEADING = new RegExp(`^${NUMBER}\\s*${LABEL}${AFTER_LABEL}(.*)$`);
/** A label standing alone at the start of a line, its number lost or on the line before: "日 時", "場所：…". */
const BARE_LABEL = new RegExp(`^${LABEL}(?=[\\s\\u3000（(：:]|$)${AFTER_LABEL}(.*)$`);
/** The same items anywhere in a line, after a space: "…15 時 30 分 2.場 所 内閣府本府 3.出席者". */
const ITEM_ANYWHERE = new RegExp(`(?:^|[\\s\\u3000])${NUMBER}\\s*${LABEL}(?=[\\s\\u3000（(：:]|$)`, 'g');
const BARE_NUMBER = /^[0-9０-９]{1,2}\s*[.．、]?$/;

export type ItemKind = 'date' | 'venue' | 'attendees' | 'absentees' | 'body' | 'other';

export function itemKind(name: string): ItemKind {
  switch (canonicalLabel(name)) {
    case '日時':
      return 'date';
    case '場所':
      return 'venue';
    case '出席者':
      return 'attendees';
    case '欠席者':
      return 'absentees';
    case '議事概要':
    case '議事要旨':
      return 'body';
    default:
      return 'other';
  }
}

function canonicalLabel(name: string): string {
  for (const [re, label] of LABELS) if (re.test(name)) return label;
  return name.replace(/\s+/g, '');
}

/** One piece of a header line: text before any item, or an item with the value that follows it on the line. */
export interface HeaderPiece {
  item?: ItemKind;
  /** whether the item had its number ("4 議事概要") rather than a bare label */
  numbered?: boolean;
  /** the label as printed, e.g. "日 時" */
  label?: string;
  text: string;
}

/**
 * Splits a header line at every numbered item in it: "平成20年10月3日(金) 13 時 00 分~ 15 時 30 分 2.場 所" →
 * [{ text: "平成20年…30 分" }, { item: 'venue', text: "" }]. A line without an item is one piece. Items are only
 * looked for after a space (or at the start), so "第 13 回" or "13 階" are never taken for items.
 */
export function splitHeaderItems(line: string, atLineStart: boolean): HeaderPiece[] {
  const pieces: HeaderPiece[] = [];
  const first = ITEM_HEADING.exec(line) ?? (atLineStart ? BARE_LABEL_WITH_PREFIX(line) : null);
  let rest = line;
  let item: HeaderPiece | undefined;
  if (first) {
    const label = first[2];
    item = { item: itemKind(label), label, numbered: first[1] !== '', text: '' };
    rest = first[3];
  }
  const at: { index: number; end: number; label: string }[] = [];
  ITEM_ANYWHERE.lastIndex = 0;
  for (let m = ITEM_ANYWHERE.exec(rest); m; m = ITEM_ANYWHERE.exec(rest)) at.push({ index: m.index, end: m.index + m[0].length, label: m[2] });
  if (at.length === 0) {
    pieces.push(item ? { ...item, text: rest.trim() } : { text: rest.trim() });
    return pieces;
  }
  const head = rest.slice(0, at[0].index).trim();
  if (item) pieces.push({ ...item, text: head });
  else if (head) pieces.push({ text: head });
  at.forEach((a, i) => {
    const value = rest.slice(a.end, i + 1 < at.length ? at[i + 1].index : undefined);
    pieces.push({ item: itemKind(a.label), label: a.label, numbered: true, text: value.replace(new RegExp(`^${AFTER_LABEL}`), '').trim() });
  });
  return pieces;
}

/** BARE_LABEL in the shape of ITEM_HEADING's match (number, label, rest). */
function BARE_LABEL_WITH_PREFIX(line: string): [string, string, string, string] | null {
  const m = BARE_LABEL.exec(line);
  return m ? [m[0], '', m[1], m[2]] : null;
}

/** A line that is only an item number ("1.") whose label is on the next line. */
export function isBareItemNumber(line: string): boolean {
  return BARE_NUMBER.test(line);
}

/** Whether a line starts with an item label (numbered or not). */
export function startsWithLabel(line: string): boolean {
  return BARE_LABEL.test(line) || ITEM_HEADING.test(line);
}

/** The end mark "－ 以上 －" / "以上". */
export const END_MARK = /^[－―\-ー—\s]*以上[－―\-ー—\s]*$/;
