import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { marked, pointOf } from './content-helpers';
import { type Harness, useHarness } from './harness';
import { NEWS_JA, texts } from './news-pages';

/**
 * The content script across an extension reload (what an update does to open tabs), and the keyboard popover against
 * a pointer that moved just before.
 */

async function openNews(h: Harness): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(h.server.url('news-ja.html'));
  await expect.poll(async () => (await marked(page)).person, { timeout: 20_000 }).toEqual(texts(NEWS_JA).person);
  return page;
}

async function hoverCard(page: Page, text: string): Promise<string[]> {
  await page.keyboard.press('Escape');
  const { x, y } = await pointOf(page, text);
  await page.mouse.move(x, y - 60);
  await page.mouse.move(x, y, { steps: 4 });
  const dialog = page.getByRole('dialog');
  await dialog.locator('.ml-card-title').first().waitFor({ timeout: 15_000 });
  return dialog.locator('.ml-card-title').allTextContents();
}

describe('extension lifecycle', () => {
  // chrome://extensions (to switch on developer mode for the reload) loads its own chrome:// resources
  const h = useHarness({ locale: 'ja-JP', allowExternalRequests: true });

  it('keeps three highlighted tabs working across an extension reload: new script, no stale copies, switches reach it', async () => {
    const pages = [await openNews(h), await openNews(h), await openNews(h)];
    expect(await hoverCard(pages[0], '村井純')).toEqual(['村井純']);
    // Chromium disables a command-line-loaded extension on reload ("unsupported developer extension") unless the
    // profile is in developer mode, as it is for anyone who loads an unpacked build.
    const extensions = await h.context.newPage();
    await extensions.goto('chrome://extensions');
    await extensions.evaluate(
      () =>
        new Promise<void>((resolve) =>
          (
            globalThis as unknown as { chrome: { developerPrivate: { updateProfileConfiguration(c: object, done: () => void): void } } }
          ).chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }, resolve),
        ),
    );
    await extensions.close();
    const worker = await h.serviceWorker();
    // what an update does: the running extension is replaced; its content scripts in open tabs are orphaned
    await worker
      .evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload())
      .catch(() => undefined);

    for (const page of pages) {
      // the new script (injected by the new background) lights the page again
      await expect.poll(async () => (await marked(page)).person, { timeout: 20_000 }).toEqual(texts(NEWS_JA).person);
      expect(await hoverCard(page, '平大臣')).toEqual(['平将明']);
      expect(await page.locator('minutes-lens-popover').count()).toBe(1);
      await page.keyboard.press('Escape');
    }

    // the popup's switch reaches the new scripts
    const popup = await h.openPopup();
    await popup.evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({
        type: 'set-switch',
        host: '127.0.0.1',
        enabled: false,
      }),
    );
    for (const page of pages) await expect.poll(() => marked(page)).toEqual({ person: [], term: [] });
    await popup.evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({
        type: 'set-switch',
        host: '127.0.0.1',
        enabled: true,
      }),
    );
    await popup.close();
    for (const page of pages) await page.close();
  });

  it('a popover opened with Alt+Shift+L stays open although the pointer moved just before', async () => {
    const page = await openNews(h);
    // the pointer comes to rest over plain text: a hover settles over nothing while the popover is open
    await page.mouse.move(600, 850, { steps: 3 });
    await page.keyboard.press('Alt+Shift+KeyL');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor({ timeout: 15_000 });
    await page.waitForTimeout(1200);
    expect(await dialog.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await page.close();
  });
});
