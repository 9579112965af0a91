import { type EntityDetails, detailsId, detailsName } from '../../lib/corpus/views';
import { entityRoute, formatRoute } from '../../lib/search/route';
import { BodyCard } from '../BodyCard';
import { CorpusDate } from '../CorpusDate';
import { PersonCard } from '../PersonCard';
import { RemarkList } from '../RemarkList';
import { TermCard } from '../TermCard';
import { useT } from '../i18n';

/** Remarks shown per entity in the popover; the side panel has the rest. */
const REMARKS_SHOWN = 5;

export type PopoverContent = { status: 'loading' } | { status: 'ready'; details: EntityDetails[] } | { status: 'failed' };

export interface PopoverViewProps {
  /** the mention as written on the page, the dialog's name until the data arrives */
  mentionText: string;
  content: PopoverContent;
  dataDate?: string;
  pinned: boolean;
  onPin: (pinned: boolean) => void;
  onClose: () => void;
  /** opens the side panel at a route: #/person/ID, #/term/ID, #/remark/ID */
  onOpenRoute: (route: string) => void;
  /** keyboard travel between the page's mentions */
  onStep: (direction: -1 | 1) => void;
}

/** The side panel's page for the entity (for a body: the search over its meetings). */
function routeOf(details: EntityDetails): string {
  return formatRoute(entityRoute({ kind: details.kind, id: detailsId(details) }));
}

function needlesOf(details: EntityDetails): string[] {
  if (details.kind === 'person') {
    const { person } = details;
    return [person.name, person.surname, ...person.aliases].filter((n): n is string => !!n);
  }
  if (details.kind === 'body') return [details.body.name, ...details.body.aliases];
  const { term } = details;
  return [term.label, ...term.aliases, term.en].filter((n): n is string => !!n);
}

const nameOf = detailsName;

/** The popover's content: one card per entity (two or more when a mention is ambiguous) with its newest remarks. */
export function PopoverView(props: PopoverViewProps) {
  const t = useT();
  const { content } = props;
  const details = content.status === 'ready' ? content.details : [];
  const name = details.length ? details.map(nameOf).join(' / ') : props.mentionText;
  return (
    <div className="ml-root ml-popover" role="dialog" aria-label={t('popoverLabel', { name })} tabIndex={-1}>
      <div className="ml-popover-bar">
        <span className="ml-popover-app">{t('appName')}</span>
        <button
          type="button"
          className="ml-icon-button"
          aria-label={t('previousMention')}
          title={t('previousMention')}
          onClick={() => props.onStep(-1)}
        >
          ‹
        </button>
        <button
          type="button"
          className="ml-icon-button"
          aria-label={t('nextMention')}
          title={t('nextMention')}
          onClick={() => props.onStep(1)}
        >
          ›
        </button>
        <button
          type="button"
          className="ml-icon-button"
          aria-pressed={props.pinned}
          aria-label={t('pin')}
          title={t('pin')}
          onClick={() => props.onPin(!props.pinned)}
        >
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
            <path
              d="M9.5 1.5 14.5 6.5 12 7.5 9.5 10 10 13.5 8.5 15 5.5 12 2 15.5 1 15.5 1 14.5 4.5 11 1.5 8 3 6.5 6.5 7 9 4.5Z"
              fill="currentColor"
            />
          </svg>
        </button>
        <button type="button" className="ml-icon-button" aria-label={t('close')} title={t('close')} onClick={props.onClose}>
          ×
        </button>
      </div>
      <div className="ml-popover-body">
        {content.status === 'loading' && <p className="ml-muted">{t('loading')}</p>}
        {content.status === 'failed' && <p className="ml-muted">{t('notFound')}</p>}
        {details.length > 1 && details[0].kind === 'person' && <p className="ml-popover-note">{t('ambiguous')}</p>}
        {details.map((d) => (
          <section key={`${d.kind}:${detailsId(d)}`} className="ml-popover-entity">
            {d.kind === 'person' ? (
              <PersonCard details={d} headingLevel={2} actions={<OpenButton route={routeOf(d)} onOpen={props.onOpenRoute} />} />
            ) : d.kind === 'term' ? (
              <TermCard details={d} headingLevel={2} actions={<OpenButton route={routeOf(d)} onOpen={props.onOpenRoute} />} />
            ) : (
              <BodyCard details={d} headingLevel={2} actions={<OpenButton route={routeOf(d)} onOpen={props.onOpenRoute} />} />
            )}
            <RemarkList
              remarks={d.remarks}
              label={`${t('remarks')}: ${nameOf(d)}`}
              limit={REMARKS_SHOWN}
              needles={needlesOf(d)}
              onOpen={(view) => props.onOpenRoute(`#/remark/${view.remark.id}`)}
            />
            {d.remarks.length > REMARKS_SHOWN && <p className="ml-muted ml-popover-more">{t('remarksCount', { n: d.remarks.length })}</p>}
          </section>
        ))}
      </div>
      {props.dataDate && (
        <div className="ml-popover-foot">
          <DataDate date={props.dataDate} />
        </div>
      )}
    </div>
  );
}

/** "データ: 2025年9月19日 時点" with the date as a <time> element. */
function DataDate({ date }: { date: string }) {
  const t = useT();
  const [before, after] = t('dataDate').split('{date}');
  return (
    <span>
      {before}
      <CorpusDate date={date} />
      {after}
    </span>
  );
}

function OpenButton({ route, onOpen }: { route: string; onOpen: (route: string) => void }) {
  const t = useT();
  return (
    <div className="ml-popover-actions">
      <button type="button" className="ml-button" onClick={() => onOpen(route)}>
        {t('openInSidePanel')}
      </button>
    </div>
  );
}
