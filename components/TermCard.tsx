import { useId, type ReactNode } from 'react';
import type { TermDetails } from '../lib/corpus/views';
import { Heading, type HeadingLevel } from './Heading';
import { useT } from './i18n';

export interface TermCardProps {
  details: TermDetails;
  headingLevel?: HeadingLevel;
  actions?: ReactNode;
}

/** A policy term: label, its synonyms, the English name and the definition the minutes give. */
export function TermCard({ details, headingLevel = 2, actions }: TermCardProps) {
  const t = useT();
  const titleId = useId();
  const { term } = details;
  const synonyms = term.aliases.filter((a) => a !== term.label && a !== term.en);
  return (
    <article className="ml-card ml-term" aria-labelledby={titleId}>
      <div>
        <p className="ml-card-kind">{t('term')}</p>
        <Heading level={headingLevel} id={titleId} className="ml-card-title">
          {term.label}
        </Heading>
        {term.en && (
          <p className="ml-card-sub" lang="en">
            <span className="ml-visually-hidden">{t('english')}: </span>
            {term.en}
          </p>
        )}
      </div>
      {(synonyms.length > 0 || term.definition) && (
        <dl className="ml-facts">
          {synonyms.length > 0 && (
            <>
              <dt>{t('synonyms')}</dt>
              <dd>
                <ul className="ml-tags">
                  {synonyms.map((s) => (
                    <li key={s}>{s}</li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          {term.definition && (
            <>
              <dt>{t('definition')}</dt>
              <dd>{term.definition}</dd>
            </>
          )}
        </dl>
      )}
      {actions}
    </article>
  );
}
