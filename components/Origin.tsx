import type { Meeting } from '../lib/corpus/types';
import { formatDate } from '../lib/i18n';
import { useLang, useT } from './i18n';

/** "取り込み: file.pdf（2026年11月29日）" under a remark of imported minutes; nothing for the bundled corpus. */
export function Origin({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const lang = useLang();
  if (!meeting.origin) return null;
  const date = formatDate(new Date(meeting.origin.importedAt).toISOString().slice(0, 10), lang);
  return <span className="ml-origin ml-muted">{t('impFrom', { file: meeting.origin.file, date })}</span>;
}
