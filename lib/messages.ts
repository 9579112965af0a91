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
  | { type: 'corpus-info' }
  /** popup → background: the global switch and this host's switch, for showing them */
  | { type: 'switch-state'; host: string }
  /** popup → background: turn highlighting on/off for one host, or everywhere (host null); tabs are told to re-ask */
  | { type: 'set-switch'; host: string | null; enabled: boolean }
  /**
   * extension page → background: corpus rows in IndexedDB changed at runtime (an import saved or deleted, a reseed).
   * The background drops what it built from the corpus and tells every tab (Broadcast below) to rescan.
   */
  | { type: 'corpus-changed' };

export interface ResponseMap {
  'entity-details': EntityDetails[];
  'site-enabled': boolean;
  'page-stats': void;
  'open-sidepanel': void;
  'corpus-info': { version: string; dataDate?: string };
  'switch-state': { global: boolean; site: boolean };
  'set-switch': void;
  'corpus-changed': void;
}

/**
 * background → content scripts of every tab: a switch changed, re-ask `site-enabled`; or the corpus changed
 * (imports), drop cached details and rescan.
 */
export type Broadcast = { type: 'switches-changed' } | { type: 'corpus-changed' };

export type ResponseOf<R extends Request> = ResponseMap[R['type']];
