import { useMemo } from 'react';
import type { RemarkView } from '../../lib/corpus/views';
import { termForms } from '../../lib/search/entities';
import { termPage } from '../../lib/search/reading';
import { formatRoute } from '../../lib/search/route';
import type { SearchIndex } from '../../lib/search/search-index';
import { RemarkList } from '../RemarkList';
import { TermCard } from '../TermCard';
import { useT } from '../i18n';
import { MeetingChart } from './MeetingChart';
import { SavedToggle } from './SavedContext';

/** A term: its definition and synonyms, which meetings used it and who, and every remark that does. */
export function TermPage({ index, id, onOpen }: { index: SearchIndex; id: string; onOpen: (view: RemarkView) => void }) {
  const t = useT();
  const page = useMemo(() => termPage(index, id), [index, id]);
  if (!page) return <p className="ml-muted">{t('spNotFound', { id })}</p>;
  const searchIt = formatRoute({ page: 'search', query: page.term.label, filters: {}, sort: 'relevance' });
  return (
    <div className="ml-reading">
      <TermCard
        details={page}
        actions={
          <p>
            <a href={searchIt}>{t('spSearchThisTerm')}</a>
          </p>
        }
      />
      <MeetingChart counts={page.perMeeting} label={t('spMentionsPerMeeting')} />
      {page.speakers.length > 0 && (
        <section>
          <h3 className="ml-section-title">{t('spUsedBy')}</h3>
          <ul className="ml-used-by">
            {page.speakers.map((s) => (
              <li key={s.key}>
                {s.key.startsWith('?') ? s.label : <a href={`#/person/${encodeURIComponent(s.key)}`}>{s.label}</a>}
                <span className="ml-count">{s.count}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <h3 className="ml-section-title">{t('remarksCount', { n: page.remarks.length })}</h3>
        <RemarkList remarks={page.remarks} label={t('remarks')} needles={termForms(page.term)} onOpen={onOpen} actionsFor={(view) => <SavedToggle view={view} />} />
      </section>
    </div>
  );
}
