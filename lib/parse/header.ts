/** The title block: body name and meeting number ("サイバーセキュリティ戦略本部 / 第１回会合 議事概要"). */

export interface MeetingTitle {
  body: string;
  number: number;
  title: string;
}

/** Parses the joined title lines; Markdown emphasis (`**…**`) and the word 議事概要 are not part of the title. */
export function parseTitle(text: string): MeetingTitle | undefined {
  const clean = text.replace(/[*#_]+/g, ' ').replace(/\s+/g, ' ').trim();
  const m = /第\s*([0-9０-９]+)\s*回\s*(会合|会議)?/.exec(clean);
  if (!m) return undefined;
  const number = Number(m[1].normalize('NFKC'));
  const body = clean.slice(0, m.index).replace(/\s+/g, '').trim();
  return { body, number, title: `第${number}回${m[2] ?? '会合'}` };
}

/** Stable, URL-safe meeting id: `hq-036` for the headquarters, `council-001` for the expert council. */
export function meetingId(body: string, number: number | undefined, date: string): string {
  const prefix = /戦略本部/.test(body) ? 'hq' : /専門家会議/.test(body) ? 'council' : 'mtg';
  return number !== undefined && number > 0 ? `${prefix}-${String(number).padStart(3, '0')}` : `${prefix}-${date}`;
}

/** The numbered items of the minutes' header: "１ 日時", "2. 場所：中央合同庁舎4号館", "３ 出席者（敬称略）". */
export const ITEM_HEADING = /^([0-9０-９]{1,2})\s*[.．、]?\s*(日時|場所|出席者|議事概要|議事要旨|議事次第|議題|配布資料)(?:（[^）]*）)?\s*[：:]?\s*(.*)$/;

export type ItemKind = 'date' | 'venue' | 'attendees' | 'body' | 'other';

export function itemKind(name: string): ItemKind {
  switch (name) {
    case '日時':
      return 'date';
    case '場所':
      return 'venue';
    case '出席者':
      return 'attendees';
    case '議事概要':
    case '議事要旨':
      return 'body';
    default:
      return 'other';
  }
}

/** The end mark "－ 以上 －" / "以上". */
export const END_MARK = /^[－―\-ー—\s]*以上[－―\-ー—\s]*$/;
