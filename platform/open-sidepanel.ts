import { type PublicPath, browser } from 'wxt/browser';

// platform/: code that calls the browser-extension API and is shared by more than one entrypoint (lib/ stays
// browser-free; one entrypoint never imports another's files). Here: the popup and the background open the panel.

export interface PanelTarget {
  tabId?: number;
  windowId?: number;
}

interface FirefoxSidebar {
  setPanel(details: { panel: string; tabId?: number }): Promise<void>;
  open(): Promise<void>;
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
  const sidebar = (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
  if (!browser.sidePanel && sidebar) {
    const opened = sidebar.open();
    return Promise.all([opened, sidebar.setPanel({ panel: browser.runtime.getURL(`/${path}` as PublicPath), tabId: target.tabId })]).then(() => undefined);
  }
  const options = target.tabId !== undefined ? { tabId: target.tabId, path, enabled: true } : { path, enabled: true };
  const configured = browser.sidePanel.setOptions(options);
  const opened =
    target.tabId !== undefined ? browser.sidePanel.open({ tabId: target.tabId, windowId: target.windowId }) : browser.sidePanel.open({ windowId: target.windowId! });
  return Promise.all([configured, opened]).then(() => undefined);
}
