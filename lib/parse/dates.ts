/** Dates and times in the minutes' Japanese-era notation ("平成27年２月10日", "17：00～18：00", "8時35分～9時00分"). */

const ERA_START: Record<string, number> = { 明治: 1867, 大正: 1911, 昭和: 1925, 平成: 1988, 令和: 2018 };

const DATE = /(明治|大正|昭和|平成|令和)\s*(元|\d{1,2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const TIME_RANGE = /(\d{1,2})\s*(?::|時)\s*(\d{1,2})\s*分?\s*[~〜\-−–—ー]\s*(\d{1,2})\s*(?::|時)\s*(\d{1,2})/;

/** ISO date ("2015-02-10") from an era date anywhere in `text`; full-width digits allowed. */
export function parseEraDate(text: string): string | undefined {
  const m = DATE.exec(text.normalize('NFKC'));
  if (!m) return undefined;
  const year = ERA_START[m[1]] + (m[2] === '元' ? 1 : Number(m[2]));
  const month = Number(m[3]);
  const day = Number(m[4]);
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Start and end ("17:00") from a range like "17：00～18：00" or "8時35分～9時00分". */
export function parseTimeRange(text: string): { start: string; end: string } | undefined {
  const m = TIME_RANGE.exec(text.normalize('NFKC'));
  if (!m) return undefined;
  const [h1, m1, h2, m2] = m.slice(1).map(Number);
  if (h1 > 24 || h2 > 24 || m1 > 59 || m2 > 59) return undefined;
  return { start: `${pad(h1)}:${pad(m1)}`, end: `${pad(h2)}:${pad(m2)}` };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
