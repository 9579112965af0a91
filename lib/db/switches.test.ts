import { afterEach, describe, expect, it } from 'vitest';
import type { MinutesDb } from './schema';
import { isSiteEnabled, setGlobalEnabled, setSiteEnabled, switchState } from './switches';
import { fakeDb } from './testing/fake-db';

let db: MinutesDb;
afterEach(() => db.close());

describe('highlight switches', () => {
  it('are on by default', async () => {
    db = fakeDb();
    expect(await switchState(db, 'example.com')).toEqual({ global: true, site: true });
    expect(await isSiteEnabled(db, 'example.com')).toBe(true);
  });

  it('turn one site off without touching others, whatever the case of the host', async () => {
    db = fakeDb();
    await setSiteEnabled(db, 'News.Example.com', false);
    expect(await isSiteEnabled(db, 'news.example.com')).toBe(false);
    expect(await isSiteEnabled(db, 'other.example.com')).toBe(true);
    await setSiteEnabled(db, 'news.example.com', true);
    expect(await isSiteEnabled(db, 'news.example.com')).toBe(true);
    expect(await db.siteSwitches.count()).toBe(0);
  });

  it('turn every site off with the global switch and keep the per-site choices for when it is back on', async () => {
    db = fakeDb();
    await setSiteEnabled(db, 'a.example', false);
    await setGlobalEnabled(db, false);
    expect(await isSiteEnabled(db, 'b.example')).toBe(false);
    await setGlobalEnabled(db, true);
    expect(await isSiteEnabled(db, 'b.example')).toBe(true);
    expect(await isSiteEnabled(db, 'a.example')).toBe(false);
  });
});
