import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { parseRoute } from '../../lib/search/route';
import { lookUpSelection, lookupRoute } from './context-menu';

describe('lookupRoute', () => {
  it('searches the selected text, with line breaks and runs of space collapsed', () => {
    expect(parseRoute(lookupRoute('  能動的\nサイバー  防御 '))).toMatchObject({ page: 'search', query: '能動的 サイバー 防御' });
  });

  it('caps a long selection to its first 100 characters', () => {
    const route = parseRoute(lookupRoute('あ'.repeat(300)));
    expect(route.page === 'search' && route.query.length).toBe(100);
  });
});

describe('lookUpSelection', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens the side panel at the search for the selection', async () => {
    const opened: [string, unknown][] = [];
    const tabsBefore = (await fakeBrowser.tabs.query({})).length;
    await lookUpSelection('パワーグリッド', { tabId: 3, windowId: 1 }, async (route, target) => void opened.push([route, target]));
    expect(opened).toEqual([[lookupRoute('パワーグリッド'), { tabId: 3, windowId: 1 }]]);
    expect(await fakeBrowser.tabs.query({})).toHaveLength(tabsBefore);
  });

  it('opens the same search in a tab when the panel cannot open', async () => {
    await lookUpSelection('パワーグリッド', { tabId: 3, windowId: 1 }, () => Promise.reject(new Error('no user gesture')));
    const urls = (await fakeBrowser.tabs.query({})).map((t) => t.url);
    expect(urls).toContain(fakeBrowser.runtime.getURL(`/sidepanel.html${lookupRoute('パワーグリッド')}`));
  });
});
