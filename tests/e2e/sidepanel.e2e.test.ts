import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../lib/corpus/types';
import { normalize } from '../../lib/text/normalize';
import { EXTENSION_DIR, useHarness } from './harness';
import { parseCsv } from './csv';

const corpus = JSON.parse(readFileSync(join(EXTENSION_DIR, 'corpus.json'), 'utf8')) as Corpus;
const meetingDate = new Map(corpus.meetings.map((m) => [m.id, m.date]));
const remarksHolding = (...words: string[]) =>
  corpus.remarks.filter((r) => words.every((w) => normalize(r.text).includes(normalize(w)))).map((r) => r.id);

/** Types a query and waits until the results are those of this query. */
async function searchFor(page: Page, query: string): Promise<void> {
  await page.getByRole('searchbox').fill(query);
  await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash))).toContain(`q=${query}`.replace(/ /g, '+'));
}

const shownIds = (page: Page) => page.locator('.ml-results > li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-remark-id')!));
const resultCount = async (page: Page) => Number(await page.locator('.ml-result-count').getAttribute('data-count'));

/** The part of the service worker's `chrome` the context-menu test touches (`dispatch` is Chromium's own). */
interface ServiceWorkerChrome {
  chrome: {
    tabs: { query(q: { url: string }): Promise<{ id?: number; windowId: number }[]> };
    contextMenus: { onClicked: { dispatch(info: Record<string, unknown>, tab: unknown): void } };
  };
}

