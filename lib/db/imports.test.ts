import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Prepared, prepareImport } from '../import/prepare';
import { loadNodeTokenizer } from '../people/node-tokenizer';
import { createCorpusAccess } from './access';
import type { ImportRow } from './import-rows';
import { ImportConflictError, corpusRevision, createImportStore } from './imports';
import type { MinutesDb } from './schema';
import { ensureSeeded, seedCorpus } from './seed';
import { fakeDb } from './testing/fake-db';
import { smallCorpus } from './testing/small-corpus';

const FIXTURES = join(import.meta.dirname, '../../tests/e2e/fixtures/import');
const opened: MinutesDb[] = [];
afterEach(() => opened.splice(0).forEach((d) => d.close()));

let hq40: Prepared;
let hq42: Prepared;
beforeAll(async () => {
  const tokenizer = await loadNodeTokenizer();
  const read = (f: string) => readFileSync(join(FIXTURES, f), 'utf8');
  hq40 = await prepareImport({ file: 'hq-040-2025-12-01.txt', kind: 'txt', size: 1509, text: read('hq-040-2025-12-01.txt') }, tokenizer);
  hq42 = await prepareImport({ file: 'hq-042.pdf', kind: 'pdf', size: 30000, text: read('hq-042-2026-05-20.txt') }, tokenizer);
}, 120_000);

const row = (p: Prepared, importedAt = 1000): ImportRow => structuredClone({ ...p.row, importedAt });

async function seeded() {
  const db = fakeDb();
  opened.push(db);
  const bundled = smallCorpus();
  await seedCorpus(db, bundled);
  return { db, bundled, store: createImportStore(db, async () => bundled) };
}

async function corpusTables(db: MinutesDb) {
  const [meetings, people, remarks, terms, mentions, appearances] = await Promise.all([
    db.meetings.toArray(),
    db.people.toArray(),
    db.remarks.toArray(),
    db.terms.toArray(),
    db.mentions.toArray(),
    db.appearances.toArray(),
  ]);
  return { meetings, people, remarks, terms, mentions, appearances };
}

