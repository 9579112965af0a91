import { type Lang, formatDate } from '../i18n';

/**
 * A moment the reader did something (saved a remark, edited a note), in their time zone: 2026年11月29日 14:05 /
 * 29 Nov 2026, 14:05 — the date written as corpus dates are, so the panel reads the same throughout.
 */
export function formatTimestamp(ms: number, lang: Lang, timeZone?: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(ms))
      .map((p) => [p.type, p.value]),
  );
  const date = formatDate(`${parts.year}-${parts.month}-${parts.day}`, lang);
  const time = `${parts.hour}:${parts.minute}`;
  return lang === 'ja' ? `${date} ${time}` : `${date}, ${time}`;
}
