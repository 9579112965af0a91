import { type PublicPath, browser } from 'wxt/browser';
import { firefoxSidebar } from '../lib/browser-quirks';

// platform/: code that calls the browser-extension API and is shared by more than one entrypoint (lib/ stays
// browser-free; one entrypoint never imports another's files). Here: the popup and the background open the panel.

export interface PanelTarget {
  tabId?: number;
  windowId?: number;
}

/**
 * Opens the side panel at a route such as "#/person/p-murai-jun".
 *
 * Chrome only opens a side panel in response to a user action, and the gesture does not survive an `await`; so
 * setOptions (which points the panel at the route) and open are both issued in the same task, in that order. Firefox
 * has no sidePanel API: WXT turns the side panel into a sidebar, opened through sidebarAction.
 */
export function openSidePanel(route: string, target: PanelTarget): Promise<void> {
  const path = `sidepanel.html${route.startsWith('#') ? route : `#${route}`}`;
  const sidebar = firefoxSidebar(browser);
  if (sidebar) {
    const opened = sidebar.open();
    return Promise.all([opened, sidebar.setPanel({ panel: browser.runtime.getURL(`/${path}` as PublicPath), tabId: target.tabId })]).then(
      () => undefined,
    );
  }
  const options = target.tabId !== undefined ? { tabId: target.tabId, path, enabled: true } : { path, enabled: true };
  const configured = browser.sidePanel.setOptions(options);
  const opened =
    target.tabId !== undefined
      ? browser.sidePanel.open({ tabId: target.tabId, windowId: target.windowId })
      : browser.sidePanel.open({ windowId: target.windowId! });
  return Promise.all([configured, opened]).then(() => undefined);
}

/**
 * Opens the side panel at `route`, or the same view in a tab where the panel cannot open. Chrome opens it only within a
 * user gesture; Firefox opens its sidebar only from a user-input handler in the extension itself, so a request from the
 * popover (a content-script message) is refused there (lib/browser-quirks.ts, firefoxSidebar). Either way the reader sees the view.
 */
export async function openSidePanelOrTab(route: string, target: PanelTarget, open = openSidePanel): Promise<void> {
  try {
    await open(route, target);
  } catch {
    const hash = route.startsWith('#') ? route : `#${route}`;
    await browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html${hash}` as PublicPath), windowId: target.windowId });
  }
}
