import { useId, type ReactNode } from 'react';
import { Heading, type HeadingLevel } from './Heading';
import { useT } from './i18n';

export interface CardProps {
  /** what the card is about, as a class next to `ml-card` (`ml-person`, `ml-body`, `ml-term`) */
  className: string;
  /** the kind line above the title (人物, 会議体, 用語) */
  kind: string;
  title: ReactNode;
  /** the line under the title (reading and romaji, English name); see EnglishSub */
  sub?: ReactNode;
  headingLevel: HeadingLevel;
  /** extra controls under the card (e.g. "open in side panel") */
  actions?: ReactNode;
  children?: ReactNode;
}

/** The frame of the person, body and term cards: an article named by its title heading, with the kind above it. */
export function Card({ className, kind, title, sub, headingLevel, actions, children }: CardProps) {
  const titleId = useId();
  return (
    <article className={`ml-card ${className}`} aria-labelledby={titleId}>
      <div>
        <p className="ml-card-kind">{kind}</p>
        <Heading level={headingLevel} id={titleId} className="ml-card-title">
          {title}
        </Heading>
        {sub}
      </div>
      {children}
      {actions}
    </article>
  );
}

/** A card's English name under its title, announced as such. */
export function EnglishSub({ en }: { en: string | undefined }) {
  const t = useT();
  if (!en) return null;
  return (
    <p className="ml-card-sub" lang="en">
      <span className="ml-visually-hidden">{t('english')}: </span>
      {en}
    </p>
  );
}
