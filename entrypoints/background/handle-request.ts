import type { EntityDetails } from '../../lib/corpus/views';
import { type ChildFrame, frameHost, matchChildFrame } from '../../lib/frames/match';
import type { CorpusAccess } from '../../lib/db/access';
import type { MinutesDb } from '../../lib/db/schema';
import { switchBook } from '../../lib/db/switches';
import type { Handlers, Request, ResponseOf } from '../../lib/messages';
import type { Prefilter } from '../../lib/recognize/prefilter';
import type { RecognizerService } from '../../lib/recognize/service';
import { badgeText } from './badge';
import type { PanelTarget } from '../../platform/open-sidepanel';

/** What the request handlers need from the browser, passed in so they run in unit tests without one. */
export interface BackgroundDeps {
  db: MinutesDb;
  access: CorpusAccess;
  recognizer: RecognizerService;
  setBadge(tabId: number, text: string): Promise<void>;
  openSidePanel(route: string, target: PanelTarget): Promise<void>;
  /** tell every tab's content script that a switch changed */
  broadcastSwitches(): Promise<void>;
  /** the corpus rows changed: tell every tab's content script to rescan */
  broadcastCorpusChanged(): Promise<void>;
  /** injects the content script, the lens or the popover's UI into one frame of a tab; false when the browser refused */
  injectOnDemand(part: 'gate' | 'lens' | 'popover', tabId: number, frameId: number, documentId?: string): Promise<boolean>;
  /** the database's pre-filter, as the recognizer has it: keep the content scripts' ask-first flag in step with it */
  syncAskFirst(prefilter: Prefilter): Promise<void>;
  /** the child frames of a tab's frame (and of its current document), with their URLs; undefined where unknowable */
  childFrames(tabId: number, parentFrameId: number, parentDocumentId?: string): Promise<ChildFrame[] | undefined>;
}

export interface Sender {
  tabId?: number;
  windowId?: number;
  frameId?: number;
  /** the sending document's id (Chromium 106+) */
  documentId?: string;
}

/** One handler per request of the lib/messages.ts protocol, each typed to answer exactly its response. */
export function createHandlers(deps: BackgroundDeps): Handlers<Sender> {
  const switches = switchBook(deps.db);
  /** into the frame that asked; false when no tab asked (an extension page) */
  const injectInto = async (part: 'gate' | 'lens' | 'popover', sender: Sender) =>
    sender.tabId !== undefined && deps.injectOnDemand(part, sender.tabId, sender.frameId ?? 0, sender.documentId);
  return {
    async hello({ host }) {
      // Both at once: in a worker woken by this very message, the switches and the recognizer are each read from
      // IndexedDB (the recognizer is loaded for the worker's life, so a switched-off site costs it nothing later).
      const [enabled, { prefilter, dataDate }] = await Promise.all([switches.isSiteEnabled(host), deps.recognizer.get()]);
      void deps.syncAskFirst(prefilter);
      return enabled ? { enabled: true, prefilter, dataDate } : { enabled: false };
    },
    recognize: ({ blocks }) => deps.recognizer.recognize(blocks),
    // A document's gate asks for one of its frames that came into view (frame-watch.ts). Firefox names the frame's id;
    // Chromium's is found among the asking document's children by its place among them, or by the URL the parent knows
    // (lib/frames/match.ts). A frame whose own host is switched off gets nothing: no script of ours runs there.
    async 'load-gate'({ host, frame }, sender) {
      const { tabId, frameId: parentId } = sender;
      if (tabId === undefined || parentId === undefined) return false;
      let targets: ChildFrame[];
      if (frame.frameId !== undefined) targets = frame.frameId === parentId ? [] : [{ frameId: frame.frameId, url: frame.url }];
      else {
        const child = matchChildFrame((await deps.childFrames(tabId, parentId, sender.documentId)) ?? [], frame);
        targets = child ? [child] : [];
      }
      const results = await Promise.all(
        targets.map(
          async (t) =>
            (await switches.isSiteEnabled(frameHost(t.url, host))) && deps.injectOnDemand('gate', tabId, t.frameId, t.documentId),
        ),
      );
      return results.includes(true);
    },
    // asked for beside the content script's first `hello`, so the site's switch is checked here too
    'load-lens': async ({ host }, sender) => (await switches.isSiteEnabled(host)) && injectInto('lens', sender),
    'load-popover': (_request, sender) => injectInto('popover', sender),
    async 'entity-details'({ refs }) {
      const q = await deps.access.queries();
      const details = await Promise.all(refs.map((ref) => q.entityDetails(ref)));
      return details.filter((d): d is EntityDetails => d !== undefined);
    },
    async 'page-stats'({ people, terms }, sender) {
      if (sender.tabId !== undefined) await deps.setBadge(sender.tabId, badgeText(people, terms));
      return undefined;
    },
    async 'open-sidepanel'({ route }, sender) {
      await deps.openSidePanel(route, { tabId: sender.tabId, windowId: sender.windowId });
      return undefined;
    },
    async 'corpus-info'() {
      return (await deps.access.queries()).info();
    },
    'switch-state': ({ host }) => switches.state(host),
    async 'set-switch'({ host, enabled }) {
      if (host === null) await switches.setGlobalEnabled(enabled);
      else await switches.setSiteEnabled(host, enabled);
      await deps.broadcastSwitches();
      return undefined;
    },
    async 'corpus-changed'() {
      deps.recognizer.invalidate();
      await deps.syncAskFirst((await deps.recognizer.get()).prefilter);
      await deps.broadcastCorpusChanged();
      return undefined;
    },
  };
}

/** Answers one request (tests and callers that already hold a valid request). */
export function handleRequest<R extends Request>(request: R, sender: Sender, deps: BackgroundDeps): Promise<ResponseOf<R>> {
  const handler = createHandlers(deps)[request.type] as (request: R, sender: Sender) => Promise<ResponseOf<R>>;
  return handler(request, sender);
}
