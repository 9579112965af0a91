import { useMemo } from 'react';
import type { RemarkView } from '../../lib/corpus/views';
import { formatRoute } from '../../lib/search/route';
import { personTextForms } from '../../lib/search/entities';
import { personPage } from '../../lib/search/reading';
import type { SearchIndex } from '../../lib/search/search-index';
import { PersonCard } from '../PersonCard';
import { RemarkList } from '../RemarkList';
import { useT } from '../i18n';
import { MeetingChart } from './MeetingChart';
import { Timeline } from './Timeline';
import { SavedToggle } from './SavedContext';

/** A person: who they are, their roles over time, how much they said at each meeting, and everything they said. */
export function PersonPage({ index, id, onOpen }: { index: SearchIndex; id: string; onOpen: (view: RemarkView) => void }) {
  const t = useT();
  const page = useMemo(() => personPage(index, id), [index, id]);
  if (!page) return <p className="ml-muted">{t('spNotFound', { id })}</p>;
  const searchTheirs = formatRoute({ page: 'search', query: '', filters: { speakers: [id] }, sort: 'newest' });
  return (
    <div className="ml-reading">
      <PersonCard
        details={page}
        actions={
          <p>
            <a href={searchTheirs}>{t('spSearchTheirRemarks')}</a>
          </p>
        }
      />
      <Timeline appearances={page.appearances} />
      <MeetingChart counts={page.perMeeting} label={t('spRemarksPerMeeting')} />
      <section>
        <h3 className="ml-section-title">{t('remarksCount', { n: page.remarks.length })}</h3>
        <RemarkList remarks={page.remarks} label={t('remarks')} needles={personTextForms(page.person)} onOpen={onOpen} actionsFor={(view) => <SavedToggle view={view} />} />
      </section>
    </div>
  );
}
