import { browser } from 'wxt/browser';

/** The badge text for a page: how many distinct people and terms it shows; nothing when none. */
export function badgeText(people: number, terms: number): string {
  const n = Math.max(0, people) + Math.max(0, terms);
  if (n === 0) return '';
  return n > 99 ? '99+' : String(n);
}

/** Chrome MV3 names the toolbar button `action`; Firefox's MV2 build still calls it `browserAction`. */
function toolbarButton(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

/** Per-tab badge; Chrome clears per-tab badge text itself when the tab navigates. */
export async function setTabBadge(tabId: number, text: string): Promise<void> {
  const button = toolbarButton();
  await button.setBadgeBackgroundColor({ tabId, color: '#3b5b92' });
  await button.setBadgeText({ tabId, text });
}
