/**
 * Dates and times in the minutes' Japanese-era notation ("平成27年２月10日", "17：00～18：00", "8時35分～9時00分"),
 * including what PDF-to-text extraction does to them: spaces everywhere ("平成 20 年9月4日", "16 時 00 分〜 19 時 30 分"),
 * a lost 年 ("平成 29 10 月4日"), a lost 時 at the end of a range ("10 時~12"). Whatever was repaired is said in `repairs`,
 * so the caller can report it instead of silently reading something else.
 */

const ERA_START: Record<string, number> = { 明治: 1867, 大正: 1911, 昭和: 1925, 平成: 1988, 令和: 2018 };

/** 年 may be lost in extraction, but then the year and the month must be apart ("平成 29 10 月"), never run together. */
const DATE = /(明治|大正|昭和|平成|令和)\s*(元|\d{1,2})(\s*年\s*|\s+)(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const DASH = '[~〜～\\-−–—ー]';
/** One end of a range: "17:00", "17 時 00 分", "17時", "17 時 00". */
const CLOCK = '(\\d{1,2})\\s*(?:[:：]\\s*(\\d{1,2})|時\\s*(?:(\\d{1,2})\\s*分?)?)';
const TIME_RANGE = new RegExp(`${CLOCK}\\s*${DASH}\\s*${CLOCK}`);
/** A range whose end lost its 時 (and minutes): "10 時~12" followed by anything but a digit or another unit. */
const TIME_RANGE_CUT = new RegExp(`${CLOCK}\\s*${DASH}\\s*(\\d{1,2})(?![\\d:：時分年月日])`);

export interface DateReading {
  date: string;
  /** what had to be read around, e.g. '年 missing between year and month' */
  repairs: string[];
}

/** ISO date ("2015-02-10") from an era date anywhere in `text`; full-width digits and extraction spaces allowed. */
export function readEraDate(text: string): DateReading | undefined {
  const m = DATE.exec(text.normalize('NFKC'));
  if (!m) return undefined;
  const year = ERA_START[m[1]] + (m[2] === '元' ? 1 : Number(m[2]));
  const month = Number(m[4]);
  const day = Number(m[5]);
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  const repairs = m[3].includes('年') ? [] : [`年 missing between year and month in "${m[0]}"`];
  return { date: `${year}-${pad(month)}-${pad(day)}`, repairs };
}

/** Start and end ("17:00") from a range like "17：00～18：00", "8時35分～9時00分" or "16 時 00 分〜 19 時 30 分". */
export function readTimeRange(text: string): { time: { start: string; end: string }; repairs: string[] } | undefined {
  const t = text.normalize('NFKC');
  const m = TIME_RANGE.exec(t);
  if (m) {
    const h1 = Number(m[1]);
    const m1 = Number(m[2] ?? m[3] ?? 0);
    const h2 = Number(m[4]);
    const m2 = Number(m[5] ?? m[6] ?? 0);
    const time = clock(h1, m1, h2, m2);
    if (time) return { time, repairs: [] };
  }
  const cut = TIME_RANGE_CUT.exec(t);
  if (cut) {
    const time = clock(Number(cut[1]), Number(cut[2] ?? cut[3] ?? 0), Number(cut[4]), 0);
    if (time) return { time, repairs: [`時 missing after the end hour in "${cut[0].trim()}": read as ${time.end}`] };
  }
  return undefined;
}

function clock(h1: number, m1: number, h2: number, m2: number): { start: string; end: string } | undefined {
  if (h1 > 24 || h2 > 24 || m1 > 59 || m2 > 59) return undefined;
  return { start: `${pad(h1)}:${pad(m1)}`, end: `${pad(h2)}:${pad(m2)}` };
}

/** Whether a line looks like it holds a date (for saying where a date might be when none could be read). */
export function looksLikeDate(text: string): boolean {
  const t = text.normalize('NFKC');
  return /(明治|大正|昭和|平成|令和|\d{4}\s*年)/.test(t) && /\d\s*月|\d\s*日|\d{1,2}\s*[/.]\s*\d{1,2}/.test(t);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
