import type { RemarkView } from '../corpus/views';
import { type Lang, formatDate } from '../i18n';
import { citeRemark } from '../search/citation';

/** English names of the bodies whose minutes the corpus holds; any other body is cited as published. */
const BODY_EN: Record<string, string> = {
  サイバーセキュリティ戦略本部: 'Cybersecurity Strategic Headquarters',
  サイバーセキュリティ推進専門家会議: 'Expert Council for the Promotion of Cybersecurity',
};

/**
 * A remark's citation in the UI language. Japanese: the style Japanese papers use (lib/search/citation.ts). English:
 * the body's English name, the minutes' title translated with the original in brackets (so the source can be found),
 * the date, and the speaker in the Latin alphabet with the name as published; the role stays as published.
 * e.g. Cybersecurity Strategic Headquarters, "Summary of the 34th Meeting" [第34回会合 議事概要], 17 Jun 2022,
 *      remark by Jun Murai (村井純, 慶應義塾大学教授)
 */
export function citeRemarkIn(view: RemarkView, lang: Lang): string {
  if (lang === 'ja') return citeRemark(view);
  const { remark, meeting, speaker, role } = view;
  const body = BODY_EN[meeting.body] ?? meeting.body;
  const latin = speaker ? (speaker.nameEn ?? (speaker.romaji ? speaker.romaji.split(/\s+/).reverse().join(' ') : undefined)) : undefined;
  const who = !speaker
    ? remark.speakerLabel
    : latin
      ? `${latin} (${[speaker.name, role].filter(Boolean).join(', ')})`
      : `${speaker.name}${role ? ` (${role})` : ''}`;
  const how = remark.written ? 'written submission by' : 'remark by';
  return `${body}, "Summary of the ${ordinal(meeting.number)} Meeting" [${meeting.title} 議事概要], ${formatDate(meeting.date, 'en')}, ${how} ${who}`;
}

function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
