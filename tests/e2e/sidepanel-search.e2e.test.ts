import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../lib/corpus/types';
import { formatRoute } from '../../lib/search/route';
import { EXTENSION_DIR, useHarness } from './harness';

/** Issue #14 in the real side panel: partial matches, suggestions, concepts across languages, more like this. */
const corpus = JSON.parse(readFileSync(join(EXTENSION_DIR, 'corpus.json'), 'utf8')) as Corpus;
const textOf = (id: string) => corpus.remarks.find((r) => r.id === id)!.text;

async function searchFor(page: Page, query: string): Promise<void> {
  await page.getByRole('searchbox').fill(query);
  await expect.poll(() => page.locator('.ml-result-count').getAttribute('data-query')).toBe(query);
}
/**
 * Types `query` and records, after every change to the panel once its results are in, where the first card stands and
 * whether `later` (what follows the results: the chart, the suggestions) is there yet; returns once it is.
 */
async function firstCardUntil(page: Page, query: string, later: string): Promise<{ top: number; arrived: boolean }[]> {
  await page.locator('.ml-results > li').first().waitFor();
  await page.evaluate(
    ([q, selector]) => {
      const seen: { top: number; arrived: boolean }[] = ((window as unknown as { seen: typeof seen }).seen = []);
      new MutationObserver(() => {
        if (document.querySelector<HTMLElement>('.ml-result-count')?.dataset.query !== q) return;
        const card = document.querySelector('.ml-results > li');
        if (card) seen.push({ top: card.getBoundingClientRect().top, arrived: !!document.querySelector(selector) });
      }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    },
    [query, later] as const,
  );
  await page.getByRole('searchbox').fill(query);
  await page.locator(later).first().waitFor();
  return page.evaluate(() => (window as unknown as { seen: { top: number; arrived: boolean }[] }).seen);
}
/** What firstCardUntil recorded: the card was there before `later` arrived, and did not move until it had. */
function expectCardStayed(seen: { top: number; arrived: boolean }[]): void {
  expect(seen[0].arrived).toBe(false);
  expect(seen.at(-1)!.arrived).toBe(true);
  expect(new Set(seen.map((s) => s.top)).size).toBe(1);
}
const shownIds = (page: Page) => page.locator('.ml-results > li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-remark-id')!));

