import type { Meeting } from '../lib/corpus/types';
import { useT } from './i18n';

/** "サイバーセキュリティ戦略本部 第36回" — the body as published plus the meeting number in the UI language. */
export function MeetingName({ meeting, className }: { meeting: Meeting; className?: string }) {
  const t = useT();
  return <span className={className}>{`${meeting.body} ${t('meetingNumber', { n: meeting.number })}`}</span>;
}
