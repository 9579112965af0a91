import type { EntityDetails, EntityRef } from './corpus/views';

/**
 * The message protocol between the content script, extension pages and the background service worker. Content scripts
 * cannot open the extension's IndexedDB (they run with the page's origin), so every corpus lookup from a page goes
 * through the background. Page text is never sent: only ids, host names and counts.
 */
export type Request =
  /** content → background: details for one mention; several refs when a mention is ambiguous (中谷 + 本部員?) */
  | { type: 'entity-details'; refs: EntityRef[] }
  /** content → background: may this host be highlighted (global switch and per-site switch)? */
  | { type: 'site-enabled'; host: string }
  /** content → background: how many distinct people and terms this tab shows, for the toolbar badge */
  | { type: 'page-stats'; people: number; terms: number }
  /** content or popup → background: open the side panel at a route such as "#/person/p-murai-jun" */
  | { type: 'open-sidepanel'; route: string }
  /** any → background: the bundled corpus version and data date */
  | { type: 'corpus-info' };

export interface ResponseMap {
  'entity-details': EntityDetails[];
  'site-enabled': boolean;
  'page-stats': void;
  'open-sidepanel': void;
  'corpus-info': { version: string; dataDate?: string };
}

/** background → content scripts of every tab: a switch changed, re-ask `site-enabled`. */
export type Broadcast = { type: 'switches-changed' };

export type ResponseOf<R extends Request> = ResponseMap[R['type']];
