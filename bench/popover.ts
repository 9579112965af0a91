import type { BrowserContext, Page } from 'playwright-core';
import { SETTLE_MS } from '../entrypoints/content/hover';
import { consoleMessage } from './browsers';

/**
 * (c) Hover → popover on the 1 MB news page: the pointer comes to rest on a mention; the extension waits SETTLE_MS
 * (so passing over text opens nothing), hit-tests, opens the popover and asks the background for the cards. Measured
 * from the moment the hover settles (last pointermove + SETTLE_MS) to the frame that shows the popover (its animation
 * frame callback, and the end of its rendering: style, layout, paint), and to the frame that shows its cards. Frames
 * are 16.7 ms apart here, so the first figure is quantised to frames.
 */

export interface PopoverSample {
  text: string;
  /** settle → the animation frame that first holds the popover (loading state or cards), ms */
  shownMs: number;
  /** settle → that frame rendered and painted on the main thread, ms */
  paintedMs: number;
  /** settle → cards on screen, ms */
  loadedMs: number;
}

interface VisibleMention {
  text: string;
  x: number;
  y: number;
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

/** A page of the 1 MB kind opened for hovering: loaded, first scan done. */
export async function openForHovers(context: BrowserContext, url: string, probe: string): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript({ content: probe });
  const firstScan = consoleMessage(page, /first scan/);
  await page.goto(url);
  await firstScan;
  return page;
}

/** Scrolls to the `screen`-th screenful and lists up to `perScreen` highlighted mentions fully in view. */
export async function mentionsOnScreen(page: Page, screen: number, perScreen: number): Promise<VisibleMention[]> {
  const viewport = page.viewportSize()!;
  await page.evaluate(`window.scrollTo(0, ${screen * (viewport.height - 100)})`);
  await page.waitForTimeout(100);
  return (await page.evaluate<VisibleMention[]>(VISIBLE_MENTIONS)).slice(0, perScreen);
}

/** One hover: from the empty margin to the mention, timed from the settle to the popover's frames. */
export async function hoverOnce(page: Page, m: VisibleMention): Promise<PopoverSample> {
  const viewport = page.viewportSize()!;
  // rest the pointer in the empty margin and let the popover close by itself, as a reader moving on would (no
  // Escape: a dismissed popover takes its host out of the page, one left behind keeps it for the next hover)
  await page.mouse.move(viewport.width - 5, viewport.height - 5);
  await page.waitForFunction("!document.querySelector('minutes-lens-popover')?.shadowRoot?.querySelector('[role=dialog]')", null, {
    timeout: 5_000,
  });
  const watching = page.evaluate('window.__bench.watchPopover("")');
  await page.mouse.move(m.x, m.y, { steps: 3 });
  const { shownAt, paintedAt, loadedAt } = (await watching) as { shownAt: number; paintedAt: number; loadedAt: number };
  const lastMoveAt: number = await page.evaluate('window.__bench.lastMoveAt');
  const settled = lastMoveAt + SETTLE_MS;
  return { text: m.text, shownMs: shownAt - settled, paintedMs: paintedAt - settled, loadedMs: loadedAt - settled };
}

/** Hovers up to `perScreen` mentions on each of `screens` screenfuls of the page, scrolling down between them. */
export async function popoverSamples(
  context: BrowserContext,
  url: string,
  probe: string,
  screens = 4,
  perScreen = 10,
): Promise<PopoverSample[]> {
  const page = await openForHovers(context, url, probe);
  const samples: PopoverSample[] = [];
  for (let screen = 0; screen < screens; screen++) {
    for (const m of await mentionsOnScreen(page, screen, perScreen)) samples.push(await hoverOnce(page, m));
  }
  if (samples.length === 0) throw new Error('no highlighted mention inside the viewport to hover');
  await page.close();
  return samples;
}
