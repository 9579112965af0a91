import { formatDate } from '../lib/i18n';
import { useLang } from './i18n';

/** An ISO date from the corpus ("2023-07-04") as a <time> element, written for the UI language. */
export function CorpusDate({ date, className }: { date: string; className?: string }) {
  const lang = useLang();
  return (
    <time dateTime={date} className={className}>
      {formatDate(date, lang)}
    </time>
  );
}
