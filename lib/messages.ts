import type { EntityDetails, EntityRef } from './corpus/views';
import type { FrameAsk } from './frames/match';
import type { Prefilter } from './recognize/prefilter';

/**
 * The message protocol between the content script, extension pages and the background. Content scripts cannot open
 * the extension's IndexedDB (they run with the page's origin), so every corpus lookup from a page goes through the
 * background. Page text goes only to the extension's own background (`recognize`), never off the browser.
 *
 * One map from each request type to its fields and its response: handlers are typed from it
 * (`Handlers`), so a handler answering the wrong type is a compile error, and `ask` (lib/messaging.ts) returns exactly
 * the response of the request it was given.
 */
export interface Protocol {
  /** content → background, once at start: is this host switched on, and (if so) the pre-filter and data date */
  hello: { request: { host: string }; response: Hello };
  /** content → background: text blocks (each the text nodes of one run, in document order); mentions in them */
  recognize: { request: { blocks: string[][] }; response: Recognized };
  /**
   * a document's gate (entrypoints/content/frame-watch.ts) → background: inject the gate into one of its frames, which
   * came into view, unless that frame's host is switched off; host is the asking document's own
   */
  'load-gate': { request: { host: string; frame: FrameAsk }; response: boolean };
  /** content → background: inject the lens (highlighting) into the sender's frame, once its text passes the pre-filter */
  'load-lens': { request: { host: string }; response: boolean };
  /** content → background: inject the popover's UI (React) into the sender's frame, on first use */
  'load-popover': { request: Record<never, never>; response: boolean };
  /** content → background: details for one mention; several refs when a mention is ambiguous (中谷 + 本部員?) */
  'entity-details': { request: { refs: EntityRef[] }; response: EntityDetails[] };
  /** content → background: how many distinct people and terms this tab shows, for the toolbar badge */
  'page-stats': { request: { people: number; terms: number }; response: undefined };
  /** content or popup → background: open the side panel at a route such as "#/person/p-murai-jun" */
  'open-sidepanel': { request: { route: string }; response: undefined };
  /** any → background: the corpus version and data date */
  'corpus-info': { request: Record<never, never>; response: { version: string; dataDate?: string } };
  /** popup → background: the global switch and this host's switch, for showing them */
  'switch-state': { request: { host: string }; response: { global: boolean; site: boolean } };
  /** popup → background: turn highlighting on/off for one host, or everywhere (host null); tabs are told to re-ask */
  'set-switch': { request: { host: string | null; enabled: boolean }; response: undefined };
  /** any page that changed corpus rows (import, delete, reseed) → background: rebuild the recognizer, tell the tabs */
  'corpus-changed': { request: Record<never, never>; response: undefined };
}

export interface Hello {
  enabled: boolean;
  /** present when enabled: what a page's text must contain for any pattern to match (lib/recognize/prefilter.ts) */
  prefilter?: Prefilter;
  dataDate?: string;
}

/**
 * Mentions per block, six numbers each: start segment, start offset, end segment, end offset, index into `refs`
 * (one entry per distinct ref list, so an ambiguous mention's two people travel once), and the match's flags
 * (lib/recognize/flags.ts), with which the page decides coreference (lib/recognize/coreference.ts).
 */
export interface Recognized {
  blocks: number[][];
  refs: EntityRef[][];
}

export type RequestType = keyof Protocol;
export type RequestOf<K extends RequestType> = { type: K } & Protocol[K]['request'];
export type Request = { [K in RequestType]: RequestOf<K> }[RequestType];
export type ResponseOf<R extends Request> = Protocol[R['type']]['response'];

/** One handler per request type, each answering exactly that type's response. */
export type Handlers<Context> = {
  [K in RequestType]: (request: RequestOf<K>, context: Context) => Promise<Protocol[K]['response']>;
};

/** background → content scripts of every tab. */
export type Broadcast =
  /** a switch changed: re-ask `hello` */
  | { type: 'switches-changed' }
  /** the corpus changed: rescan the page */
  | { type: 'corpus-changed' };

type Fields = Record<string, unknown>;
const isString = (x: unknown): x is string => typeof x === 'string';
const isCount = (x: unknown) => typeof x === 'number' && Number.isInteger(x) && x >= 0 && x < 1e9;
const isRef = (x: unknown) => {
  const r = x as Fields | null;
  return typeof r === 'object' && r !== null && (r.kind === 'person' || r.kind === 'term' || r.kind === 'body') && isString(r.id);
};
const isBlocks = (x: unknown) => Array.isArray(x) && x.every((block) => Array.isArray(block) && block.every(isString));

const isFrameAsk = (x: unknown) => {
  const f = x as Fields | null;
  return (
    typeof f === 'object' &&
    f !== null &&
    // (Firefox's frame ids are window ids: large)
    (f.frameId === undefined || (Number.isSafeInteger(f.frameId) && (f.frameId as number) > 0)) &&
    // (-1: no such frame)
    isCount((f.index as number) + 1) &&
    isCount(f.count) &&
    isString(f.url) &&
    isCount(f.nth) &&
    Array.isArray(f.urls) &&
    f.urls.length <= 1000 &&
    f.urls.every(isString)
  );
};

/** What each request must carry; anything else is dropped before a handler sees it. */
const VALID: { [K in RequestType]: (m: Fields) => boolean } = {
  hello: (m) => isString(m.host),
  recognize: (m) => isBlocks(m.blocks),
  'load-gate': (m) => isString(m.host) && isFrameAsk(m.frame),
  'load-lens': (m) => isString(m.host),
  'load-popover': () => true,
  'entity-details': (m) => Array.isArray(m.refs) && m.refs.length <= 50 && m.refs.every(isRef),
  'page-stats': (m) => isCount(m.people) && isCount(m.terms),
  'open-sidepanel': (m) => isString(m.route) && m.route.length < 2000,
  'corpus-info': () => true,
  'switch-state': (m) => isString(m.host),
  'set-switch': (m) => (m.host === null || isString(m.host)) && typeof m.enabled === 'boolean',
  'corpus-changed': () => true,
};

export function isRequest(message: unknown): message is Request {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Fields;
  return isString(m.type) && Object.hasOwn(VALID, m.type) && VALID[m.type as RequestType](m);
}

export function isBroadcast(message: unknown): message is Broadcast {
  const type = (message as Fields | null)?.type;
  return type === 'switches-changed' || type === 'corpus-changed';
}

/**
 * The receiving side: checks a message, then calls its handler. Returns undefined for a message that is not a valid
 * request (after telling `onDrop`), so the caller leaves it unanswered.
 */
export function createDispatcher<Context>(
  handlers: Handlers<Context>,
  onDrop: (message: unknown) => void = () => {},
): (message: unknown, context: Context) => Promise<unknown> | undefined {
  return (message, context) => {
    if (!isRequest(message)) {
      onDrop(message);
      return undefined;
    }
    const handler = handlers[message.type] as (request: Request, context: Context) => Promise<unknown>;
    return handler(message, context);
  };
}
