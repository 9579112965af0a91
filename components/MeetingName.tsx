import type { Meeting } from '../lib/corpus/types';
import { meetingLabel } from '../lib/translations';
import { useLang } from './i18n';

/** "サイバーセキュリティ戦略本部 第36回" / "Cybersecurity Strategic Headquarters, 36th meeting" (lib/translations.ts). */
export function MeetingName({ meeting, className }: { meeting: Meeting; className?: string }) {
  return <span className={className}>{meetingLabel(meeting, useLang())}</span>;
}
