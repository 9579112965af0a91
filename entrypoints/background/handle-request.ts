import type { CorpusAccess } from '../../lib/db/access';
import type { MinutesDb } from '../../lib/db/schema';
import { isSiteEnabled, setGlobalEnabled, setSiteEnabled, switchState } from '../../lib/db/switches';
import type { Request, ResponseOf } from '../../lib/messages';
import type { EntityDetails } from '../../lib/corpus/views';
import { badgeText } from './badge';
import type { PanelTarget } from '../../platform/open-sidepanel';

/** What the request handler needs from the browser, passed in so the handler runs in unit tests without one. */
export interface BackgroundDeps {
  db: MinutesDb;
  access: CorpusAccess;
  setBadge(tabId: number, text: string): Promise<void>;
  openSidePanel(route: string, target: PanelTarget): Promise<void>;
  /** tell every tab's content script that a switch changed */
  broadcastSwitches(): Promise<void>;
}

export interface Sender {
  tabId?: number;
  windowId?: number;
}

/** Answers one message of the lib/messages.ts protocol. */
export async function handleRequest<R extends Request>(request: R, sender: Sender, deps: BackgroundDeps): Promise<ResponseOf<R>> {
  return (await answer(request, sender, deps)) as ResponseOf<R>;
}

async function answer(request: Request, sender: Sender, deps: BackgroundDeps): Promise<unknown> {
  switch (request.type) {
    case 'entity-details': {
      const q = await deps.access.queries();
      const details = await Promise.all(request.refs.map((ref) => q.entityDetails(ref)));
      return details.filter((d): d is EntityDetails => d !== undefined);
    }
    case 'site-enabled':
      return isSiteEnabled(deps.db, request.host);
    case 'page-stats':
      if (sender.tabId !== undefined) await deps.setBadge(sender.tabId, badgeText(request.people, request.terms));
      return undefined;
    case 'open-sidepanel':
      await deps.openSidePanel(request.route, { tabId: sender.tabId, windowId: sender.windowId });
      return undefined;
    case 'corpus-info':
      return (await deps.access.queries()).info();
    case 'switch-state':
      return switchState(deps.db, request.host);
    case 'set-switch':
      if (request.host === null) await setGlobalEnabled(deps.db, request.enabled);
      else await setSiteEnabled(deps.db, request.host, request.enabled);
      await deps.broadcastSwitches();
      return undefined;
    default:
      throw new Error(`unknown request ${String((request as { type?: unknown }).type)}`);
  }
}
