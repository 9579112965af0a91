import type { SearchIndex } from '../../lib/search/search-index';
import { HOME, formatRoute } from '../../lib/search/route';
import { useT } from '../i18n';

/**
 * What a permalink to a remark, person or term that is not in the corpus shows: that it was not found, and where to go
 * from there: a search for the words of the id (p-murai-jun → "murai jun"), the remarks of the meeting a remark id
 * names, and back to search.
 */
export function NotFound({ index, kind, id }: { index: SearchIndex; kind: 'remark' | 'person' | 'term'; id: string }) {
  const t = useT();
  const meetingId = kind === 'remark' ? id.replace(/-r\d+$/, '') : '';
  const meeting = meetingId && meetingId !== id ? index.meetings.get(meetingId) : undefined;
  const words = idWords(kind, id);
  return (
    <div className="ml-not-found" role="status">
      <p>{t('spNotFound', { id })}</p>
      <ul className="ml-not-found-links">
        {meeting && (
          <li>
            <a href={formatRoute({ page: 'search', query: '', filters: { meetings: [meeting.id] }, sort: 'oldest' })}>
              {t('spMeetingRemarks')}
            </a>
          </li>
        )}
        {words && (
          <li>
            <a href={formatRoute({ page: 'search', query: words, filters: {}, sort: 'relevance' })}>{t('spSearchFor', { q: words })}</a>
          </li>
        )}
        <li>
          <a href={formatRoute(HOME)}>{t('spBack')}</a>
        </li>
      </ul>
    </div>
  );
}

/** The searchable words of an id: p-murai-jun → "murai jun", t-nisc → "nisc"; none for a remark id. */
function idWords(kind: 'remark' | 'person' | 'term', id: string): string {
  if (kind === 'remark') return '';
  return id
    .replace(/^[pt]-/, '')
    .split(/[-_\s]+/)
    .filter(Boolean)
    .join(' ')
    .slice(0, 100);
}
