import { useMemo } from 'react';
import type { RemarkView } from '../../lib/corpus/views';
import { findRanges } from '../../lib/lookup/ranges';
import { citeRemark } from '../../lib/search/citation';
import { remarkContext } from '../../lib/search/reading';
import type { SearchIndex } from '../../lib/search/search-index';
import type { Clause } from '../../lib/search/types';
import { Marked } from '../Marked';
import { RemarkList } from '../RemarkList';
import { useT } from '../i18n';
import { CopyButton } from './CopyButton';
import { MeetingHeader } from './MeetingHeader';
import { SavedToggle } from './SavedContext';
import { SavedNotes } from './SavedNotes';

export interface RemarkPageProps {
  index: SearchIndex;
  id: string;
  /** the last query's clauses: their words stay marked in the remark that was opened from the results */
  clauses: readonly Clause[];
  onOpen: (view: RemarkView) => void;
}

/** One remark in context: the meeting header, the remarks just before and after, and the whole remark. */
export function RemarkPage({ index, id, clauses, onOpen }: RemarkPageProps) {
  const t = useT();
  const ctx = useMemo(() => remarkContext(index, id), [index, id]);
  const needles = useMemo(() => clauses.flatMap((c) => c.alternatives.map((a) => a.text)), [clauses]);
  if (!ctx) return <p className="ml-muted">{t('spNotFound', { id })}</p>;
  const { view, meeting, attendees, before, after } = ctx;
  const { remark, speaker, role } = view;
  const terms = (index.termIdsByRemark.get(remark.id) ?? []).map((tid) => index.terms.get(tid)).filter((x) => x !== undefined);
  const permalink = `${location.origin}${location.pathname}#/remark/${encodeURIComponent(remark.id)}`;

  return (
    <div className="ml-reading">
      <MeetingHeader meeting={meeting} attendees={attendees} />
      {before.length > 0 && (
        <section>
          <h3 className="ml-section-title">{t('spBefore')}</h3>
          <RemarkList remarks={before} label={t('spBefore')} maxLength={100} onOpen={onOpen} />
        </section>
      )}
      <article className="ml-remark ml-remark-full" data-remark-id={remark.id} aria-labelledby={`speaker-${remark.id}`}>
        <div className="ml-remark-head">
          <h3 id={`speaker-${remark.id}`} className="ml-remark-speaker" tabIndex={-1}>
            {speaker ? <a href={`#/person/${encodeURIComponent(speaker.id)}`}>{speaker.name}</a> : remark.speakerLabel || t('unknownSpeaker')}
          </h3>
          {role && <span className="ml-remark-role">{role}</span>}
          {remark.written && <span className="ml-badge">{t('written')}</span>}
        </div>
        {remark.section && <p className="ml-remark-meta">{remark.section}</p>}
        <p className="ml-remark-text">
          <Marked text={remark.text} ranges={findRanges(remark.text, needles)} />
        </p>
        {terms.length > 0 && (
          <div>
            <p className="ml-section-title">{t('spTermsInRemark')}</p>
            <ul className="ml-tags">
              {terms.map((term) => (
                <li key={term.id}>
                  <a href={`#/term/${encodeURIComponent(term.id)}`}>{term.label}</a>
                </li>
              ))}
            </ul>
          </div>
        )}
        <div className="ml-remark-actions">
          <SavedToggle view={view} />
          <CopyButton text={citeRemark(view)} label={t('spCopyCitation')} />
          <CopyButton text={permalink} label={t('spCopyLink')} />
        </div>
        <p className="ml-citation ml-muted">{citeRemark(view)}</p>
      </article>
      <SavedNotes key={remark.id} view={view} />
      {after.length > 0 && (
        <section>
          <h3 className="ml-section-title">{t('spAfter')}</h3>
          <RemarkList remarks={after} label={t('spAfter')} maxLength={100} onOpen={onOpen} />
        </section>
      )}
    </div>
  );
}
