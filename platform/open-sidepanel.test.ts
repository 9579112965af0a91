import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { openSidePanelOrTab } from './open-sidepanel';

describe('openSidePanelOrTab (the popover\'s "open in side panel")', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens the panel when it can, and no tab', async () => {
    const opened: string[] = [];
    const before = (await fakeBrowser.tabs.query({})).length;
    await openSidePanelOrTab('#/person/p-murai-jun', { tabId: 2, windowId: 1 }, async (route) => void opened.push(route));
    expect(opened).toEqual(['#/person/p-murai-jun']);
    expect(await fakeBrowser.tabs.query({})).toHaveLength(before);
  });

  it('opens the view in a tab when the panel is refused (Firefox: sidebarAction.open outside a user-input handler)', async () => {
    await openSidePanelOrTab('#/term/t-nisc', { tabId: 2, windowId: 1 }, () =>
      Promise.reject(new Error('sidebarAction.open may only be called from a user input handler')),
    );
    const urls = (await fakeBrowser.tabs.query({})).map((t) => t.url);
    expect(urls).toContain(fakeBrowser.runtime.getURL('/sidepanel.html#/term/t-nisc'));
  });
});
