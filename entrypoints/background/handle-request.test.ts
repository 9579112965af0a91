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
  syncAskFirst: ReturnType<typeof vi.fn>;
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
    syncAskFirst: vi.fn(async () => undefined),
    childFrames: vi.fn(async () => undefined),
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

  it('injects the lens only into a switched-on site (it is asked for beside the first hello)', async () => {
    const d = deps();
    const sender = { tabId: 4, frameId: 0, documentId: 'doc-1' };
    expect(await handleRequest({ type: 'load-lens', host: 'news.example' }, sender, d)).toBe(true);
    expect(d.injectOnDemand).toHaveBeenCalledWith('lens', 4, 0, 'doc-1');
    await handleRequest({ type: 'set-switch', host: 'news.example', enabled: false }, {}, d);
    expect(await handleRequest({ type: 'load-lens', host: 'news.example' }, sender, d)).toBe(false);
    expect(d.injectOnDemand).toHaveBeenCalledTimes(1);
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
    // the flag for the content scripts follows the new pre-filter before the tabs hear of it
    expect(d.syncAskFirst).toHaveBeenCalledWith(expect.objectContaining({ pairs: expect.any(String), words: expect.any(Array) }));
    expect(d.syncAskFirst.mock.invocationCallOrder[0]).toBeLessThan(d.broadcastCorpusChanged.mock.invocationCallOrder[0]);
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

describe('the gate into a frame its parent saw (load-gate)', () => {
  const AD = 'https://ads.example/slot';
  const ARTICLE = 'https://paper.example/story';

  it('Chromium: finds the frame among the asking document’s children and injects there, unless its host is off', async () => {
    const d = deps();
    d.childFrames = vi.fn(async () => [
      { frameId: 7, url: AD, documentId: 'doc-7' },
      { frameId: 9, url: ARTICLE, documentId: 'doc-9' },
    ]);
    const ask = (url: string) => ({
      type: 'load-gate' as const,
      host: 'news.example',
      frame: { index: url === AD ? 0 : 1, count: 2, url, nth: 0, urls: [AD, ARTICLE] },
    });
    expect(await handleRequest(ask(ARTICLE), { tabId: 3, frameId: 0, documentId: 'doc-0' }, d)).toBe(true);
    expect(d.childFrames).toHaveBeenCalledWith(3, 0, 'doc-0');
    // to the document the URL was read from: a frame that navigated since refuses it
    expect(d.injectOnDemand).toHaveBeenCalledWith('gate', 3, 9, 'doc-9');

    await handleRequest({ type: 'set-switch', host: 'ads.example', enabled: false }, {}, d);
    vi.mocked(d.injectOnDemand).mockClear();
    expect(await handleRequest(ask(AD), { tabId: 3, frameId: 0 }, d)).toBe(false);
    expect(d.injectOnDemand).not.toHaveBeenCalled();
  });

  it('an about:blank or srcdoc frame follows the asking document’s host', async () => {
    const d = deps();
    d.childFrames = vi.fn(async () => [{ frameId: 4, url: 'about:srcdoc' }]);
    const ask = {
      type: 'load-gate' as const,
      host: 'news.example',
      frame: { index: 0, count: 1, url: 'about:srcdoc', nth: 0, urls: ['about:srcdoc'] },
    };
    expect(await handleRequest(ask, { tabId: 1, frameId: 2 }, d)).toBe(true);
    expect(d.injectOnDemand).toHaveBeenCalledWith('gate', 1, 4, undefined);
    await handleRequest({ type: 'set-switch', host: 'news.example', enabled: false }, {}, d);
    expect(await handleRequest(ask, { tabId: 1, frameId: 2 }, d)).toBe(false);
  });

  it('Firefox: takes the frame id the parent sent, never the parent itself', async () => {
    const d = deps();
    const ask = (frameId: number) => ({
      type: 'load-gate' as const,
      host: 'news.example',
      frame: { frameId, index: -1, count: 0, url: ARTICLE, nth: 0, urls: [] },
    });
    expect(await handleRequest(ask(12), { tabId: 5, frameId: 0 }, d)).toBe(true);
    expect(d.injectOnDemand).toHaveBeenCalledWith('gate', 5, 12, undefined);
    expect(d.childFrames).not.toHaveBeenCalled();
    expect(await handleRequest(ask(12), { tabId: 5, frameId: 12 }, d)).toBe(false);
  });

  it('nothing without a tab, or where the frames cannot be known', async () => {
    const d = deps();
    const ask = { type: 'load-gate' as const, host: 'news.example', frame: { index: 0, count: 1, url: ARTICLE, nth: 0, urls: [ARTICLE] } };
    expect(await handleRequest(ask, {}, d)).toBe(false);
    expect(await handleRequest(ask, { tabId: 1, frameId: 0 }, d)).toBe(false);
    expect(d.injectOnDemand).not.toHaveBeenCalled();
  });
});

describe('badgeText', () => {
  it('counts people and terms, shows nothing for none and caps at 99+', () => {
    expect(badgeText(0, 0)).toBe('');
    expect(badgeText(1, 2)).toBe('3');
    expect(badgeText(60, 60)).toBe('99+');
  });
});