describe('side panel search (issue #14) in Chromium', () => {
  const h = useHarness({ locale: 'ja-JP' });

  it('ranks remarks holding every word first and labels the others as partial matches', async () => {
    const page = await h.openSidePanel();
    await searchFor(page, 'ウクライナ パワーグリッド');
    const items = page.locator('.ml-results > li');
    await expect.poll(() => page.locator('.ml-full-count').getAttribute('data-full')).toBe('2');
    const ids = await shownIds(page);
    expect(ids.length).toBeGreaterThan(2);
    // The first two hold both (パワーグリッド, or スマートグリッド through the concept "power grid"), unlabelled.
    expect(await items.nth(0).locator('.ml-partial').count()).toBe(0);
    expect(await items.nth(1).locator('.ml-partial').count()).toBe(0);
    expect(ids.slice(0, 2).sort()).toEqual(['hq-034-r7', 'hq-036-r9']);
    expect(await items.nth(2).locator('.ml-partial').textContent()).toBe('部分一致: 2語中1語');
    expect(textOf(ids[2])).toContain('ウクライナ');
    await page.close();
  });

  it('offers the closest corpus word when nothing matches, and the suggestion leads to results', async () => {
    const page = await h.openSidePanel();
    await searchFor(page, 'ブロックチェーン');
    await expect.poll(() => page.locator('.ml-result-count').getAttribute('data-count')).toBe('0');
    await expect.poll(() => page.locator('.ml-query-chip').first().textContent()).toBe('ブロックチェーン (該当なし)');
    const suggestion = page.locator('.ml-suggestion[data-query="サプライチェーン"]');
    await expect.poll(() => suggestion.textContent()).toMatch(/^サプライチェーン（\d+ 件）$/);
    await suggestion.click();
    await expect.poll(() => page.getByRole('searchbox').inputValue()).toBe('サプライチェーン');
    await expect.poll(async () => Number(await page.locator('.ml-result-count').getAttribute('data-count'))).toBeGreaterThan(5);
    expect(textOf((await shownIds(page))[0])).toMatch(/サプライチェーン|供給網/);
    await page.close();
  });

  it('finds with the English concept "information sharing" the Japanese remarks on 情報共有', async () => {
    const page = await h.openSidePanel();
    await searchFor(page, 'information sharing');
    await expect.poll(async () => Number(await page.locator('.ml-result-count').getAttribute('data-count'))).toBeGreaterThan(10);
    expect(await page.locator('.ml-query-chip').first().textContent()).toContain('概念: 情報共有 / information sharing');
    const top = (await shownIds(page)).slice(0, 5);
    for (const id of top) expect(textOf(id)).toMatch(/情報共有|情報.{0,12}共有|情報提供|情報交換|知見共有/);
    expect(top).toEqual(expect.arrayContaining(['council-001-r41', 'hq-034-r18']));
    await page.close();
  });

  it('draws the first results before the per-meeting chart, which arrives into room held for it: the cards do not move', async () => {
    const page = await h.openSidePanel();
    const seen = await firstCardUntil(page, '能動的サイバー防御', '.ml-chart-slot:not([data-stale]) .ml-chart-row');
    expectCardStayed(seen);
    await page.close();
  });

  it('holds the row of a query whose remarks each hold only some of its words: its suggestions arrive, the cards stay', async () => {
    const page = await h.openSidePanel();
    const seen = await firstCardUntil(page, 'ウクライナ 量子コンピュータ', '.ml-suggestion[data-kind="drop-word"]');
    expect(await page.locator('.ml-full-count').getAttribute('data-full')).toBe('0');
    expectCardStayed(seen);
    await page.close();
  });

  it("takes over the previous query's card and chart elements for the next query's, updated rather than made again", async () => {
    const page = await h.openSidePanel();
    const firstCard = page.locator('.ml-results > li').first();
    const freshChart = page.locator('.ml-chart-slot:not([data-stale]) .ml-chart');
    await searchFor(page, '能動的サイバー防御');
    await freshChart.waitFor();
    const before = await firstCard.getAttribute('data-remark-id');
    await firstCard.evaluate((el) => ((el as HTMLElement & { kept?: boolean }).kept = true));
    await freshChart.evaluate((el) => ((el as HTMLElement & { kept?: boolean }).kept = true));
    await searchFor(page, 'information sharing');
    await freshChart.waitFor();
    expect(await firstCard.getAttribute('data-remark-id')).not.toBe(before);
    expect(await firstCard.evaluate((el) => (el as HTMLElement & { kept?: boolean }).kept)).toBe(true);
    expect(await freshChart.evaluate((el) => (el as HTMLElement & { kept?: boolean }).kept)).toBe(true);
    await page.close();
  });

  it('searches from a remark for more like it', async () => {
    const page = await h.openSidePanel('#/remark/hq-034-r7');
    await page.getByRole('link', { name: 'この発言に似た発言を探す' }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#\/search\?q=/);
    await expect.poll(async () => (await shownIds(page)).slice(0, 2)).toEqual(['hq-034-r7', 'hq-036-r9']);
    const query = await page.getByRole('searchbox').inputValue();
    expect(query.split(' ').length).toBeGreaterThanOrEqual(3);
    expect(query).toContain('ウクライナ');
    await page.close();
  });

  it('keeps its index in the database once per corpus revision and reads it back when opened again', async () => {
    // (A string, not a function: the page has none of the helpers tsx wraps named functions in.)
    const rows = (page: Page) =>
      page.evaluate<{ key: string; createdAt: number }[]>(`new Promise((ok, ko) => {
        const open = indexedDB.open('minutes-lens');
        open.onerror = () => ko(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('searchIndex').objectStore('searchIndex').getAll();
          all.onsuccess = () => { db.close(); ok(all.result.map((r) => ({ key: r.key, createdAt: r.createdAt }))); };
        };
      })`);
    const first = await h.openSidePanel();
    await searchFor(first, 'パワーグリッド');
    const found = await shownIds(first);
    // Stored while the panel is idle: one row, for the corpus the database holds (no imports: the bundled version).
    await expect.poll(async () => (await rows(first)).map((r) => r.key.split(':').pop())).toEqual([corpus.version]);
    const [stored] = await rows(first);
    await first.close();

    const second = await h.openSidePanel();
    await searchFor(second, 'パワーグリッド');
    expect(await shownIds(second)).toEqual(found);
    await second.waitForTimeout(500);
    // Read back, not built again: a rebuilt index would have been stored anew.
    expect(await rows(second)).toEqual([stored]);
    await second.close();
  });
});

describe('side panel address (issue #14) in Chromium', () => {
  // A browser of its own: the clock installed here stays installed in its context.
  const h = useHarness({ locale: 'ja-JP' });

  it('comes back to the query typed last when reloaded before that query is written to the address', async () => {
    const address = (query: string) => formatRoute({ page: 'search', query, filters: {}, sort: 'relevance' });
    const answered = (page: Page) => page.locator('.ml-result-count').getAttribute('data-query');
    const start = Date.now();
    await h.context.clock.install({ time: start });
    const page = await h.openSidePanel(address('パワーグリッド'));
    await expect.poll(() => answered(page)).toBe('パワーグリッド');
    // From here the page's timers fire only when told to, so the address's 500 ms pause cannot end before the reload
    // however slow the machine (a minute on: later than the page's clock has reached).
    await h.context.clock.pauseAt(start + 60_000);
    await page.getByRole('searchbox').fill('能動的サイバー防御');
    // Just the box's 120 ms debounce: the query is searched and its address asked for, not written.
    await h.context.clock.runFor(120);
    await expect.poll(() => answered(page)).toBe('能動的サイバー防御');
    expect(await page.evaluate(() => location.hash)).toBe(address('パワーグリッド'));

    // The browser's reload, as the panel's Reload does; the clock runs again only in the reloaded page.
    await page.reload();
    await h.context.clock.resume();
    await expect.poll(() => page.getByRole('searchbox').inputValue()).toBe('能動的サイバー防御');
    await expect.poll(() => answered(page)).toBe('能動的サイバー防御');
    expect(await page.evaluate(() => location.hash)).toBe(address('能動的サイバー防御'));
    await page.close();
  });
});
