import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCorpusAccess } from '../../lib/db/access';
import type { MinutesDb } from '../../lib/db/schema';
import { fakeDb } from '../../lib/db/testing/fake-db';
import { smallCorpus } from '../../lib/db/testing/small-corpus';
import { detailsName } from '../../lib/corpus/views';
import { readyRevision } from '../../lib/db/imports';
import { snapshotCorpus } from '../../lib/db/snapshot';
import { createDispatcher } from '../../lib/messages';
import { Flag } from '../../lib/recognize/flags';
import { createRecognizerService } from '../../lib/recognize/service';
import { badgeText } from './badge';
import { type BackgroundDeps, createHandlers, handleRequest } from './handle-request';

let db: MinutesDb;
afterEach(() => db.close());

function deps(): BackgroundDeps & {
  setBadge: ReturnType<typeof vi.fn>;
  openSidePanel: ReturnType<typeof vi.fn>;
  broadcastSwitches: ReturnType<typeof vi.fn>;
  broadcastCorpusChanged: ReturnType<typeof vi.fn>;
} {
  db = fakeDb();
  const cache = new Map<string, ArrayBuffer>();
  return {
    db,
    access: createCorpusAccess(db, async () => smallCorpus()),
    recognizer: createRecognizerService({
      revision: () => readyRevision(db),
      rows: () => snapshotCorpus(db),
      bundled: async () => smallCorpus(),
      readCache: async (revision) => cache.get(revision),
      writeCache: async (revision, data) => void cache.set(revision, data),
    }),
    setBadge: vi.fn(async () => undefined),
    openSidePanel: vi.fn(async () => undefined),
    broadcastSwitches: vi.fn(async () => undefined),
    broadcastCorpusChanged: vi.fn(async () => undefined),
    injectOnDemand: vi.fn(async () => true),
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

  it('stores a switch, tells the tabs, and answers hello and switch-state from it', async () => {
    const d = deps();
    expect((await handleRequest({ type: 'hello', host: 'news.example' }, {}, d)).enabled).toBe(true);
    await handleRequest({ type: 'set-switch', host: 'news.example', enabled: false }, {}, d);
    expect(d.broadcastSwitches).toHaveBeenCalledTimes(1);
    expect((await handleRequest({ type: 'hello', host: 'news.example' }, {}, d)).enabled).toBe(false);
    await handleRequest({ type: 'set-switch', host: null, enabled: false }, {}, d);
    expect(await handleRequest({ type: 'switch-state', host: 'other.example' }, {}, d)).toEqual({ global: false, site: true });
    expect((await handleRequest({ type: 'hello', host: 'other.example' }, {}, d)).enabled).toBe(false);
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

describe('recognition in the background', () => {
  it('answers hello with the switch, and the pre-filter only where highlighting is on', async () => {
    const d = deps();
    const on = await handleRequest({ type: 'hello', host: 'news.example' }, {}, d);
    expect(on.enabled).toBe(true);
    expect(on.prefilter?.pairs).toContain('村井');
    expect(on.prefilter?.words).toContain('murai');
    await handleRequest({ type: 'set-switch', host: 'news.example', enabled: false }, {}, d);
    expect(await handleRequest({ type: 'hello', host: 'news.example' }, {}, d)).toEqual({ enabled: false });
  });

  it('recognizes text blocks with offsets per segment, before and after the database is seeded, the same', async () => {
    const d = deps();
    const blocks = [['記者会見で村井', '純氏と'], ['森林の平和'], ['NISCの件']];
    const before = await handleRequest({ type: 'recognize', blocks }, {}, d);
    expect(before.blocks[0]).toEqual([0, 5, 1, 1, 0, Flag.fullName]);
    expect(before.refs[0]).toEqual([{ kind: 'person', id: 'p-murai-jun' }]);
    expect(before.blocks[1]).toEqual([]);
    await d.access.ensureSeeded();
    await handleRequest({ type: 'corpus-changed' }, {}, d);
    expect(d.broadcastCorpusChanged).toHaveBeenCalledTimes(1);
    expect(await handleRequest({ type: 'recognize', blocks }, {}, d)).toEqual(before);
  });

  it('drops malformed and unknown messages before any handler runs', async () => {
    const d = deps();
    const dropped: unknown[] = [];
    const dispatch = createDispatcher(createHandlers(d), (m) => dropped.push(m));
    for (const bad of [
      null,
      'hello',
      { type: 'nope' },
      { type: 'hello' },
      { type: 'recognize', blocks: [[1]] },
      { type: 'page-stats', people: -1, terms: 0 },
      { type: 'set-switch', host: 3, enabled: true },
    ]) {
      expect(dispatch(bad, {})).toBeUndefined();
    }
    expect(dropped).toHaveLength(7);
    expect(await dispatch({ type: 'hello', host: 'a.example' }, {})).toMatchObject({ enabled: true });
  });
});

describe('badgeText', () => {
  it('counts people and terms, shows nothing for none and caps at 99+', () => {
    expect(badgeText(0, 0)).toBe('');
    expect(badgeText(1, 2)).toBe('3');
    expect(badgeText(60, 60)).toBe('99+');
  });
});
