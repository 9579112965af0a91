import { type KeyboardEvent, memo } from 'react';
import type { RemarkView } from '../../lib/corpus/views';
import { citeRemark } from '../../lib/search/citation';
import { marksOf } from '../../lib/search/marks';
import { remarkView } from '../../lib/search/search-index';
import type { SearchHit } from '../../lib/search/types';
import { RemarkItem } from '../RemarkItem';
import { useLang, useT } from '../i18n';
import { CopyButton } from './CopyButton';
import { SavedToggle } from './SavedContext';

const OPENERS = '.ml-remark-open';

/**
 * Search results. Keyboard: ↓/↑ move between results (from the search box, ↓ enters the list; ↑ on the first result
 * goes back to the box), Home/End jump to the ends, Enter opens the remark in context.
 */
export const ResultList = memo(function ResultList({
  hits,
  live = 0,
  onOpen,
  onExitTop,
}: {
  hits: readonly SearchHit[];
  /** clauses of the query some remark satisfies: a hit satisfying fewer is labelled a partial match */
  live?: number;
  onOpen: (view: RemarkView) => void;
  onExitTop: () => void;
}) {
  const t = useT();
  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    const openers = [...event.currentTarget.querySelectorAll<HTMLElement>(OPENERS)];
    const at = openers.findIndex((el) => el.contains(document.activeElement));
    let next: number;
    if (event.key === 'ArrowDown') next = Math.min(openers.length - 1, at + 1);
    else if (event.key === 'ArrowUp') next = at - 1;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = openers.length - 1;
    else return;
    event.preventDefault();
    if (next < 0) onExitTop();
    else openers[next]?.focus();
  };
  return (
    <ol className="ml-remarks ml-results" aria-label={t('results')} onKeyDown={onKeyDown}>
      {/* Keyed by place, not by remark: a new result's cards take over the elements of the previous result's, which
          are updated rather than made again (on a large corpus each query otherwise replaced a page of cards, about
          1,200 elements and text nodes for the garbage collector). */}
      {hits.map((hit, place) => (
        <ResultCard key={place} hit={hit} live={live} onOpen={onOpen} />
      ))}
    </ol>
  );
});

/**
 * One result. Memoised: a result hands out the same hit object each time it is read, so when the rest of a page is
 * drawn after its first screenful, the cards already drawn are not rendered again.
 */
const ResultCard = memo(function ResultCard({ hit, live, onOpen }: { hit: SearchHit; live: number; onOpen: (view: RemarkView) => void }) {
  const t = useT();
  const lang = useLang();
  const view = remarkView(hit.doc);
  return (
    <RemarkItem
      view={view}
      ranges={marksOf(hit)}
      maxLength={160}
      onOpen={onOpen}
      actions={
        <>
          {hit.matched < live && (
            <span className="ml-badge ml-partial" data-matched={hit.matched} data-of={live}>
              {t('spPartialMatch', { n: hit.matched, of: live })}
            </span>
          )}
          <SavedToggle view={view} />
          {/* Its "copied" note belongs to this remark, not to the place the card holds. */}
          <CopyButton key={view.remark.id} text={citeRemark(view, lang)} label={t('spCopyCitation')} />
        </>
      }
    />
  );
});

/** Moves focus to the first result of the list in `container`, for ↓ in the search box. */
export function focusFirstResult(container: HTMLElement | null): boolean {
  const first = container?.querySelector<HTMLElement>(`.ml-results ${OPENERS}`);
  first?.focus();
  return !!first;
}
