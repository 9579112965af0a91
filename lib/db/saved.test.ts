import { afterEach, describe, expect, it } from 'vitest';
import type { RemarkView } from '../corpus/views';
import { citeRemarkIn } from './saved-citation';
import { type SavedExportRow, savedExportRow, savedToCsv, savedToJson } from './saved-export';
import { formatTimestamp } from './saved-time';
import {
  addNote,
  deleteNote,
  filterSaved,
  listSaved,
  notesOf,
  resolveSaved,
  restoreSaved,
  saveRemark,
  savedIds,
  unsaveRemark,
  updateNote,
} from './saved';
import type { MinutesDb } from './schema';
import { fakeDb } from './testing/fake-db';
import { remarkView } from './testing/views';

let db: MinutesDb;
afterEach(() => db?.close());

const inCorpus = (id: string): RemarkView | undefined => {
  try {
    return remarkView(id);
  } catch {
    return undefined;
  }
};

describe('bookmarks', () => {
  it('save a remark with a snapshot of it and its citation in both languages, once', async () => {
    db = fakeDb();
    await saveRemark(db, remarkView('hq-034-r1'), 1000);
    await saveRemark(db, remarkView('hq-034-r1'), 2000);
    expect(await savedIds(db)).toEqual(new Set(['hq-034-r1']));
    const [entry] = await listSaved(db);
    expect(entry.savedAt).toBe(1000);
    expect(entry.snapshot).toMatchObject({
      meetingId: 'hq-034',
      date: '2022-06-17',
      speaker: '村井純',
      role: '慶應義塾大学教授',
      text: expect.stringContaining('パワーグリッド'),
      citation: {
        ja: 'サイバーセキュリティ戦略本部「第34回会合 議事概要」（2022年6月17日）村井純（慶應義塾大学教授）発言',
        en: 'Cybersecurity Strategic Headquarters, "Summary of the 34th Meeting" [第34回会合 議事概要], 17 Jun 2022, remark by Jun Murai (村井純, 慶應義塾大学教授)',
      },
    });
  });

  it('list the most recently saved first', async () => {
    db = fakeDb();
    await saveRemark(db, remarkView('hq-001-r2'), 1);
    await saveRemark(db, remarkView('hq-036-r2'), 3);
    await saveRemark(db, remarkView('hq-034-r2'), 2);
    expect((await listSaved(db)).map((e) => e.remarkId)).toEqual(['hq-036-r2', 'hq-034-r2', 'hq-001-r2']);
  });

  it('remove a remark with its notes, and undo puts both back as they were', async () => {
    db = fakeDb();
    await saveRemark(db, remarkView('hq-001-r2'), 1);
    await addNote(db, remarkView('hq-001-r2'), 'first', 2);
    await addNote(db, remarkView('hq-001-r2'), 'second', 3);
    await saveRemark(db, remarkView('hq-034-r1'), 4);
    const before = await listSaved(db);
    const removed = await unsaveRemark(db, 'hq-001-r2');
    expect(removed.notes.map((n) => n.text)).toEqual(['first', 'second']);
    expect(await savedIds(db)).toEqual(new Set(['hq-034-r1']));
    expect(await db.notes.count()).toBe(0);
    await restoreSaved(db, removed);
    expect(await listSaved(db)).toEqual(before);
  });
});

