import type { ReactNode } from 'react';
import type { BodyDetails } from '../lib/corpus/views';
import { Card, EnglishSub } from './Card';
import { CorpusDate } from './CorpusDate';
import { Heading, type HeadingLevel, below } from './Heading';
import { useT } from './i18n';

export interface BodyCardProps {
  details: BodyDetails;
  headingLevel?: HeadingLevel;
  /** meetings listed; the side panel has them all */
  meetingLimit?: number;
  actions?: ReactNode;
}

/** A body (サイバーセキュリティ戦略本部): its English name and its meetings, newest first, with date, number and title. */
export function BodyCard({ details, headingLevel = 2, meetingLimit = 5, actions }: BodyCardProps) {
  const t = useT();
  const { body, meetings } = details;
  return (
    <Card
      className="ml-body"
      kind={t('body')}
      title={body.name}
      sub={<EnglishSub en={body.en} />}
      headingLevel={headingLevel}
      actions={actions}
    >
      <section>
        <Heading level={below(headingLevel)} className="ml-section-title">
          {t('bodyMeetings')}
        </Heading>
        {meetings.length === 0 ? (
          <p className="ml-muted">{t('noBodyMeetings')}</p>
        ) : (
          <ul className="ml-roles ml-body-meetings">
            {meetings.slice(0, meetingLimit).map((m) => (
              <li key={m.id} data-meeting-id={m.id}>
                <CorpusDate date={m.date} />
                <span>
                  <span className="ml-role">{t('meetingNumber', { n: m.number })}</span> {m.title}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Card>
  );
}
