import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCorpusAccess } from './access';
import { addNote, listSaved, resolveSaved, saveRemark, updateNote } from './saved';
import type { MinutesDb } from './schema';
import { ensureSeeded, seedCorpus } from './seed';
import { fakeDb } from './testing/fake-db';
import { smallCorpus } from './testing/small-corpus';
import { remarkView } from './testing/views';

const opened: MinutesDb[] = [];
function db(): MinutesDb {
  const d = fakeDb();
  opened.push(d);
  return d;
}
afterEach(() => opened.splice(0).forEach((d) => d.close()));

async function addUserData(d: MinutesDb) {
  await d.settings.put({ key: 'highlight.global', value: false });
  await d.siteSwitches.put({ host: 'example.com', enabled: false, updatedAt: 1 });
  await d.bookmarks.put({ remarkId: 'hq-001-r2', createdAt: 1 });
  await d.notes.add({ remarkId: 'hq-001-r2', text: 'メモ', createdAt: 1, updatedAt: 1 });
}

async function userData(d: MinutesDb) {
  return {
    settings: await d.settings.toArray(),
    siteSwitches: await d.siteSwitches.toArray(),
    bookmarks: await d.bookmarks.toArray(),
    notes: await d.notes.toArray(),
  };
}

describe('seeding', () => {
  it('writes every corpus table in batches and stamps the version as ready', async () => {
    const d = db();
    const report = await seedCorpus(d, smallCorpus(), 2);
    expect(report.rows).toEqual({ meetings: 3, people: 5, remarks: 8, terms: 2, mentions: 5, appearances: 7 });
    expect(await d.remarks.count()).toBe(8);
    expect(await d.mentions.where('termId').equals('t-nisc').count()).toBe(2);
    expect(await d.meta.get('corpus')).toMatchObject({ version: 'test-1', state: 'ready', dataDate: '2023-07-04' });
  });

  it('writes no batch larger than the batch size', async () => {
    const d = db();
    const sizes: number[] = [];
    const bulkPut = d.remarks.bulkPut.bind(d.remarks);
    vi.spyOn(d.remarks, 'bulkPut').mockImplementation(((rows: never[]) => {
      sizes.push(rows.length);
      return bulkPut(rows);
    }) as typeof d.remarks.bulkPut);
    await seedCorpus(d, smallCorpus(), 3);
    expect(sizes).toEqual([3, 3, 2]);
  });

  it('does nothing when the database already holds the bundled version', async () => {
    const d = db();
    await ensureSeeded(d, smallCorpus());
    expect(await ensureSeeded(d, smallCorpus())).toBeNull();
  });

  it('replaces the corpus tables on a new version and keeps the user tables', async () => {
    const d = db();
    await seedCorpus(d, smallCorpus('v1'));
    await addUserData(d);
    const before = await userData(d);
    const v2 = smallCorpus('v2');
    v2.remarks = v2.remarks.filter((r) => r.id !== 'hq-001-r3');
    v2.people.push({ id: 'p-new', name: '新人物', aliases: [] });
    expect(await ensureSeeded(d, v2)).not.toBeNull();
    expect(await d.remarks.get('hq-001-r3')).toBeUndefined();
    expect(await d.people.get('p-new')).toBeDefined();
    expect(await d.meta.get('corpus')).toMatchObject({ version: 'v2', state: 'ready' });
    expect(await userData(d)).toEqual(before);
  });

  it('keeps saved remarks and their edited notes through an update, and a remark the update dropped stays listed with its snapshot', async () => {
    const d = db();
    await seedCorpus(d, smallCorpus('v1'));
    await saveRemark(d, remarkView('hq-001-r3'), 10);
    const note = await addNote(d, remarkView('hq-001-r3'), '総務省の取組', 11);
    await addNote(d, remarkView('hq-001-r3'), '二つ目のメモ', 12);
    await updateNote(d, note.id!, '総務省の取組（情報通信）', 13);
    await addNote(d, remarkView('hq-034-r1'), 'パワーグリッド', 14);
    const before = await listSaved(d);
    const v2 = smallCorpus('v2');
    v2.remarks = v2.remarks.filter((r) => r.id !== 'hq-001-r3');
    await ensureSeeded(d, v2);
    const after = await listSaved(d);
    expect(after).toEqual(before);
    expect(after.find((e) => e.remarkId === 'hq-001-r3')!.notes.map((n) => [n.text, n.createdAt, n.updatedAt])).toEqual([
      ['総務省の取組（情報通信）', 11, 13],
      ['二つ目のメモ', 12, 12],
    ]);
    const byId = new Map(v2.remarks.map((r) => [r.id, r]));
    const resolved = resolveSaved(after, (id) => (byId.has(id) ? remarkView(id) : undefined));
    expect(resolved.map((e) => [e.remarkId, e.view !== null, e.snapshot?.text])).toEqual([
      ['hq-034-r1', true, expect.stringContaining('パワーグリッド')],
      ['hq-001-r3', false, '総務省としても<b>情報通信</b>の安全確保に取り組む。'],
    ]);
  });

  it('leaves the database as it was when an import fails mid-way', async () => {
    const d = db();
    await seedCorpus(d, smallCorpus('v1'));
    await addUserData(d);
    const metaBefore = await d.meta.get('corpus');
    const user = await userData(d);
    vi.spyOn(d.remarks, 'bulkPut').mockRejectedValue(new Error('QuotaExceededError'));
    const v2 = smallCorpus('v2');
    v2.people.push({ id: 'p-new', name: '新人物', aliases: [] });
    await expect(seedCorpus(d, v2)).rejects.toThrow('QuotaExceededError');
    vi.restoreAllMocks();
    expect(await d.meta.get('corpus')).toEqual(metaBefore);
    expect(await d.people.get('p-new')).toBeUndefined();
    expect(await d.remarks.count()).toBe(8);
    expect(await userData(d)).toEqual(user);
  });

  it('refuses a corpus with dangling references before writing anything', async () => {
    const d = db();
    const bad = smallCorpus('bad');
    bad.remarks[0].meetingId = 'no-such-meeting';
    await expect(seedCorpus(d, bad)).rejects.toThrow('unknown meeting');
    expect(await d.meta.get('corpus')).toBeUndefined();
    expect(await d.meetings.count()).toBe(0);
  });
});