describe('notes', () => {
  it('saves the remark when the first note is written, keeps several notes oldest first, trimmed', async () => {
    db = fakeDb();
    await addNote(db, remarkView('hq-036-r1'), '  横の連携 \n', 10);
    await addNote(db, remarkView('hq-036-r1'), 'ACDとの関係を確認', 20);
    expect(await savedIds(db)).toEqual(new Set(['hq-036-r1']));
    expect((await notesOf(db, 'hq-036-r1')).map((n) => [n.text, n.createdAt, n.updatedAt])).toEqual([
      ['横の連携', 10, 10],
      ['ACDとの関係を確認', 20, 20],
    ]);
    await expect(addNote(db, remarkView('hq-036-r1'), '   ')).rejects.toThrow();
  });

  it('are edited with a new updated date, left alone when unchanged, and deleted when emptied or deleted', async () => {
    db = fakeDb();
    const a = await addNote(db, remarkView('hq-036-r1'), 'a', 10);
    const b = await addNote(db, remarkView('hq-036-r1'), 'b', 11);
    expect(await updateNote(db, a.id!, 'a (checked)', 50)).toMatchObject({ text: 'a (checked)', createdAt: 10, updatedAt: 50 });
    expect(await updateNote(db, a.id!, ' a (checked) ', 60)).toMatchObject({ updatedAt: 50 });
    expect(await updateNote(db, b.id!, '  ', 70)).toBeUndefined();
    expect((await notesOf(db, 'hq-036-r1')).map((n) => n.text)).toEqual(['a (checked)']);
    const removed = await deleteNote(db, a.id!);
    expect(await notesOf(db, 'hq-036-r1')).toEqual([]);
    expect(await savedIds(db)).toEqual(new Set(['hq-036-r1']));
    await restoreSaved(db, removed);
    expect((await notesOf(db, 'hq-036-r1'))[0]).toMatchObject({ id: a.id, text: 'a (checked)', updatedAt: 50 });
  });

  it('without a bookmark (older data) are still listed, as saved when first written', async () => {
    db = fakeDb();
    await db.notes.add({ remarkId: 'hq-001-r3', text: 'orphan', createdAt: 5, updatedAt: 5 });
    await saveRemark(db, remarkView('hq-001-r2'), 3);
    expect((await listSaved(db)).map((e) => [e.remarkId, e.savedAt, e.notes.length])).toEqual([
      ['hq-001-r3', 5, 1],
      ['hq-001-r2', 3, 0],
    ]);
  });
});

describe('saved list against the corpus', () => {
  it('marks a remark the corpus no longer holds and keeps what was saved of it', async () => {
    db = fakeDb();
    await saveRemark(db, remarkView('hq-034-r1'), 1);
    await saveRemark(db, remarkView('hq-036-r3'), 2);
    const resolved = resolveSaved(await listSaved(db), (id) => (id === 'hq-034-r1' ? undefined : inCorpus(id)));
    expect(resolved.map((e) => [e.remarkId, e.view !== null])).toEqual([
      ['hq-036-r3', true],
      ['hq-034-r1', false],
    ]);
    const gone = savedExportRow(resolved[1], 'ja');
    expect(gone).toMatchObject({ id: 'hq-034-r1', inCorpus: false, speaker: '村井純', date: '2022-06-17', meeting: 'サイバーセキュリティ戦略本部 第34回会合' });
    expect(gone.citation).toBe(citeRemarkIn(remarkView('hq-034-r1'), 'ja'));
    expect(savedExportRow(resolved[1], 'en').citation).toBe(citeRemarkIn(remarkView('hq-034-r1'), 'en'));
  });

  it('filters by every word in text, speaker, meeting, date and notes, after normalisation', async () => {
    db = fakeDb();
    await saveRemark(db, remarkView('hq-001-r2'), 1);
    await saveRemark(db, remarkView('hq-034-r2'), 2);
    await addNote(db, remarkView('hq-034-r2'), '法制度の論点', 3);
    const all = resolveSaved(await listSaved(db), inCorpus);
    const ids = (q: string) => filterSaved(all, q).map((e) => e.remarkId);
    expect(ids('')).toEqual(['hq-034-r2', 'hq-001-r2']);
    expect(ids('ＮＩＳＣ')).toEqual(['hq-001-r2']);
    expect(ids('村井 2015')).toEqual(['hq-001-r2']);
    expect(ids('法制度')).toEqual(['hq-034-r2']);
    expect(ids('murai')).toEqual(['hq-001-r2']);
    expect(ids('村井 法制度')).toEqual([]);
  });
});

