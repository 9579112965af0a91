import type { Meeting } from '../../lib/corpus/types';
import { formatDate } from '../../lib/i18n';
import { meetingLabel, shortBodyLabel } from '../../lib/translations';
import { useLang, useT } from '../i18n';

export interface MeetingCount {
  meeting: Meeting;
  count: number;
}

/**
 * Counts per meeting as horizontal bars, oldest meeting first: one glance shows when a subject came up. Plain CSS
 * bars (no chart library); with `onSelect`, each row is a button that narrows to that meeting.
 */
export function MeetingChart({
  counts,
  label,
  onSelect,
}: {
  counts: readonly MeetingCount[];
  label: string;
  onSelect?: (meetingId: string) => void;
}) {
  const t = useT();
  const lang = useLang();
  const max = Math.max(1, ...counts.map((c) => c.count));
  if (counts.length === 0) return null;
  return (
    <figure className="ml-chart" aria-label={label}>
      <figcaption className="ml-section-title">{label}</figcaption>
      <ul className="ml-chart-rows">
        {counts.map(({ meeting, count }) => {
          const body = (
            <>
              <span className="ml-chart-label" title={`${meetingLabel(meeting, lang)} ${formatDate(meeting.date, lang)}`}>
                {shortBodyLabel(meeting.body, lang)} {t('meetingNumber', { n: meeting.number })}{' '}
                <time dateTime={meeting.date} className="ml-chart-date">
                  {meeting.date.slice(0, 4)}
                </time>
              </span>
              <span className="ml-chart-track" aria-hidden="true">
                <span className="ml-chart-bar" style={{ width: `${(count / max) * 100}%` }} />
              </span>
              <span className="ml-chart-count">{count}</span>
            </>
          );
          return (
            <li key={meeting.id}>
              {onSelect ? (
                <button type="button" className="ml-chart-row" onClick={() => onSelect(meeting.id)}>
                  {body}
                </button>
              ) : (
                <div className="ml-chart-row">{body}</div>
              )}
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
