import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch } from './harness';
import { FIXTURES_DIR } from './server';

/** Privacy: the extension makes no network requests. Everything the browser fetched during the run is on record. */
describe('network', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

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
