import type { BrowserContext } from 'playwright-core';
import { SETTLE_MS } from '../entrypoints/content/hover';
import { consoleMessage } from './browsers';

/**
 * (c) Hover → popover on the 1 MB news page: the pointer comes to rest on a mention; the extension waits SETTLE_MS
 * (so passing over text opens nothing), hit-tests, opens the popover and asks the background for the cards. Measured
 * from the moment the hover settles (last pointermove + SETTLE_MS) to the frame that shows the popover, and to the
 * frame that shows its cards. Frames are 16.7 ms apart here, so figures are quantised to frames.
 */

export interface PopoverSample {
  text: string;
  /** settle → popover frame on screen (loading state or cards), ms */
  shownMs: number;
  /** settle → cards on screen, ms */
  loadedMs: number;
}

/** Mentions fully inside the viewport: their text and the centre of their first line box. */
const VISIBLE_MENTIONS = `(() => {
  const out = [];
  for (const name of ['minutes-lens-person', 'minutes-lens-term']) {
    for (const range of CSS.highlights.get(name) ?? []) {
      const r = range.getClientRects()[0];
      if (r && r.top > 20 && r.bottom < innerHeight - 20 && r.left > 0 && r.right < innerWidth && r.width > 8) {
        out.push({ text: range.toString(), x: r.left + r.width / 2, y: r.top + r.height / 2 });
      }
    }
  }
  return out;
})()`;

/** Hovers up to `perScreen` mentions on each of `screens` screenfuls of the page, scrolling down between them. */
export async function popoverSamples(context: BrowserContext, url: string, probe: string, screens = 4, perScreen = 10): Promise<PopoverSample[]> {
  const page = await context.newPage();
  await page.addInitScript({ content: probe });
  const firstScan = consoleMessage(page, /first scan/);
  await page.goto(url);
  await firstScan;
  const viewport = page.viewportSize()!;
  const samples: PopoverSample[] = [];
  for (let screen = 0; screen < screens; screen++) {
    await page.keyboard.press('Escape');
    await page.evaluate(`window.scrollTo(0, ${screen * (viewport.height - 100)})`);
    await page.waitForTimeout(100);
    const mentions = (await page.evaluate<{ text: string; x: number; y: number }[]>(VISIBLE_MENTIONS)).slice(0, perScreen);
    for (const m of mentions) {
      await page.keyboard.press('Escape');
      // rest the pointer in the empty margin, and let the popover go
      await page.mouse.move(viewport.width - 5, viewport.height - 5);
      await page.waitForFunction("document.querySelector('minutes-lens-popover') === null", null, { timeout: 5_000 });
      const watching = page.evaluate('window.__bench.watchPopover("")');
      await page.mouse.move(m.x, m.y, { steps: 3 });
      const { shownAt, loadedAt } = (await watching) as { shownAt: number; loadedAt: number };
      const lastMoveAt: number = await page.evaluate('window.__bench.lastMoveAt');
      const settled = lastMoveAt + SETTLE_MS;
      samples.push({ text: m.text, shownMs: shownAt - settled, loadedMs: loadedAt - settled });
    }
  }
  if (samples.length === 0) throw new Error('no highlighted mention inside the viewport to hover');
  await page.close();
  return samples;
}
