import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import type { EntityDetails, EntityRef } from '../../lib/corpus/views';
import { personNames, termNames } from '../../lib/db/keys';
import { formatDate } from '../../lib/i18n';
import type { LookupHit } from '../../lib/lookup/lookup-index';
import { PersonCard } from '../PersonCard';
import { RemarkList } from '../RemarkList';
import { TermCard } from '../TermCard';
import { ThemeStyle } from '../ThemeStyle';
import { useLang, useT } from '../i18n';
import { HighlightSwitches, type SwitchControls } from './HighlightSwitches';
import popupCss from './popup.css?inline';

export interface PopupProps {
  lookup: (query: string) => Promise<LookupHit[]>;
  details: (ref: EntityRef) => Promise<EntityDetails | undefined>;
  switches: SwitchControls;
  /** the corpus's newest meeting date, shown so readers know how current it is */
  dataDate?: string;
  /** opens the side panel on a person or term; absent where there is no side panel */
  openSidePanel?: (ref: EntityRef) => void;
  /** remarks shown under the card */
  remarkLimit?: number;
}

/**
 * The popup: look up a person or term as you type (kanji, kana or romaji), see the card and the latest remarks.
 * Keyboard: ↑/↓ in the search box choose a result (the card follows), Enter moves focus to the card.
 */
export function Popup({ lookup, details, switches, dataDate, openSidePanel, remarkLimit = 3 }: PopupProps) {
  const t = useT();
  const lang = useLang();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<LookupHit[]>([]);
  const [selected, setSelected] = useState(0);
  const [shown, setShown] = useState<EntityDetails | null>(null);
  const detailsRef = useRef<HTMLElement>(null);
  const listId = useId();
  const optionId = (i: number) => `${listId}-${i}`;
  const current = hits[selected];

  useEffect(() => {
    let live = true;
    lookup(query).then(
      (found) => {
        if (!live) return;
        setHits(found);
        setSelected(0);
      },
      (error: unknown) => console.error('Minutes Lens: lookup failed', error),
    );
    return () => {
      live = false;
    };
  }, [lookup, query]);

  const ref = current?.ref;
  useEffect(() => {
    if (!ref) return;
    let live = true;
    details(ref).then(
      (d) => live && setShown(d ?? null),
      (error: unknown) => console.error('Minutes Lens: details failed', error),
    );
    return () => {
      live = false;
    };
    // Keyed by the entity, not the hit object: a new lookup answer for the same entity does not fetch its card again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [details, ref?.kind, ref?.id]);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (hits.length === 0) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setSelected((i) => (i + step + hits.length) % hits.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      detailsRef.current?.focus();
    }
  };

  const shownMatches = shown && current && shown.kind === current.ref.kind && (shown.kind === 'person' ? shown.person.id : shown.term.id) === current.ref.id;
  const sidePanelButton = openSidePanel && current && (
    <button type="button" className="ml-link-button" onClick={() => openSidePanel(current.ref)}>
      {t('openInSidePanel')}
    </button>
  );

  return (
    <div className="ml-root ml-popup">
      <ThemeStyle />
      <style>{popupCss}</style>
      <header className="ml-popup-head">
        <h1 className="ml-popup-title">{t('appName')}</h1>
        {dataDate && (
          <p className="ml-popup-date">
            <time dateTime={dataDate}>{t('dataDate', { date: formatDate(dataDate, lang) })}</time>
          </p>
        )}
      </header>
      <input
        type="search"
        className="ml-search"
        aria-label={t('searchLabel')}
        placeholder={t('searchPlaceholder')}
        value={query}
        autoFocus
        autoComplete="off"
        spellCheck={false}
        aria-controls={listId}
        aria-activedescendant={current ? optionId(selected) : undefined}
        onChange={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <p className="ml-visually-hidden" role="status">
        {query.trim() ? (hits.length ? t('resultsCount', { n: hits.length }) : t('noResults')) : ''}
      </p>
      {query.trim() === '' && <p className="ml-hint">{t('searchHint')}</p>}
      {query.trim() !== '' && hits.length === 0 && <p className="ml-hint">{t('noResults')}</p>}
      <ul id={listId} className="ml-results" aria-label={t('results')} hidden={hits.length === 0}>
        {hits.map((hit, i) => (
          <li key={`${hit.ref.kind}:${hit.ref.id}`}>
            <button
              type="button"
              id={optionId(i)}
              className="ml-result"
              tabIndex={-1}
              aria-current={i === selected ? 'true' : undefined}
              onClick={() => {
                setSelected(i);
                detailsRef.current?.focus();
              }}
            >
              <span className="ml-result-label">{hit.label}</span>
              <span className="ml-result-kind">{t(hit.ref.kind)}</span>
              {hit.detail && <span className="ml-result-detail">{hit.detail}</span>}
            </button>
          </li>
        ))}
      </ul>
      {current && (
        <section className="ml-details" ref={detailsRef} tabIndex={-1} aria-label={current.label} aria-busy={!shownMatches}>
          {!shownMatches || !shown ? (
            <p className="ml-muted">{t('loading')}</p>
          ) : (
            <>
              {shown.kind === 'person' ? <PersonCard details={shown} actions={sidePanelButton} /> : <TermCard details={shown} actions={sidePanelButton} />}
              <section>
                <h2 className="ml-section-title">
                  {t('topRemarks')} <span className="ml-muted">({t('remarksCount', { n: shown.remarks.length })})</span>
                </h2>
                <RemarkList
                  remarks={shown.remarks}
                  label={t('topRemarks')}
                  limit={remarkLimit}
                  needles={shown.kind === 'term' ? termNames(shown.term) : personNames(shown.person)}
                  maxLength={110}
                />
              </section>
            </>
          )}
        </section>
      )}
      <HighlightSwitches controls={switches} />
    </div>
  );
}
