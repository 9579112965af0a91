import type { Meeting } from '../../lib/corpus/types';
import type { AttendeeView } from '../../lib/search/reading';
import { CorpusDate } from '../CorpusDate';
import { MeetingName } from '../MeetingName';
import { agendaKindLabel, groupLabel, meetingTitle, personName, roleLabel, venueLabel } from '../../lib/translations';
import { useLang, useT } from '../i18n';

/** A meeting's header as the minutes give it: name, date and time, venue, attendees by group, agenda. */
export function MeetingHeader({ meeting, attendees }: { meeting: Meeting; attendees: readonly AttendeeView[] }) {
  const t = useT();
  const lang = useLang();
  const groups = new Map<string, AttendeeView[]>();
  for (const a of attendees) {
    const key = a.group ?? '';
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  return (
    <header className="ml-meeting">
      <p className="ml-card-kind">
        <MeetingName meeting={meeting} />
      </p>
      <h2 className="ml-card-title">{meetingTitle(meeting, lang)}</h2>
      <dl className="ml-facts">
        <dt>{t('spDate')}</dt>
        <dd>
          <CorpusDate date={meeting.date} />
          {meeting.start && ` ${meeting.start}${meeting.end ? `–${meeting.end}` : ''}`}
        </dd>
        {meeting.venue && (
          <>
            <dt>{t('spVenue')}</dt>
            <dd>{venueLabel(meeting.venue, lang)}</dd>
          </>
        )}
      </dl>
      {attendees.length > 0 && (
        <details className="ml-attendees">
          <summary>{t('spAttendees', { n: attendees.filter((a) => !a.absent).length })}</summary>
          {[...groups].map(([group, list]) => (
            <section key={group}>
              {group && <h3 className="ml-section-title">{groupLabel(group, lang)}</h3>}
              <ul className="ml-attendee-list">
                {list.map((a) => (
                  <li key={a.personId}>
                    <a href={`#/person/${encodeURIComponent(a.personId)}`}>{a.person ? personName(a.person, lang) : a.personId}</a>{' '}
                    <span className="ml-muted">{roleLabel(a.role, lang)}</span>
                    {a.absent && <span className="ml-badge">{t('absent')}</span>}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </details>
      )}
      {meeting.agenda.length > 0 && (
        <details className="ml-agenda">
          <summary>{t('spAgenda')}</summary>
          <ul>
            {meeting.agenda.map((item, i) => (
              <li key={i}>
                <span className="ml-badge">{agendaKindLabel(item.kind, lang)}</span> {item.title}
              </li>
            ))}
          </ul>
        </details>
      )}
    </header>
  );
}
