import { useMemo } from 'react';
import type { RemarkView } from '../../lib/corpus/views';
import { findRanges } from '../../lib/lookup/ranges';
import { citeRemark } from '../../lib/search/citation';
import { moreLikeThisQuery } from '../../lib/search/more-like-this';
import { formatRoute } from '../../lib/search/route';
import { remarkContext } from '../../lib/search/reading';
import type { SearchIndex } from '../../lib/search/search-index';
import type { Clause } from '../../lib/search/types';
import { Marked } from '../Marked';
import { RemarkList } from '../RemarkList';
import { personName, roleLabel, sectionLabel, speakerLabelText } from '../../lib/translations';
import { useLang, useT } from '../i18n';
import { CopyButton } from './CopyButton';
import { MeetingHeader } from './MeetingHeader';
import { NotFound } from './NotFound';
import { SavedToggle } from './SavedContext';
import { SavedNotes } from './SavedNotes';
import { Origin } from '../Origin';

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
  const lang = useLang();
  const ctx = useMemo(() => remarkContext(index, id), [index, id]);
  const needles = useMemo(() => clauses.flatMap((c) => c.alternatives.filter((a) => !a.seq && !a.all).map((a) => a.text)), [clauses]);
  const moreLikeThis = useMemo(() => moreLikeThisQuery(index, id), [index, id]);
  if (!ctx) return <NotFound index={index} kind="remark" id={id} />;
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
            {speaker ? (
              <a href={`#/person/${encodeURIComponent(speaker.id)}`}>{personName(speaker, lang)}</a>
            ) : remark.speakerLabel ? (
              speakerLabelText(remark.speakerLabel, lang)
            ) : (
              t('unknownSpeaker')
            )}
          </h3>
          {role && <span className="ml-remark-role">{roleLabel(role, lang)}</span>}
          {remark.written && <span className="ml-badge">{t('written')}</span>}
        </div>
        {remark.section && <p className="ml-remark-meta">{sectionLabel(remark.section, lang)}</p>}
        {meeting.origin && (
          <p className="ml-remark-meta">
            <Origin meeting={meeting} />
          </p>
        )}
        <p className="ml-remark-text">
          <Marked text={remark.text} ranges={findRanges(remark.text, needles)} />
        </p>
        {terms.length > 0 && (
          <div>
            <p className="ml-section-title">{t('spTermsInRemark')}</p>
            <ul className="ml-tags">
              {terms.map((term) => (
                <li key={term.id}>
                  <a href={`#/term/${encodeURIComponent(term.id)}`}>{lang === 'en' ? (term.en ?? term.label) : term.label}</a>
                </li>
              ))}
            </ul>
          </div>
        )}
        <div className="ml-remark-actions">
          <SavedToggle view={view} />
          <CopyButton text={citeRemark(view, lang)} label={t('spCopyCitation')} />
          <CopyButton text={permalink} label={t('spCopyLink')} />
          {moreLikeThis && (
            <a
              className="ml-button ml-more-like-this"
              href={formatRoute({ page: 'search', query: moreLikeThis, filters: {}, sort: 'relevance' })}
            >
              {t('spMoreLikeThis')}
            </a>
          )}
        </div>
        <p className="ml-citation ml-muted">{citeRemark(view, lang)}</p>
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