describe('corpus access', () => {
  it('answers from the bundled corpus in memory until the database is seeded, then from the database', async () => {
    const d = db();
    const access = createCorpusAccess(d, async () => smallCorpus());
    expect((await access.queries()).source).toBe('memory');
    expect((await (await access.queries()).lookup('むらい'))[0].label).toBe('村井純');
    await access.ensureSeeded();
    const q = await access.queries();
    expect(q.source).toBe('db');
    expect((await q.lookup('むらい'))[0].label).toBe('村井純');
  });

  it('never reads a half-written database: an interrupted seed is answered from memory and redone', async () => {
    const d = db();
    // what a browser closed mid-seed leaves: the 'seeding' marker (and, in the worst case, stray rows)
    await d.meta.put({ key: 'corpus', version: 'test-1', state: 'seeding', startedAt: 1 });
    await d.people.put({ id: 'p-stray', name: '途中', aliases: [], keys: ['途中'] });
    const access = createCorpusAccess(d, async () => smallCorpus());
    const before = await access.queries();
    expect(before.source).toBe('memory');
    expect(await before.person('p-stray')).toBeUndefined();
    const report = await access.ensureSeeded();
    expect(report?.version).toBe('test-1');
    expect(await d.people.get('p-stray')).toBeUndefined();
    expect((await access.queries()).source).toBe('db');
  });

  it('runs one seed for concurrent callers (install and startup at once)', async () => {
    const d = db();
    const load = vi.fn(async () => smallCorpus());
    const access = createCorpusAccess(d, load);
    const [a, b] = await Promise.all([access.ensureSeeded(), access.ensureSeeded()]);
    expect(a).toBe(b);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('uses the new rows after an update, not a lookup index built from the old ones', async () => {
    const d = db();
    await seedCorpus(d, smallCorpus('v1'));
    const access = createCorpusAccess(d, async () => smallCorpus('v2'));
    expect(await (await access.queries()).lookup('しんじんぶつ')).toEqual([]);
    const v2 = smallCorpus('v2');
    v2.people.push({ id: 'p-new', name: '新人物', reading: 'しんじんぶつ', aliases: [] });
    await seedCorpus(d, v2);
    expect((await (await access.queries()).lookup('しんじんぶつ'))[0]?.label).toBe('新人物');
  });
});
