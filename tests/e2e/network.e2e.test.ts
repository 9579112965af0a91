import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useHarness } from './harness';
import { FIXTURES_DIR } from './server';

/** Privacy: the extension makes no network requests. Everything the browser fetched during the run is on record. */
describe('network', () => {
  // (the last test makes a request beyond the fixture server on purpose, and checks the recorder itself)
  const h = useHarness({ waitForSeed: false, allowExternalRequests: true });

  it('makes no request beyond the local fixture server and the extension itself', async () => {
    await h.waitForSeed();
    // every fixture page, so the content script runs (and highlights) on all of them
    const pages = readdirSync(FIXTURES_DIR).filter((f) => f.endsWith('.html'));
    for (const file of pages) await (await h.openFixture(file)).waitForLoadState('load');
    const page = await h.openFixture('plain.html');
    const popup = await h.openPopup();
    await popup.getByRole('searchbox').fill('murai');
    await popup.getByRole('article', { name: '村井純' }).waitFor();
    await popup.getByRole('searchbox').fill('のうどう');
    await popup.getByRole('article', { name: '能動的サイバー防御' }).waitFor();
    // the side panel: a search answered (the index loaded and the query analysed) and a person's page
    const panel = await h.openSidePanel();
    await panel.getByRole('searchbox').fill('中小企業のセキュリティ対策');
    await expect
      .poll(() => panel.locator('.ml-result-count').getAttribute('data-query'), { timeout: 30_000 })
      .toBe('中小企業のセキュリティ対策');
    await panel.locator('.ml-results > li').first().waitFor();
    await panel.goto(`${h.extensionOrigin}/sidepanel.html#/person/p-murai-jun`);
    await panel.getByRole('heading', { name: '村井純' }).first().waitFor();
    // the content script's popover: details come from the background
    const news = await h.openFixture('news-ja.html');
    await expect.poll(() => news.evaluate(() => CSS.highlights.get('minutes-lens-person')?.size ?? 0)).toBeGreaterThan(0);
    const at = await news.evaluate(() => {
      const range = [...CSS.highlights.get('minutes-lens-person')!][0] as Range;
      const rect = range.getClientRects()[0];
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await news.mouse.move(at.x, at.y - 40);
    await news.mouse.move(at.x, at.y, { steps: 4 });
    await news.getByRole('dialog').locator('.ml-card-title').first().waitFor();
    // let anything deferred (analytics-style beacons, lazy fetches) happen before looking
    await page.waitForTimeout(1000);

    expect(h.requests.some((r) => r.url.startsWith(h.server.origin))).toBe(true);
    expect(h.requests.some((r) => r.url.startsWith(h.extensionOrigin))).toBe(true);
    expect(h.externalRequests()).toEqual([]);
  });

  it('would notice a request that leaves the fixture server', async () => {
    const page = await h.openFixture('plain.html');
    // a port on this machine nobody listens on: caught by the recorder, yet nothing leaves the machine
    await page.evaluate(() => fetch('http://localhost:9/beacon').catch(() => undefined));
    await expect.poll(() => h.externalRequests().map((r) => r.url)).toContain('http://localhost:9/beacon');
  });
});
