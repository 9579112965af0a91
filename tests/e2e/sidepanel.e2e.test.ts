import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../lib/corpus/types';
import { normalize } from '../../lib/text/normalize';
import { EXTENSION_DIR, useHarness } from './harness';

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

/** RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
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

  it('finds with 中小企業 対策 exactly the remarks holding both words', async () => {
    const page = await h.openSidePanel();
    await searchFor(page, '中小企業 対策');
    const expected = remarksHolding('中小企業', '対策');
    expect(expected.length).toBeGreaterThan(1);
    expect(expected.length).toBeLessThan(remarksHolding('中小企業').length + remarksHolding('対策').length);
    await expect.poll(() => resultCount(page)).toBe(expected.length);
    expect((await shownIds(page)).sort()).toEqual([...expected].sort());
    await page.close();
  });

  it('analyses a Japanese query with kuromoji once the worker is ready: 中小企業のセキュリティ対策', async () => {
    const page = await h.openSidePanel('#/search?q=' + encodeURIComponent('中小企業のセキュリティ対策'));
    await expect.poll(() => page.locator('.ml-search-status').getAttribute('data-analyzer'), { timeout: 30_000 }).toBe('ready');
    await expect.poll(() => page.locator('.ml-query-chip').allTextContents()).toEqual(['中小企業', 'セキュリティ', '対策']);
    const expected = remarksHolding('中小企業', 'セキュリティ', '対策');
    await expect.poll(() => resultCount(page)).toBe(expected.length);
    await page.close();
  });

  it('narrows by speaker and by date range', async () => {
    const page = await h.openSidePanel();
    await searchFor(page, 'サイバー');
    const all = await resultCount(page);
    await page.getByText('絞り込み').click();
    await page.getByRole('group', { name: '発言者' }).getByRole('checkbox', { name: /村井純/ }).check();
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
    expect(decodeURIComponent(await page.evaluate(() => location.hash))).toContain('speaker=p-murai-jun');
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
    expect(rows.map((r) => r[0])).toEqual(shown);
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
      chrome.contextMenus.onClicked.dispatch({ menuItemId: 'minutes-lens-lookup', selectionText: 'パワーグリッド', editable: false, pageUrl }, tab);
    }, article.url());
    const panel = await opened;
    await expect.poll(() => panel.getByRole('searchbox').inputValue()).toBe('パワーグリッド');
    await expect.poll(() => panel.locator('.ml-results .ml-remark-speaker').first().textContent()).toBe('村井純');
    await panel.close();
    await article.close();
  });
});
