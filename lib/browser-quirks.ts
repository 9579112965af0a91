/**
 * Browser differences outside the content script, in one place (the content script's are in
 * entrypoints/content/quirks.ts). Each says which browser and why. Pure: the extension API object is passed in.
 */

export interface FirefoxSidebar {
  setPanel(details: { panel: string; tabId?: number }): Promise<void>;
  open(): Promise<void>;
}

/**
 * Firefox (all versions to 153 ESR) has no sidePanel API: the side panel page is the add-on's sidebar
 * (manifest `sidebar_action`), opened with sidebarAction.open(). Firefox allows that call only from a user-input
 * handler of the add-on itself (a click in the popup, a context-menu click); a message from a content script, such as
 * the popover's "open in side panel", is refused ("may only be called from a user input handler"). Callers fall back
 * to opening the view in a tab (entrypoints/background/open-sidepanel.ts). Returns the sidebar API where the browser
 * has a sidebar and no side panel, else undefined.
 */
export function firefoxSidebar(api: object): FirefoxSidebar | undefined {
  const { sidePanel, sidebarAction } = api as { sidePanel?: unknown; sidebarAction?: FirefoxSidebar };
  return !sidePanel && sidebarAction ? sidebarAction : undefined;
}
