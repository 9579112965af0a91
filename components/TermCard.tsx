import type { ReactNode } from 'react';
import type { TermDetails } from '../lib/corpus/views';
import { Card, EnglishSub } from './Card';
import type { HeadingLevel } from './Heading';
import { termDefinition } from '../lib/translations';
import { useLang, useT } from './i18n';

export interface TermCardProps {
  details: TermDetails;
  headingLevel?: HeadingLevel;
  actions?: ReactNode;
}

/** A policy term: label, its synonyms, the English name and the definition, in the UI's language where there is one. */
export function TermCard({ details, headingLevel = 2, actions }: TermCardProps) {
  const t = useT();
  const lang = useLang();
  const { term } = details;
  const definition = termDefinition(term, lang);
  const synonyms = term.aliases.filter((a) => a !== term.label && a !== term.en);
  return (
    <Card
      className="ml-term"
      kind={t('term')}
      title={term.label}
      sub={<EnglishSub en={term.en} />}
      headingLevel={headingLevel}
      actions={actions}
    >
      {(synonyms.length > 0 || definition) && (
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
          {definition && (
            <>
              <dt>{t('definition')}</dt>
              <dd lang={definition.lang}>{definition.text}</dd>
            </>
          )}
        </dl>
      )}
    </Card>
  );
}
