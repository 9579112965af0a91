import type { RemarkView } from '../corpus/views';
import { type Lang, formatDate } from '../i18n';
import { meetingLabel, personName, roleInEnglish, speakerLabelText } from '../translations';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A citation of one remark in the UI's language.
 *
 * Japanese: the style Japanese papers cite government minutes: the body, the meeting's minutes as a title in 「」, the
 * date, then who spoke and in what capacity.
 * e.g. サイバーセキュリティ戦略本部「第34回会合 議事概要」（2022年6月17日）村井純（慶應義塾大学教授）発言
 * Imported minutes add the file they were read from: …発言［hq-042.pdfより取り込み］
 *
 * English: body and meeting, "minutes", the date written out, then who spoke, in English where lib/translations.ts
 * has it (a role it lacks is given as published).
 * e.g. Cybersecurity Strategic Headquarters, 34th meeting, minutes, 17 June 2022, remark by Jun Murai (Professor, Keio University)
 */
export function citeRemark({ remark, meeting, speaker, role }: RemarkView, lang: Lang = 'ja'): string {
  if (lang === 'en') {
    const who = speaker
      ? `${personName(speaker, 'en')}${role ? ` (${roleInEnglish(role) ?? role})` : ''}`
      : speakerLabelText(remark.speakerLabel, 'en');
    const how = remark.written ? 'written submission by' : 'remark by';
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(meeting.date);
    const date = m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : meeting.date;
    return `${meetingLabel(meeting, 'en')}, minutes, ${date}, ${how} ${who}`;
  }
  const who = speaker ? `${speaker.name}${role ? `（${role}）` : ''}` : remark.speakerLabel;
  const how = remark.written ? '書面提出' : '発言';
  const cite = `${meeting.body}「第${meeting.number}回会合 議事概要」（${formatDate(meeting.date, 'ja')}）${who}${how}`;
  // Minutes the reader imported say which file they were read from (the bundled corpus is the published text).
  return meeting.origin ? `${cite}［${meeting.origin.file}より取り込み］` : cite;
}
