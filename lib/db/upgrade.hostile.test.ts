import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Corpus } from '../corpus/types';
import { buildCorpus } from '../parse/build-corpus';
import { readSeed, SEED_FILES } from '../parse/seed-files';
import { loadNodeTokenizer } from '../people/node-tokenizer';
import { createCorpusAccess } from './access';
import { CORPUS_TABLES, MinutesDb, type NoteRow } from './schema';
import { ensureSeeded, seedCorpus } from './seed';

/**
 * Hostile conditions for the database, on the real corpus built from the seeds: an update from the previous corpus
 * release, a seed cut off by the browser closing, an import that fails deep inside its transaction, and connections
 * that open the database while a schema upgrade is under way. User data (settings, site switches, bookmarks, notes)
 * must come through all of them, and nothing may hang.
 */

/** The previous release: the corpus before the expert council's 2025 minutes were added. */
let previous: Corpus;
let current: Corpus;

beforeAll(async () => {
  const tokenizer = await loadNodeTokenizer();
  const sources = (files: string[]) => files.map((file) => ({ file, text: readSeed(file) }));
  previous = (await buildCorpus(sources(SEED_FILES.filter((f) => !f.startsWith('council'))), { tokenizer })).corpus;
  current = (await buildCorpus(sources(SEED_FILES), { tokenizer })).corpus;
}, 60_000);

const opened: Dexie[] = [];
/** Connections to one in-memory IndexedDB, as the service worker, the popup and the side panel each hold one. */
function browserProfile() {
  const options = { indexedDB: new IDBFactory(), IDBKeyRange };
  return <T extends MinutesDb>(make: (name: string, opts: typeof options) => T = (n, o) => new MinutesDb(n, o) as T): T => {
    const db = make('minutes-lens', options);
    opened.push(db);
    return db;
  };
}
afterEach(() => {
  opened.splice(0).forEach((d) => d.close());
  vi.restoreAllMocks();
});

async function addUserData(db: MinutesDb, remarkId: string) {
  await db.settings.put({ key: 'highlight.global', value: false });
  await db.siteSwitches.put({ host: 'news.example.jp', enabled: false, updatedAt: 1 });
  await db.bookmarks.put({ remarkId, createdAt: 2 });
  await db.notes.add({ remarkId, text: '能動的サイバー防御の初出 <b>確認</b>', createdAt: 3, updatedAt: 3 });
}

async function userData(db: MinutesDb) {
  return {
    settings: await db.settings.toArray(),
    siteSwitches: await db.siteSwitches.toArray(),
    bookmarks: await db.bookmarks.toArray(),
    notes: await db.notes.toArray(),
  };
}

async function corpusTables(db: MinutesDb) {
  return Object.fromEntries(await Promise.all([...CORPUS_TABLES, 'meta'].map(async (t) => [t, await db.table(t).toArray()] as const)));
}

/** Fails the test instead of hanging when a promise never settles (a deadlocked open). */
function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms)),
  ]);
}

describe('corpus update from the previous release', () => {
  it('replaces the corpus with the new release and keeps settings, site switches, bookmarks and notes', async () => {
    const db = browserProfile()();
    await seedCorpus(db, previous);
    const bookmarked = previous.remarks.find((r) => r.meetingId === 'hq-036' && r.text.includes('サイバー'))!.id;
    await addUserData(db, bookmarked);
    const before = await userData(db);

    expect(await ensureSeeded(db, current)).not.toBeNull();

    expect(await userData(db)).toEqual(before);
    expect(await db.meta.get('corpus')).toMatchObject({ version: current.version, state: 'ready' });
    expect(await db.meetings.count()).toBe(current.meetings.length);
    expect(await db.remarks.count()).toBe(current.remarks.length);
    // the bookmark and the note still point at the same remark, with the same text
    expect((await db.remarks.get(bookmarked))?.text).toBe(previous.remarks.find((r) => r.id === bookmarked)!.text);
  });
});

describe('a seed cut off by the browser closing', () => {
  it('leaves the previous corpus readable, is detected at the next start and redone completely', async () => {
    const profile = browserProfile();
    const first = profile();
    await seedCorpus(first, previous);
    await addUserData(first, previous.remarks[0].id);
    const tablesBefore = await corpusTables(first);
    const userBefore = await userData(first);

    // The browser dies after the first batches of remarks: the transaction is aborted by IndexedDB and no code of
    // the seed runs after that point (the restore in its catch never happens).
    const dying = profile();
    const realPut = dying.remarks.bulkPut.bind(dying.remarks);
    let batches = 0;
    vi.spyOn(dying.remarks, 'bulkPut').mockImplementation(((rows: never[]) => {
      if (++batches === 3) {
        Dexie.currentTransaction.abort();
        return new Promise(() => {});
      }
      return realPut(rows);
    }) as typeof dying.remarks.bulkPut);
    const realMetaPut = dying.meta.put.bind(dying.meta);
    vi.spyOn(dying.meta, 'put').mockImplementation(((row: never) =>
      batches >= 3 ? new Promise(() => {}) : realMetaPut(row)) as typeof dying.meta.put);
    void seedCorpus(dying, current, 50);
    await vi.waitFor(() => expect(batches).toBe(3));
    dying.close();

    const restarted = profile();
    const meta = await restarted.meta.get('corpus');
    expect(meta).toMatchObject({ version: current.version, state: 'seeding', previous: { version: previous.version, state: 'ready' } });
    // nothing of the aborted transaction is visible
    const { meta: _meta, ...corpusBefore } = tablesBefore;
    const { meta: _meta2, ...corpusAfterCrash } = await corpusTables(restarted);
    expect(corpusAfterCrash).toEqual(corpusBefore);

    const access = createCorpusAccess(restarted, async () => current);
    expect((await access.queries()).source).toBe('memory');
    expect(await access.ensureSeeded()).toMatchObject({ version: current.version });
    expect((await access.queries()).source).toBe('db');
    expect(await restarted.remarks.count()).toBe(current.remarks.length);
    expect(await restarted.meetings.count()).toBe(current.meetings.length);
    expect(await userData(restarted)).toEqual(userBefore);
  });
});

