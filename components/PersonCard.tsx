import type { ReactNode } from 'react';
import type { PersonDetails } from '../lib/corpus/views';
import { Card } from './Card';
import { CorpusDate } from './CorpusDate';
import { Heading, type HeadingLevel, below } from './Heading';
import { MeetingName } from './MeetingName';
import { roleLabel } from '../lib/translations';
import { useLang, useT } from './i18n';

export interface PersonCardProps {
  details: PersonDetails;
  /** level of the name heading; section headings inside the card are one below */
  headingLevel?: HeadingLevel;
  /** extra controls under the card (e.g. "open in side panel") */
  actions?: ReactNode;
}

/** Who a person is in the minutes: name, reading, romaji, and the role they held at each meeting, oldest first. */
export function PersonCard({ details, headingLevel = 2, actions }: PersonCardProps) {
  const t = useT();
  const lang = useLang();
  const { person, appearances } = details;
  const english = person.nameEn ?? person.romaji;
  return (
    <Card
      className="ml-person"
      kind={t('person')}
      title={person.name}
      sub={
        (person.reading || english) && (
          <p className="ml-card-sub">
            {person.reading && (
              <span lang="ja" aria-label={`${t('reading')}: ${person.reading}`}>
                {person.reading}
              </span>
            )}
            {person.reading && english && ' · '}
            {english && <span lang="en">{english}</span>}
          </p>
        )
      }
      headingLevel={headingLevel}
      actions={actions}
    >
      {appearances.length > 0 && (
        <section>
          <Heading level={below(headingLevel)} className="ml-section-title">
            {t('roles')}
          </Heading>
          <ul className="ml-roles">
            {appearances.map((a) => (
              <li key={a.meeting.id}>
                <CorpusDate date={a.meeting.date} />
                <span>
                  <span className="ml-role">{roleLabel(a.role, lang)}</span>
                  {a.absent && <span className="ml-badge">{t('absent')}</span>}{' '}
                  <MeetingName meeting={a.meeting} className="ml-role-meeting" />
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Card>
  );
}
