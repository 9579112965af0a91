import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../lib/corpus/types';
import { EXTENSION_DIR, useHarness } from './harness';
import { parseCsv } from './csv';

/**
 * Keeping what one found, in Chromium with the built extension: bookmark a remark from the search results, write and
 * edit notes on it, find it in the saved view (#/saved), export it as CSV and JSON and check the files hold what the
 * view shows, filter, remove and undo; a saved remark the corpus no longer holds stays listed as such.
 */

const corpus = JSON.parse(readFileSync(join(EXTENSION_DIR, 'corpus.json'), 'utf8')) as Corpus;
const target = corpus.remarks.find((r) => r.text.includes('パワーグリッド'))!;

/** The JSON export's shape, as far as the test reads it (lib/db/saved-export.ts). */
interface SavedJson {
  kind: string;
  lang: string;
  filter: string;
  count: number;
  corpusVersion: string;
  saved: {
    id: string;
    text: string;
    citation: string;
    savedAt: string;
    inCorpus: boolean;
    speaker: string;
    notes: { text: string; updatedAt: string }[];
  }[];
}

async function downloaded(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const group = page.getByRole('group', { name: '保存した発言を書き出す' });
  const [download] = await Promise.all([page.waitForEvent('download'), group.getByRole('button', { name: button }).click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

/** Writes a bookmark row straight into the extension's IndexedDB, as a bookmark of a remark an import later removed. */
async function putBookmark(page: Page, row: object): Promise<void> {
  await page.evaluate(
    (value) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('minutes-lens');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const tx = open.result.transaction('bookmarks', 'readwrite');
          tx.objectStore('bookmarks').put(value);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(new Error(String(tx.error)));
        };
      }),
    row,
  );
}

