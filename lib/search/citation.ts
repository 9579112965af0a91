import type { RemarkView } from '../corpus/views';
import { formatDate } from '../i18n';

/**
 * A citation in the style Japanese papers cite government minutes: the body, the meeting's minutes as a title in
 * 「」, the date, then who spoke and in what capacity.
 * e.g. サイバーセキュリティ戦略本部「第34回会合 議事概要」（2022年6月17日）村井純（慶應義塾大学教授）発言
 * Imported minutes add the file they were read from: …発言［hq-042.pdfより取り込み］
 */
export function citeRemark({ remark, meeting, speaker, role }: RemarkView): string {
  const who = speaker ? `${speaker.name}${role ? `（${role}）` : ''}` : remark.speakerLabel;
  const how = remark.written ? '書面提出' : '発言';
  const cite = `${meeting.body}「第${meeting.number}回会合 議事概要」（${formatDate(meeting.date, 'ja')}）${who}${how}`;
  // Minutes the reader imported say which file they were read from (the bundled corpus is the published text).
  return meeting.origin ? `${cite}［${meeting.origin.file}より取り込み］` : cite;
}
