import { useMemo } from 'react';
import { type MeetingCount, chartRows } from '../../lib/search/chart-rows';
import { formatDate } from '../../lib/i18n';
import { meetingLabel, shortBodyLabel } from '../../lib/translations';
import { useLang, useT } from '../i18n';

/**
 * Counts per meeting as horizontal bars, oldest meeting first: one glance shows when a subject came up. Plain CSS
 * bars (no chart library). Too many meetings to draw are counted per year or span of years (lib/search/chart-rows.ts).
 * With `onSelect`, each row is a button that narrows to that meeting, or to that period's dates.
 */
export function MeetingChart({
  counts,
  label,
  onSelect,
  onSelectDates,
}: {
  counts: readonly MeetingCount[];
  label: string;
  onSelect?: (meetingId: string) => void;
  /** for a period row: its first and last day, ISO */
  onSelectDates?: (from: string, to: string) => void;
}) {
  const t = useT();
  const lang = useLang();
  const rows = useMemo(() => chartRows(counts), [counts]);
  const max = Math.max(1, ...rows.map((c) => c.count));
  if (rows.length === 0) return null;
  return (
    <figure className="ml-chart" aria-label={label}>
      <figcaption className="ml-section-title">{label}</figcaption>
      <ul className="ml-chart-rows">
        {rows.map(({ key, meeting, years, meetings, count }) => {
          const [from, to] = years ?? [0, 0];
          const body = (
            <>
              {meeting ? (
                <span className="ml-chart-label" title={`${meetingLabel(meeting, lang)} ${formatDate(meeting.date, lang)}`}>
                  {shortBodyLabel(meeting.body, lang)} {t('meetingNumber', { n: meeting.number })}{' '}
                  <time dateTime={meeting.date} className="ml-chart-date">
                    {meeting.date.slice(0, 4)}
                  </time>
                </span>
              ) : (
                <span className="ml-chart-label" title={t('spChartMeetings', { n: meetings })}>
                  {from === to ? t('spChartYear', { year: from }) : t('spChartYears', { from, to })}
                </span>
              )}
              <span className="ml-chart-track" aria-hidden="true">
                <span className="ml-chart-bar" style={{ width: `${(count / max) * 100}%` }} />
              </span>
              <span className="ml-chart-count">{count}</span>
            </>
          );
          const select = meeting
            ? onSelect && (() => onSelect(meeting.id))
            : onSelectDates && (() => onSelectDates(`${String(from).padStart(4, '0')}-01-01`, `${String(to).padStart(4, '0')}-12-31`));
          return (
            <li key={key}>
              {select ? (
                <button type="button" className="ml-chart-row" onClick={select}>
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