describe('importing minutes into the database', () => {
  it('merges a known full name into the same person, with the new role, and adds new people with readings', async () => {
    const { db, store } = await seeded();
    const result = await store.save(row(hq40));
    expect(result).toMatchObject({ merged: true, samePeople: 1, newPeople: 5 });
    // 村井純 is the bundled p-murai-jun: one person, now with four meetings' appearances
    expect(await db.people.where('keys').equals('村井純').count()).toBe(1);
    const murai = await db.appearances.where('personId').equals('p-murai-jun').toArray();
    expect(murai.map((a) => a.meetingId).sort()).toEqual(['hq-001', 'hq-034', 'hq-036', 'hq2-040']);
    const yamamoto = await db.people.get('p-yamamoto-hanako');
    expect(yamamoto).toMatchObject({ name: '山本花子', reading: 'ヤマモトハナコ', romaji: 'Yamamoto Hanako', nameEn: 'Hanako Yamamoto' });
    expect(yamamoto!.keys).toEqual(expect.arrayContaining(['やまもとはなこ', 'hanakoyamamoto']));
    const remark = (await db.remarks.where('speakerId').equals('p-murai-jun').toArray()).find((r) => r.meetingId === 'hq2-040');
    expect(remark?.text).toMatch(/^能動的サイバー防御の運用開始/);
    expect((await db.meetings.get('hq2-040'))?.origin).toEqual({
      importId: 'imp-hq2-040',
      file: 'hq-040-2025-12-01.txt',
      kind: 'txt',
      importedAt: 1000,
    });
  });

  it('links the new remarks to known terms and adds the terms the import found', async () => {
    const { db, store } = await seeded();
    await store.save(row(hq40));
    const acd = await db.terms.get('t-active-cyber-defense');
    expect(acd!.remarkIds).toEqual(expect.arrayContaining(['hq-034-r2', 'hq2-040-r1', 'hq2-040-r2']));
    expect(
      await db.mentions
        .where('[termId+date]')
        .between(['t-active-cyber-defense', '2025-12-01'], ['t-active-cyber-defense', '2025-12-02'])
        .count(),
    ).toBe(2);
    const zt = (await db.terms.where('keys').equals('ゼロトラスト').toArray())[0];
    expect(zt).toMatchObject({ label: 'ゼロトラスト', en: 'Zero Trust', remarkIds: ['hq2-040-r3'] });
  });

  it('answers lookups and entity details from the database with the imported rows, under a new revision', async () => {
    const { db, bundled, store } = await seeded();
    const access = createCorpusAccess(db, async () => bundled);
    const before = await corpusRevision(db);
    expect(before).toBe('test-1');
    expect(await (await access.queries()).lookup('やまもと')).toEqual([]);
    await store.save(row(hq40));
    expect(await corpusRevision(db)).toMatch(/^test-1\+1i-[0-9a-f]{8}$/);
    const q = await access.queries();
    expect((await q.lookup('やまもと')).map((h) => h.ref.id)).toContain('p-yamamoto-hanako');
    const details = await q.entityDetails({ kind: 'person', id: 'p-yamamoto-hanako' });
    expect(details?.kind === 'person' && details.remarks[0].meeting.origin?.file).toBe('hq-040-2025-12-01.txt');
  });

  it('survives a re-seed with a new bundled corpus: the import is merged again', async () => {
    const { db, store } = await seeded();
    await store.save(row(hq40));
    const next = smallCorpus('test-2');
    await ensureSeeded(db, next);
    expect(await db.meetings.get('hq2-040')).toMatchObject({ origin: { importId: 'imp-hq2-040' } });
    expect(await db.people.get('p-yamamoto-hanako')).toBeDefined();
    expect((await db.terms.get('t-active-cyber-defense'))!.remarkIds).toContain('hq2-040-r1');
    expect(await corpusRevision(db)).toMatch(/^test-2\+1i-/);
  });

  it('detects the same minutes imported twice and replaces them only when asked', async () => {
    const { db, store } = await seeded();
    await store.save(row(hq40, 1000));
    const again = row(hq40, 2000);
    again.file = 'copy.txt';
    await expect(store.save(again)).rejects.toBeInstanceOf(ImportConflictError);
    await expect(store.save(again)).rejects.toMatchObject({ holder: 'import', existing: { file: 'hq-040-2025-12-01.txt' } });
    await store.save(again, { replace: true });
    expect(await db.imports.count()).toBe(1);
    expect((await db.meetings.get('hq2-040'))?.origin?.file).toBe('copy.txt');
    expect(await db.remarks.where('meetingId').equals('hq2-040').count()).toBe(5);
  });

  it('refuses minutes that are part of the bundled corpus', async () => {
    const { store } = await seeded();
    const bundledCopy = row(hq40);
    bundledCopy.meetingId = 'hq-036';
    bundledCopy.id = 'imp-hq-036';
    bundledCopy.corpus.meetings[0].id = 'hq-036';
    bundledCopy.corpus.remarks.forEach((r) => (r.meetingId = 'hq-036'));
    await expect(store.save(bundledCopy, { replace: true })).rejects.toMatchObject({ holder: 'bundled' });
  });

  it('deletes an import and everything merged from it, leaving the bundled corpus and other imports as they were', async () => {
    const { db, store } = await seeded();
    const bundledOnly = await corpusTables(db);
    await store.save(row(hq42, 500));
    const withHq42 = await corpusTables(db);
    await store.save(row(hq40, 1000));
    await store.remove('imp-hq2-040');
    expect(await corpusTables(db)).toEqual(withHq42);
    await store.remove('imp-hq2-042');
    expect(await corpusTables(db)).toEqual(bundledOnly);
    expect(await corpusRevision(db)).toBe('test-1');
  });

  it('writes nothing when the transaction fails half-way, and keeps the earlier imports', async () => {
    const { db, store } = await seeded();
    await store.save(row(hq42));
    const before = { tables: await corpusTables(db), imports: await db.imports.toArray(), meta: await db.meta.get('corpus') };
    const broken = row(hq40);
    // IndexedDB cannot clone a function: the remarks write fails after meetings and people were written
    Object.assign(broken.corpus.remarks[4], { render: () => 'x' });
    await expect(store.save(broken)).rejects.toThrow(/clone/i);
    expect({ tables: await corpusTables(db), imports: await db.imports.toArray(), meta: await db.meta.get('corpus') }).toEqual(before);
  });

  it('exports every import as JSON and restores it into an empty profile', async () => {
    const { store } = await seeded();
    await store.save(row(hq40, 1000));
    await store.save(row(hq42, 2000));
    const json = await store.exportJson();
    const other = await seeded();
    expect(await other.store.restore(json)).toEqual({ restored: ['hq-040-2025-12-01.txt', 'hq-042.pdf'], skipped: [] });
    expect((await other.store.list()).map((s) => [s.meetingId, s.merged])).toEqual([
      ['hq2-042', true],
      ['hq2-040', true],
    ]);
    expect(await other.db.people.get('p-ishida-naoki')).toBeDefined();
    expect(await other.store.restore(json)).toEqual({ restored: [], skipped: ['hq-040-2025-12-01.txt', 'hq-042.pdf'] });
    await expect(other.store.restore('{"format":"something else"}')).rejects.toThrow(/not a Minutes Lens export/);
  });

  it('refuses to save before the first seed has finished', async () => {
    const db = fakeDb();
    opened.push(db);
    const store = createImportStore(db, async () => smallCorpus());
    await expect(store.save(row(hq40))).rejects.toThrow(/still being seeded/);
    expect(await db.imports.count()).toBe(0);
  });
});

describe('a database cleared while the browser runs', () => {
  it('is seeded again on the next query, without waiting for a restart', async () => {
    const db = fakeDb();
    opened.push(db);
    const access = createCorpusAccess(db, async () => smallCorpus());
    await access.ensureSeeded();
    expect((await access.queries()).source).toBe('db');
    // "Clear site data": the database is deleted under the open connection
    await db.delete();
    expect((await access.queries()).source).toBe('memory');
    await vi.waitFor(async () => expect((await access.queries()).source).toBe('db'));
    expect(await db.remarks.count()).toBe(8);
  });
});