describe('side panel in Chromium', () => {
  const h = useHarness({ locale: 'ja-JP', waitForSeed: false });

  it('finds 村井純’s 2022 remark by パワーグリッド, with the word marked', async () => {
    const page = await h.openSidePanel();
    await searchFor(page, 'パワーグリッド');
    const first = page.locator('.ml-results > li').first();
    await expect.poll(() => first.locator('.ml-remark-speaker').textContent()).toBe('村井純');
    expect(await first.locator('time').getAttribute('datetime')).toBe('2022-06-17');
    expect(await first.locator('mark').first().textContent()).toBe('パワーグリッド');
    await page.close();
  });

  it('finds with 中小企業 対策 the remarks holding both words first, then those holding one as partial matches', async () => {
    const page = await h.openSidePanel();
    await searchFor(page, '中小企業 対策');
    const expected = remarksHolding('中小企業', '対策');
    expect(expected.length).toBeGreaterThan(1);
    const fullCount = page.locator('.ml-full-count');
    // 中小企業 is a concept of the thesaurus: 中小組織 counts too, so the full matches are at least the literal ones.
    await expect.poll(async () => Number(await fullCount.getAttribute('data-full'))).toBeGreaterThanOrEqual(expected.length);
    const full = Number(await fullCount.getAttribute('data-full'));
    expect(full).toBeLessThan(expected.length + 3);
    expect(await resultCount(page)).toBeGreaterThan(full);
    const shown = await shownIds(page);
    expect(shown.slice(0, full)).toEqual(expect.arrayContaining(expected));
    expect(
      await page
        .locator('.ml-results > li')
        .nth(full - 1)
        .locator('.ml-partial')
        .count(),
    ).toBe(0);
    expect(await page.locator('.ml-results > li').nth(full).locator('.ml-partial').textContent()).toBe('部分一致: 2語中1語');
    await page.close();
  });

  it('analyses a Japanese query against the corpus vocabulary, without loading kuromoji: 中小企業のセキュリティ対策', async () => {
    const page = await h.openSidePanel('#/search?q=' + encodeURIComponent('中小企業のセキュリティ対策'));
    await expect.poll(() => page.locator('.ml-result-count').getAttribute('data-query')).toBe('中小企業のセキュリティ対策');
    // Analysed into two concepts of the thesaurus: SMEs and security measures.
    await expect
      .poll(() => page.locator('.ml-query-chip').allTextContents())
      .toEqual([expect.stringMatching(/^中小企業 = 概念: 中小企業/), expect.stringMatching(/^セキュリティ対策 = 概念: セキュリティ対策/)]);
    await expect.poll(() => page.locator('.ml-results > li').first().getAttribute('data-remark-id')).toBeTruthy();
    const firstId = (await shownIds(page))[0];
    const first = corpus.remarks.find((r) => r.id === firstId)!;
    expect(first.text).toContain('中小企業');
    expect(first.text).toMatch(/セキュリティ対策/);
    await page.close();
  });

  it('narrows by speaker and by date range', async () => {
    const page = await h.openSidePanel();
    await searchFor(page, 'サイバー');
    const all = await resultCount(page);
    await page.getByText('絞り込み').click();
    await page
      .getByRole('group', { name: '発言者' })
      .getByRole('checkbox', { name: /村井純/ })
      .check();
    const murai = corpus.remarks.filter((r) => r.speakerId === 'p-murai-jun' && normalize(r.text).includes('サイバー'));
    await expect.poll(() => resultCount(page)).toBe(murai.length);
    expect(murai.length).toBeLessThan(all);
    expect(new Set(await page.locator('.ml-results .ml-remark-speaker').allTextContents())).toEqual(new Set(['村井純']));

    await page.getByLabel('開始日').fill('2022-01-01');
    await page.getByLabel('終了日').fill('2022-12-31');
    const in2022 = murai.filter((r) => meetingDate.get(r.meetingId)!.startsWith('2022'));
    await expect.poll(() => resultCount(page)).toBe(in2022.length);
    expect(in2022.length).toBeGreaterThan(0);
    expect(in2022.length).toBeLessThan(murai.length);
    const dates = await page.locator('.ml-results time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
    expect(dates.every((d) => d >= '2022-01-01' && d <= '2022-12-31')).toBe(true);
    await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash))).toContain('speaker=p-murai-jun');
    await page.close();
  });

  it('opens a permalink on the right remark, in its meeting, and follows hash changes', async () => {
    const target = corpus.remarks.find((r) => r.text.includes('パワーグリッド'))!;
    const page = await h.openSidePanel(`#/remark/${target.id}`);
    const full = page.locator('.ml-remark-full');
    await expect.poll(() => full.getAttribute('data-remark-id')).toBe(target.id);
    expect(await full.locator('.ml-remark-text').textContent()).toBe(target.text);
    expect(await page.locator('.ml-meeting time').first().getAttribute('datetime')).toBe('2022-06-17');
    expect(await page.getByRole('list', { name: '直前の発言' }).count()).toBe(1);

    const other = corpus.remarks.find((r) => r.meetingId !== target.meetingId)!;
    await page.evaluate((id) => (location.hash = `#/remark/${id}`), other.id);
    await expect.poll(() => full.getAttribute('data-remark-id')).toBe(other.id);
    await page.close();
  });

  it('exports as CSV the rows it shows, with a byte order mark for Excel', async () => {
    const page = await h.openSidePanel();
    await searchFor(page, '中小企業 対策');
    await expect.poll(() => resultCount(page)).toBeGreaterThan(0);
    const shown = await shownIds(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV' }).click()]);
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(bytes.toString('utf8').slice(1));
    expect(header.slice(0, 3)).toEqual(['id', 'date', 'body']);
    // Every result is exported, the partial matches too; the panel renders the first page of them.
    expect(rows.length).toBe(await resultCount(page));
    expect(rows.map((r) => r[0]).slice(0, shown.length)).toEqual(shown);
    const textColumn = header.indexOf('text');
    for (const r of rows) expect(r[textColumn]).toBe(corpus.remarks.find((x) => x.id === r[0])!.text);
    await page.close();
  });

  it('moves through results with the keyboard and opens one with Enter', async () => {
    const page = await h.openSidePanel();
    await searchFor(page, '中小企業 対策');
    await expect.poll(() => resultCount(page)).toBeGreaterThan(1);
    const ids = await shownIds(page);
    await page.getByRole('searchbox').press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.ml-remark-full').getAttribute('data-remark-id')).toBe(ids[1]);
    await page.getByRole('button', { name: /検索に戻る/ }).click();
    await expect.poll(() => page.getByRole('searchbox').inputValue()).toBe('中小企業 対策');
    await page.close();
  });

  it('looks up selected text from the context menu in the panel', async () => {
    const article = await h.openFixture('news-ja.html');
    const sw = await h.serviceWorker();
    // Headless Chromium cannot click a context menu; the menu's own click event is dispatched to the background's
    // listener instead. Without a user gesture Chrome refuses sidePanel.open, so the lookup opens as a tab.
    const opened = h.context.waitForEvent('page', { predicate: (p) => p.url().includes('sidepanel.html') });
    await sw.evaluate(async (pageUrl) => {
      const { chrome } = globalThis as unknown as ServiceWorkerChrome;
      const [tab] = await chrome.tabs.query({ url: pageUrl });
      chrome.contextMenus.onClicked.dispatch(
        { menuItemId: 'minutes-lens-lookup', selectionText: 'パワーグリッド', editable: false, pageUrl },
        tab,
      );
    }, article.url());
    const panel = await opened;
    await expect.poll(() => panel.getByRole('searchbox').inputValue()).toBe('パワーグリッド');
    await expect.poll(() => panel.locator('.ml-results .ml-remark-speaker').first().textContent()).toBe('村井純');
    await panel.close();
    await article.close();
  });
});
