import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dexieQueries } from './dexie-queries';
import { memoryQueries } from './memory-queries';
import type { CorpusQueries } from './queries';
import type { MinutesDb } from './schema';
import { seedCorpus } from './seed';
import { fakeDb } from './testing/fake-db';
import { smallCorpus } from './testing/small-corpus';

/** Both implementations must answer alike: the memory one stands in for the database until seeding finishes. */
const implementations: [string, () => Promise<CorpusQueries>][] = [
  ['memory', async () => memoryQueries(smallCorpus())],
  [
    'dexie',
    async () => {
      const db = fakeDb();
      opened.push(db);
      await seedCorpus(db, smallCorpus(), 3);
      return dexieQueries(db);
    },
  ],
];
const opened: MinutesDb[] = [];
afterAll(() => opened.splice(0).forEach((db) => db.close()));

describe.each(implementations)('%s queries', (_name, make) => {
  let q: CorpusQueries;
  beforeAll(async () => {
    q = await make();
  });

  it('finds a person by id and by any alias, reading or romaji', async () => {
    expect((await q.person('p-murai-jun'))?.name).toBe('村井純');
    for (const alias of ['村井純', '村井 純', 'むらいじゅん', 'Murai Jun', 'jun murai']) {
      expect((await q.peopleByAlias(alias)).map((p) => p.id)).toEqual(['p-murai-jun']);
    }
    expect(await q.peopleByAlias('村井')).toEqual([]);
  });

  it('returns people and terms in the contract shape, without index columns', async () => {
    expect(await q.person('p-murai-jun')).toEqual(smallCorpus().people[0]);
    expect(await q.term('t-nisc')).toEqual(smallCorpus().terms[1]);
  });

  it('finds a term by label, synonym with or without middle dots, and English name', async () => {
    for (const alias of [
      '能動的サイバー防御',
      'アクティブサイバーディフェンス',
      'アクティブ・サイバー・ディフェンス',
      'Active Cyber Defense',
    ]) {
      expect((await q.termsByAlias(alias)).map((t) => t.id)).toEqual(['t-active-cyber-defense']);
    }
  });

  it("lists a person's remarks newest first, with meeting, speaker and role", async () => {
    const views = await q.remarksByPerson('p-murai-jun');
    expect(views.map((v) => v.meeting.date)).toEqual(['2023-07-04', '2022-06-17', '2015-02-10']);
    expect(views[0].speaker?.name).toBe('村井純');
    expect(views[0].role).toBe('慶應義塾大学教授');
    expect(Object.keys(views[0].remark)).not.toContain('date');
    expect((await q.remarksByPerson('p-murai-jun', 2)).map((v) => v.remark.id)).toEqual(['hq-036-r1', 'hq-034-r1']);
  });

  it('keeps remarks of one meeting in spoken order when a limit cuts inside that meeting', async () => {
    const all = await q.remarksByTerm('t-active-cyber-defense');
    expect(all.map((v) => v.remark.id)).toEqual(['hq-036-r1', 'hq-036-r2', 'hq-034-r2']);
    expect((await q.remarksByTerm('t-active-cyber-defense', 1)).map((v) => v.remark.id)).toEqual(['hq-036-r1']);
  });

  it('lists the remarks of a meeting in spoken order, an unnamed speaker as null', async () => {
    const views = await q.remarksByMeeting('hq-036');
    expect(views.map((v) => v.remark.order)).toEqual([1, 2, 3]);
    expect(views[2].speaker).toBeNull();
    expect(views[2].role).toBeUndefined();
  });

  it('gives person details with every appearance oldest first, absences included', async () => {
    const d = await q.entityDetails({ kind: 'person', id: 'p-takaichi-sanae' });
    expect(d?.kind).toBe('person');
    if (d?.kind !== 'person') return;
    expect(d.appearances.map((a) => [a.meeting.date, a.role, a.absent])).toEqual([
      ['2015-02-10', '総務大臣', false],
      ['2023-07-04', '経済安全保障担当大臣', true],
    ]);
    expect(d.remarks.map((v) => v.remark.id)).toEqual(['hq-036-r2', 'hq-001-r3']);
    expect(d.remarks[0].remark.written).toBe(true);
  });

  it('gives term details with the remarks that mention it', async () => {
    const d = await q.entityDetails({ kind: 'term', id: 't-nisc' });
    expect(d?.kind === 'term' && d.remarks.map((v) => v.meeting.date)).toEqual(['2023-07-04', '2015-02-10']);
  });

  it('gives body details: its meetings newest first and a few remarks from the newest, and knows listed bodies without minutes', async () => {
    const corpus = smallCorpus();
    const name = corpus.meetings[0].body;
    const d = await q.entityDetails({ kind: 'body', id: name });
    expect(d?.kind).toBe('body');
    if (d?.kind !== 'body') return;
    const held = corpus.meetings.filter((m) => m.body === name).sort((a, b) => b.date.localeCompare(a.date));
    expect(d.meetings.map((m) => m.id)).toEqual(held.map((m) => m.id));
    expect(d.remarks.length).toBeGreaterThan(0);
    expect(d.remarks.length).toBeLessThanOrEqual(5);
    expect(d.remarks.every((r) => r.meeting.body === name)).toBe(true);
    expect(d.remarks[0].meeting.id).toBe(held[0].id);
    const listed = await q.entityDetails({ kind: 'body', id: '情報セキュリティ政策会議' });
    expect(listed?.kind === 'body' && listed.meetings).toEqual([]);
    expect(await q.entityDetails({ kind: 'body', id: '存在しない会議' })).toBeUndefined();
  });

  it('answers undefined for an unknown id', async () => {
    expect(await q.entityDetails({ kind: 'person', id: 'nobody' })).toBeUndefined();
    expect(await q.entityDetails({ kind: 'term', id: 'nothing' })).toBeUndefined();
  });

  it('looks up by prefix in kanji, kana and romaji', async () => {
    for (const query of ['村井', 'むらい', 'murai']) expect((await q.lookup(query))[0].ref).toEqual({ kind: 'person', id: 'p-murai-jun' });
    expect((await q.lookup('のうどう'))[0].ref).toEqual({ kind: 'term', id: 't-active-cyber-defense' });
  });

  it('lists meetings oldest first and reports the corpus version', async () => {
    expect((await q.meetings()).map((m) => m.id)).toEqual(['hq-001', 'hq-034', 'hq-036']);
    expect(await q.info()).toEqual({ version: 'test-1', dataDate: '2023-07-04' });
  });
});