describe('an import that fails inside its transaction', () => {
  it('leaves every table exactly as it was when IndexedDB rejects a row half-way (DataCloneError)', async () => {
    const db = browserProfile()();
    await seedCorpus(db, previous);
    await addUserData(db, previous.remarks[1].id);
    const before = { corpus: await corpusTables(db), user: await userData(db) };

    const broken = structuredClone(current);
    // a value IndexedDB cannot store, deep in the remarks table: every earlier table and batch was already written
    Object.assign(broken.remarks[broken.remarks.length - 1], { render: () => '<img src=x>' });
    await expect(seedCorpus(db, broken, 20)).rejects.toThrow(/clone/i);

    expect(await corpusTables(db)).toEqual(before.corpus);
    expect(await userData(db)).toEqual(before.user);
    // and the next start seeds the good corpus normally
    expect(await ensureSeeded(db, current)).toMatchObject({ version: current.version });
  });
});

/** The next schema version, declared the way lib/db/schema.ts says to: a new version below the shipped ones. */
const NEXT_VERSION = new MinutesDb('next-version-probe').verno + 1;
class NextSchemaDb extends MinutesDb {
  constructor(name: string, options: ConstructorParameters<typeof MinutesDb>[1]) {
    super(name, options);
    this.version(NEXT_VERSION)
      .stores({ notes: '++id, remarkId, updatedAt, createdAt' })
      .upgrade((tx) =>
        tx
          .table('notes')
          .toCollection()
          .modify((note: { migrated?: boolean }) => void (note.migrated = true)),
      );
  }
}

describe('connections during a schema upgrade', () => {
  it('lets two new connections open while two old ones are open, migrates once, and the old ones keep working', async () => {
    const profile = browserProfile();
    const sidePanel = profile();
    const popup = profile();
    await seedCorpus(sidePanel, previous);
    await addUserData(sidePanel, previous.remarks[2].id);
    await popup.open();
    const before = await userData(sidePanel);

    const worker = profile((n, o) => new NextSchemaDb(n, o));
    const otherTab = profile((n, o) => new NextSchemaDb(n, o));
    await within(5_000, 'opening two connections at the new version', Promise.all([worker.open(), otherTab.open()]));

    expect(worker.verno).toBe(NEXT_VERSION);
    expect(await otherTab.notes.where('createdAt').equals(3).count()).toBe(1);
    const notes = (await worker.notes.toArray()) as (NoteRow & { migrated?: boolean })[];
    expect(notes.map(({ migrated, ...n }) => [migrated, n])).toEqual(before.notes.map((n) => [true, n]));
    // the connections opened before the upgrade were closed by it and reopen on their next use
    await within(5_000, 'using an old connection after the upgrade', popup.settings.put({ key: 'ui.lang', value: 'en' }));
    expect(await within(5_000, 'reading through the other old connection', sidePanel.bookmarks.toArray())).toEqual(before.bookmarks);
    expect(await worker.settings.get('ui.lang')).toEqual({ key: 'ui.lang', value: 'en' });
  });

  it('waits for a seed in progress on an old connection, which completes whole, before upgrading', async () => {
    const profile = browserProfile();
    const old = profile();
    const put = old.remarks.bulkPut.bind(old.remarks);
    let batches = 0;
    vi.spyOn(old.remarks, 'bulkPut').mockImplementation(((rows: never[]) => (batches++, put(rows))) as typeof old.remarks.bulkPut);
    const seeding = seedCorpus(old, current, 20);
    // the upgrade request arrives while the seed's transaction is writing remarks
    await vi.waitFor(() => expect(batches).toBeGreaterThan(2));
    const upgraded = profile((n, o) => new NextSchemaDb(n, o));
    const [report] = await within(10_000, 'seeding and upgrading at once', Promise.all([seeding, upgraded.open()]));

    expect(report.version).toBe(current.version);
    expect(await upgraded.meta.get('corpus')).toMatchObject({ version: current.version, state: 'ready' });
    expect(await upgraded.remarks.count()).toBe(current.remarks.length);
    expect(await ensureSeeded(upgraded, current)).toBeNull();
  });
});
