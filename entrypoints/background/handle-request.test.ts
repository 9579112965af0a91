import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCorpusAccess } from '../../lib/db/access';
import type { MinutesDb } from '../../lib/db/schema';
import { fakeDb } from '../../lib/db/testing/fake-db';
import { smallCorpus } from '../../lib/db/testing/small-corpus';
import { detailsName } from '../../lib/corpus/views';
import { badgeText } from './badge';
import { type BackgroundDeps, handleRequest } from './handle-request';

let db: MinutesDb;
afterEach(() => db.close());

type Mock = ReturnType<typeof vi.fn>;
function deps(): BackgroundDeps & { setBadge: Mock; openSidePanel: Mock; broadcastSwitches: Mock; broadcastCorpusChanged: Mock } {
  db = fakeDb();
  return {
    db,
    access: createCorpusAccess(db, async () => smallCorpus()),
    setBadge: vi.fn(async () => undefined),
    openSidePanel: vi.fn(async () => undefined),
    broadcastSwitches: vi.fn(async () => undefined),
    broadcastCorpusChanged: vi.fn(async () => undefined),
  };
}

describe('background requests', () => {
  it('answers entity details for every known ref, skipping unknown ones', async () => {
    const d = deps();
    const details = await handleRequest(
      {
        type: 'entity-details',
        refs: [
          { kind: 'person', id: 'p-murai-jun' },
          { kind: 'person', id: 'nobody' },
          { kind: 'term', id: 't-nisc' },
        ],
      },
      { tabId: 1 },
      d,
    );
    expect(details.map((x) => detailsName(x))).toEqual(['村井純', 'NISC']);
  });

  it('answers from the database once seeded, with the same details', async () => {
    const d = deps();
    const before = await handleRequest({ type: 'entity-details', refs: [{ kind: 'person', id: 'p-murai-jun' }] }, {}, d);
    await d.access.ensureSeeded();
    expect((await d.access.queries()).source).toBe('db');
    expect(await handleRequest({ type: 'entity-details', refs: [{ kind: 'person', id: 'p-murai-jun' }] }, {}, d)).toEqual(before);
  });

  it("sets the sender tab's badge from page stats", async () => {
    const d = deps();
    await handleRequest({ type: 'page-stats', people: 2, terms: 3 }, { tabId: 7 }, d);
    expect(d.setBadge).toHaveBeenCalledWith(7, '5');
  });

  it('stores a switch, tells the tabs, and answers site-enabled and switch-state from it', async () => {
    const d = deps();
    expect(await handleRequest({ type: 'site-enabled', host: 'news.example' }, {}, d)).toBe(true);
    await handleRequest({ type: 'set-switch', host: 'news.example', enabled: false }, {}, d);
    expect(d.broadcastSwitches).toHaveBeenCalledTimes(1);
    expect(await handleRequest({ type: 'site-enabled', host: 'news.example' }, {}, d)).toBe(false);
    await handleRequest({ type: 'set-switch', host: null, enabled: false }, {}, d);
    expect(await handleRequest({ type: 'switch-state', host: 'other.example' }, {}, d)).toEqual({ global: false, site: true });
    expect(await handleRequest({ type: 'site-enabled', host: 'other.example' }, {}, d)).toBe(false);
  });

  it('opens the side panel on the sender tab at the requested route', async () => {
    const d = deps();
    await handleRequest({ type: 'open-sidepanel', route: '#/person/p-murai-jun' }, { tabId: 3, windowId: 9 }, d);
    expect(d.openSidePanel).toHaveBeenCalledWith('#/person/p-murai-jun', { tabId: 3, windowId: 9 });
  });

  it('tells every tab when the corpus changed', async () => {
    const d = deps();
    await handleRequest({ type: 'corpus-changed' }, {}, d);
    expect(d.broadcastCorpusChanged).toHaveBeenCalledTimes(1);
  });

  it('reports the corpus version and data date', async () => {
    expect(await handleRequest({ type: 'corpus-info' }, {}, deps())).toEqual({ version: 'test-1', dataDate: '2023-07-04' });
  });
});

describe('badgeText', () => {
  it('counts people and terms, shows nothing for none and caps at 99+', () => {
    expect(badgeText(0, 0)).toBe('');
    expect(badgeText(1, 2)).toBe('3');
    expect(badgeText(60, 60)).toBe('99+');
  });
});