describe('saved export', () => {
  async function rows(lang: 'ja' | 'en') {
    db = fakeDb();
    await saveRemark(db, remarkView('hq-036-r2'), Date.UTC(2026, 10, 29, 9, 0));
    await addNote(db, remarkView('hq-036-r2'), '書面提出。"要確認", 次回', Date.UTC(2026, 10, 29, 9, 5));
    await addNote(db, remarkView('hq-036-r2'), '二つ目\n改行あり', Date.UTC(2026, 10, 29, 9, 6));
    await saveRemark(db, remarkView('hq-034-r1'), Date.UTC(2026, 10, 29, 10, 0));
    return resolveSaved(await listSaved(db), inCorpus).map((e) => savedExportRow(e, lang));
  }

  it('writes CSV with a byte order mark, CRLF, the notes in one quoted cell and the citation in the UI language', async () => {
    const csv = savedToCsv(await rows('en'));
    expect(csv.startsWith('\uFEFFid,meeting,date,speaker,role,section,written,text,notes,citation,savedAt,inCorpus\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain('"書面提出。""要確認"", 次回\n\n二つ目\n改行あり"');
    expect(csv).toContain(',"Cybersecurity Strategic Headquarters, ""Summary of the 36th Meeting"" [第36回会合 議事概要], 4 Jul 2023, written submission by Sanae Takaichi (高市早苗, 経済安全保障担当大臣)",2026-11-29T09:00:00.000Z,true\r\n');
    expect(csv.split('\r\n')[1].startsWith('hq-034-r1,サイバーセキュリティ戦略本部 第34回会合,2022-06-17,村井純,慶應義塾大学教授,討議,false,')).toBe(true);
  });

  it('writes JSON with the same rows, each note with its dates', async () => {
    const r = await rows('ja');
    const json = JSON.parse(savedToJson(r, { filter: '', lang: 'ja', corpusVersion: 'test-1', exportedAt: Date.UTC(2026, 10, 29, 11) })) as { saved: SavedExportRow[] };
    expect(json).toMatchObject({ kind: 'minutes-lens-saved', lang: 'ja', corpusVersion: 'test-1', count: 2, exportedAt: '2026-11-29T11:00:00.000Z' });
    expect(json.saved).toEqual(r);
    expect(json.saved[1].notes).toEqual([
      { text: '書面提出。"要確認", 次回', createdAt: '2026-11-29T09:05:00.000Z', updatedAt: '2026-11-29T09:05:00.000Z' },
      { text: '二つ目\n改行あり', createdAt: '2026-11-29T09:06:00.000Z', updatedAt: '2026-11-29T09:06:00.000Z' },
    ]);
    expect(json.saved[1].citation).toBe('サイバーセキュリティ戦略本部「第36回会合 議事概要」（2023年7月4日）高市早苗（経済安全保障担当大臣）書面提出');
  });
});

describe('English citation', () => {
  it('cites an unnamed speaker by the printed label and uses ordinals', () => {
    const view = remarkView('hq-036-r3');
    expect(citeRemarkIn(view, 'en')).toBe('Cybersecurity Strategic Headquarters, "Summary of the 36th Meeting" [第36回会合 議事概要], 4 Jul 2023, remark by 委員');
    const first = remarkView('hq-001-r1');
    expect(citeRemarkIn(first, 'en')).toContain('"Summary of the 1st Meeting" [第1回会合 議事概要], 10 Feb 2015, remark by Yoshihide Suga (菅義偉, 本部長（内閣官房長官）)');
    for (const [n, s] of [[2, '2nd'], [3, '3rd'], [11, '11th'], [12, '12th'], [13, '13th'], [21, '21st'], [22, '22nd'], [104, '104th']] as const) {
      expect(citeRemarkIn({ ...first, meeting: { ...first.meeting, number: n } }, 'en')).toContain(`"Summary of the ${s} Meeting"`);
    }
  });
});

describe('timestamps', () => {
  it('are written in the reader’s time zone and language', () => {
    const ms = Date.UTC(2026, 10, 29, 15, 5);
    expect(formatTimestamp(ms, 'ja', 'Asia/Tokyo')).toBe('2026年11月30日 00:05');
    expect(formatTimestamp(ms, 'en', 'UTC')).toBe('29 Nov 2026, 15:05');
  });
});
