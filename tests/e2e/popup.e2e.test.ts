import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR, useHarness } from './harness';

const bundledVersion = () => (JSON.parse(readFileSync(join(EXTENSION_DIR, 'corpus.json'), 'utf8')) as { version: string }).version;

async function search(page: Page, text: string) {
  const box = page.getByRole('searchbox');
  await box.fill(text);
  return box;
}

/** The years of the remarks listed under the card. */
async function remarkYears(page: Page): Promise<string[]> {
  const list = page.getByRole('list', { name: /最近の発言|Latest remarks/ });
  await list.waitFor();
  return list.locator(':scope > li time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!.slice(0, 4)));
}

describe('popup in Chromium (Japanese UI)', () => {
  const h = useHarness({ locale: 'ja-JP', waitForSeed: false });

  it('seeds the database from the bundled corpus on install', async () => {
    const meta = await h.waitForSeed();
    const readyAfter = Date.now() - h.launchedAt;
    expect(meta.version).toBe(bundledVersion());
    console.log(
      `seeding: database written in ${meta.finishedAt! - meta.startedAt} ms; ready ${readyAfter} ms after the browser was launched`,
    );
  });

  it.each(['村井', 'むらい', 'murai'])('finds 村井純 by %s and shows his remarks from 2023, 2022 and 2015', async (text) => {
    const page = await h.openPopup();
    await search(page, text);
    await expect.poll(() => page.getByRole('list', { name: '検索結果' }).getByRole('button').first().textContent()).toContain('村井純');
    await page.getByRole('article', { name: '村井純' }).waitFor();
    expect(await remarkYears(page)).toEqual(['2023', '2022', '2015']);
    await page.close();
  });

  it('finds 能動的サイバー防御 by its reading のうどう', async () => {
    const page = await h.openPopup();
    await search(page, 'のうどう');
    await page.getByRole('article', { name: '能動的サイバー防御' }).waitFor();
    expect(await page.getByRole('article').textContent()).toContain('アクティブ・サイバー・ディフェンス');
    await page.close();
  });

  it('works by keyboard alone: arrows choose, Enter moves to the card', async () => {
    const page = await h.openPopup();
    // the search box has focus as soon as the popup shows; no click needed
    await page.locator('input[type=search]:focus').waitFor();
    const results = page.getByRole('list', { name: '検索結果' }).getByRole('button');
    const labels = () => results.locator('.ml-result-label').allTextContents();
    // typed a character at a time, the list first shows む's results: choose only once むら's have replaced them
    await page.keyboard.type('む');
    await expect.poll(async () => (await labels()).length).toBeGreaterThan(1);
    const forMu = await labels();
    await page.keyboard.type('ら');
    await expect.poll(labels).not.toEqual(forMu);
    await expect.poll(() => results.count()).toBeGreaterThan(1);
    const second = (await results.nth(1).locator('.ml-result-label').textContent())!;
    await page.keyboard.press('ArrowDown');
    await page.getByRole('article', { name: second }).waitFor();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(second);
    await page.close();
  });

  it('looks right in light and dark (screenshots)', async () => {
    const page = await h.openPopup();
    await search(page, 'murai');
    await page.getByRole('article', { name: '村井純' }).waitFor();
    await h.screenshot(page, 'popup-ja-light.png');
    await page.emulateMedia({ colorScheme: 'dark' });
    const background = await page.locator('.ml-popup').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe('rgb(27, 30, 35)');
    await h.screenshot(page, 'popup-ja-dark.png');
    await page.close();
  });
});

describe('popup in Chromium (English UI)', () => {
  const h = useHarness({ locale: 'en-US', colorScheme: 'dark', waitForSeed: false });

  it('follows the browser language', async () => {
    const page = await h.openPopup();
    const box = await search(page, 'murai');
    expect(await box.getAttribute('aria-label')).toBe('Search people and terms');
    await page.getByRole('article', { name: '村井純' }).waitFor();
    expect(await page.getByRole('article').textContent()).toContain('Meetings and roles');
    expect(await remarkYears(page)).toEqual(['2023', '2022', '2015']);
    await h.screenshot(page, 'popup-en-dark.png');
    await page.emulateMedia({ colorScheme: 'light' });
    await h.screenshot(page, 'popup-en-light.png');
    await page.close();
  });
});
