import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MinutesDb } from './schema';
import { switchBook } from './switches';
import { fakeDb } from './testing/fake-db';

let db: MinutesDb;
afterEach(() => db.close());

describe('highlight switches', () => {
  it('are on by default', async () => {
    db = fakeDb();
    const book = switchBook(db);
    expect(await book.state('example.com')).toEqual({ global: true, site: true });
    expect(await book.isSiteEnabled('example.com')).toBe(true);
  });

  it('turn one site off without touching others, whatever the case of the host', async () => {
    db = fakeDb();
    const book = switchBook(db);
    await book.setSiteEnabled('News.Example.com', false);
    expect(await book.isSiteEnabled('news.example.com')).toBe(false);
    expect(await book.isSiteEnabled('other.example.com')).toBe(true);
    await book.setSiteEnabled('news.example.com', true);
    expect(await book.isSiteEnabled('news.example.com')).toBe(true);
    expect(await db.siteSwitches.count()).toBe(0);
  });

  it('turn every site off with the global switch and keep the per-site choices for when it is back on', async () => {
    db = fakeDb();
    const book = switchBook(db);
    await book.setSiteEnabled('a.example', false);
    await book.setGlobalEnabled(false);
    expect(await book.isSiteEnabled('b.example')).toBe(false);
    await book.setGlobalEnabled(true);
    expect(await book.isSiteEnabled('b.example')).toBe(true);
    expect(await book.isSiteEnabled('a.example')).toBe(false);
  });

  it('are kept in the database: a new book (a restarted background) reads them back', async () => {
    db = fakeDb();
    await switchBook(db).setSiteEnabled('a.example', false);
    await switchBook(db).setGlobalEnabled(false);
    expect(await switchBook(db).state('a.example')).toEqual({ global: false, site: false });
  });

  it('read the database once, not at every question', async () => {
    db = fakeDb();
    const book = switchBook(db);
    const reads = vi.spyOn(db.siteSwitches, 'toArray');
    for (const host of ['a.example', 'b.example', 'c.example']) await book.isSiteEnabled(host);
    expect(reads).toHaveBeenCalledTimes(1);
    await book.setSiteEnabled('b.example', false);
    expect(await book.isSiteEnabled('b.example')).toBe(false);
    expect(reads).toHaveBeenCalledTimes(2);
  });
});