describe('saved remarks and notes in Chromium', () => {
  const h = useHarness({ locale: 'ja-JP' });

  it('bookmarks a result, keeps notes on it, lists it in #/saved, exports what is shown as CSV and JSON, and removes it', async () => {
    const page = await h.openSidePanel();
    await page.getByRole('searchbox').fill('パワーグリッド');
    const result = page.locator(`.ml-results > li[data-remark-id="${target.id}"]`);
    const toggle = result.getByRole('button', { name: '保存' });
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.getByRole('link', { name: /保存した発言/ }).textContent()).toContain('保存した発言（1）');

    // Notes on the remark view: add two, edit the first (saved on leaving the box), check they survive a reload.
    await result.locator('.ml-remark-open').click();
    await expect.poll(() => page.locator('.ml-remark-full').getAttribute('data-remark-id')).toBe(target.id);
    expect(await page.locator('.ml-remark-full').getByRole('button', { name: '保存' }).getAttribute('aria-pressed')).toBe('true');
    const newNote = page.getByRole('textbox', { name: '新しいメモ' });
    await newNote.fill('電力網の切替え');
    await page.getByRole('button', { name: 'メモを追加' }).click();
    const first = page.getByRole('textbox', { name: 'メモ 1' });
    await expect.poll(() => first.inputValue()).toBe('電力網の切替え');
    expect(await newNote.inputValue()).toBe('');
    await newNote.fill('要確認: "ロシア系", ヨーロッパ系\n2022年の状況');
    await newNote.press('Control+Enter');
    await expect
      .poll(() => page.getByRole('textbox', { name: 'メモ 2' }).inputValue())
      .toBe('要確認: "ロシア系", ヨーロッパ系\n2022年の状況');
    await first.fill('電力網（パワーグリッド）の切替えテスト');
    // the note's own save button is disabled once the database holds what the box shows: the edit was saved on Tab
    const saveFirst = page.locator('.ml-note').first().getByRole('button', { name: 'メモを保存' });
    expect(await saveFirst.isDisabled()).toBe(false);
    await first.press('Tab');
    await expect.poll(() => saveFirst.isDisabled()).toBe(true);
    expect(await page.locator('.ml-note').first().locator('time').textContent()).toMatch(/^更新 \d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d$/);
    await page.reload();
    await expect.poll(() => page.getByRole('textbox', { name: 'メモ 1' }).inputValue()).toBe('電力網（パワーグリッド）の切替えテスト');
    const notes = ['電力網（パワーグリッド）の切替えテスト', '要確認: "ロシア系", ヨーロッパ系\n2022年の状況'];

    // The saved view, from the panel's navigation.
    await page.getByRole('link', { name: /保存した発言/ }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/saved');
    const item = page.locator(`.ml-saved-list > li[data-remark-id="${target.id}"]`);
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.locator('.ml-remark-speaker').textContent()).toBe('村井純');
    expect(await item.locator('.ml-remark-meta time').getAttribute('datetime')).toBe('2022-06-17');
    expect(await item.locator('.ml-snippet').textContent()).toContain('パワーグリッド');
    expect(await item.locator('.ml-saved-note-text').allTextContents()).toEqual(notes);
    const citation = (await item.locator('.ml-citation').textContent())!;
    expect(citation).toBe('サイバーセキュリティ戦略本部「第34回会合 議事概要」（2022年6月17日）村井純（慶應義塾大学教授）発言');
    const savedAt = (await item.locator('.ml-saved-at time').getAttribute('datetime'))!;

    // CSV: byte order mark, one row per shown remark, the notes and citation as shown.
    const csv = await downloaded(page, 'CSV');
    expect(csv.name).toBe('minutes-lens-saved.csv');
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(csv.bytes.toString('utf8').slice(1));
    expect(header).toEqual([
      'id',
      'meeting',
      'date',
      'speaker',
      'role',
      'section',
      'written',
      'text',
      'notes',
      'citation',
      'savedAt',
      'inCorpus',
    ]);
    expect(rows).toHaveLength(1);
    const row = Object.fromEntries(header.map((c, i) => [c, rows[0][i]]));
    expect(row).toMatchObject({
      id: target.id,
      date: '2022-06-17',
      speaker: '村井純',
      role: '慶應義塾大学教授',
      text: target.text,
      notes: notes.join('\n\n'),
      citation,
      savedAt,
      inCorpus: 'true',
    });
    expect(row.meeting).toBe('サイバーセキュリティ戦略本部 第34回会合');

    // JSON: the same row, each note with its dates.
    const json = JSON.parse((await downloaded(page, 'JSON')).bytes.toString('utf8')) as SavedJson;
    expect(json).toMatchObject({ kind: 'minutes-lens-saved', lang: 'ja', filter: '', count: 1, corpusVersion: corpus.version });
    expect(json.saved[0]).toMatchObject({ id: target.id, text: target.text, citation, savedAt, inCorpus: true, speaker: '村井純' });
    expect(json.saved[0].notes.map((n) => n.text)).toEqual(notes);
    const shownTimes = await item.locator('.ml-saved-note time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
    expect(json.saved[0].notes.map((n) => n.updatedAt)).toEqual(shownTimes);

    // Filtering within saved: by a word of a note, and by one nothing holds.
    const filter = page.getByRole('searchbox', { name: '保存した発言を絞り込む' });
    await filter.fill('電力網');
    await expect.poll(() => page.locator('.ml-saved-list > li').count()).toBe(1);
    await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash))).toBe('#/saved?q=電力網');
    await filter.fill('存在しない語');
    await expect.poll(() => page.getByText('絞り込みに一致する保存済みの発言はありません').count()).toBe(1);
    expect(await page.getByRole('group', { name: '保存した発言を書き出す' }).getByRole('button', { name: 'CSV' }).isDisabled()).toBe(true);
    await filter.fill('');

    // Open in context, and back to the saved list (not to the search).
    await item.getByRole('button', { name: '文脈で開く' }).click();
    await expect.poll(() => page.locator('.ml-remark-full').getAttribute('data-remark-id')).toBe(target.id);
    await page.getByRole('button', { name: '← 保存した発言に戻る' }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/saved');
    await expect.poll(() => item.count()).toBe(1);

    // Remove, undo, remove again.
    await item.getByRole('button', { name: '保存から削除' }).click();
    await expect.poll(() => item.count()).toBe(0);
    const notice = page.locator('.ml-saved-notice');
    expect(await notice.textContent()).toContain('保存から削除しました（メモ 2 件も削除）');
    await notice.getByRole('button', { name: '元に戻す' }).click();
    await expect.poll(() => item.locator('.ml-saved-note-text').allTextContents()).toEqual(notes);
    await item.getByRole('button', { name: '保存から削除' }).click();
    await expect.poll(() => page.getByText('まだ保存した発言はありません', { exact: false }).count()).toBe(1);
    await expect.poll(() => page.getByRole('link', { name: /保存した発言/ }).textContent()).toContain('保存した発言（0）');

    // The search results show it unsaved again.
    await page.evaluate(() => (location.hash = '#/search?q=' + encodeURIComponent('パワーグリッド')));
    await expect.poll(() => result.getByRole('button', { name: '保存' }).getAttribute('aria-pressed')).toBe('false');
    await page.close();
  });

  it('lists a saved remark the corpus no longer holds as such, with what was saved of it', async () => {
    const page = await h.openSidePanel('#/saved');
    const citation = 'サイバーセキュリティ戦略本部「第99回会合 議事概要」（2030年1月1日）某委員発言';
    await putBookmark(page, {
      remarkId: 'imported-gone-r1',
      createdAt: Date.now(),
      snapshot: {
        meetingId: 'imported-gone',
        body: 'サイバーセキュリティ戦略本部',
        meetingNumber: 99,
        meetingTitle: '第99回会合',
        date: '2030-01-01',
        section: '討議',
        speakerId: null,
        speaker: '某委員',
        role: '',
        written: false,
        text: '取り込んだ後に削除された議事概要の発言。',
        citation: { ja: citation, en: 'Cybersecurity Strategic Headquarters, "Summary of the 99th Meeting"' },
      },
    });
    await page.reload();
    const item = page.locator('.ml-saved-list > li[data-remark-id="imported-gone-r1"]');
    await expect.poll(() => item.getAttribute('data-in-corpus')).toBe('false');
    expect(await item.locator('.ml-gone').textContent()).toBe('この発言は現在のコーパスにありません（保存した時点の内容）');
    expect(await item.locator('.ml-citation').textContent()).toBe(citation);
    expect(await item.locator('.ml-snippet').textContent()).toBe('取り込んだ後に削除された議事概要の発言。');
    expect(await item.getByRole('button', { name: '文脈で開く' }).count()).toBe(0);
    const [header, ...rows] = parseCsv((await downloaded(page, 'CSV')).bytes.toString('utf8').slice(1));
    const row = Object.fromEntries(header.map((c, i) => [c, rows[0][i]]));
    expect(row).toMatchObject({
      id: 'imported-gone-r1',
      citation,
      inCorpus: 'false',
      text: '取り込んだ後に削除された議事概要の発言。',
      date: '2030-01-01',
    });
    await item.getByRole('button', { name: '保存から削除' }).click();
    await expect.poll(() => item.count()).toBe(0);
    await page.close();
  });
});
