import { type PublicPath, browser } from 'wxt/browser';
import { browserLang, translate } from '../../lib/i18n';
import { formatRoute } from '../../lib/search/route';
import { type PanelTarget, openSidePanel } from '../../platform/open-sidepanel';

export const LOOKUP_MENU_ID = 'minutes-lens-lookup';
/** A selection longer than this is a passage, not a query; its start is what the reader is asking about. */
const MAX_QUERY = 100;

/** The side panel route that searches a selection: whitespace collapsed (selections span lines), length capped. */
export function lookupRoute(selection: string): string {
  const query = selection.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY);
  return formatRoute({ page: 'search', query, filters: {}, sort: 'relevance' });
}

/**
 * Opens the side panel searching `selection`. The panel is opened before any await: Chrome only opens it within the
 * user gesture of the menu click. Where it cannot open (no gesture, or a browser without a side panel), the same view
 * opens in a tab, so the lookup is never lost.
 */
export async function lookUpSelection(selection: string, target: PanelTarget, open = openSidePanel): Promise<void> {
  const route = lookupRoute(selection);
  try {
    await open(route, target);
  } catch {
    await browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html${route}` as PublicPath), windowId: target.windowId });
  }
}

/** The "Look up in Minutes Lens" item on selected text. */
export function setUpContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    // An update keeps the old item; removing first avoids a duplicate-id error.
    void browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({ id: LOOKUP_MENU_ID, title: translate(browserLang(), 'contextMenuLookup'), contexts: ['selection'] }),
    );
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== LOOKUP_MENU_ID || !info.selectionText) return;
    void lookUpSelection(info.selectionText, { tabId: tab?.id, windowId: tab?.windowId });
  });
}
