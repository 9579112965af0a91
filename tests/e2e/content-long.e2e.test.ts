import { describe, expect, it } from 'vitest';
import { marked } from './content-helpers';
import { useHarness } from './harness';

/**
 * The long page (about a million characters, 1,200 sections): every mention is marked and nothing else, and the
 * figures of the scan are printed (no timed assertions: speed is reported, not asserted).
 */

const SECTIONS = 1200;

describe('content script on a long page', () => {
  const h = useHarness({ locale: 'ja-JP' });

  it('marks every mention on a page of a million characters, in slices', async () => {
    const page = await h.context.newPage();
    const scanLog: string[] = [];
    page.on('console', (message) => {
      if (message.text().startsWith('[Minutes Lens] first scan')) scanLog.push(message.text());
    });
    // Main-world probes from the very start of the page: long tasks, and when the marks appear and complete.
    await page.addInitScript((total) => {
      const w = window as unknown as { __probe: { longTasks: number[]; first?: number; done?: number } };
      w.__probe = { longTasks: [] };
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__probe.longTasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
      const count = () => (CSS.highlights.get('minutes-lens-person')?.size ?? 0) + (CSS.highlights.get('minutes-lens-term')?.size ?? 0);
      const tick = () => {
        const n = count();
        if (n > 0 && w.__probe.first === undefined) w.__probe.first = performance.now();
        if (n >= total) w.__probe.done = performance.now();
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    }, SECTIONS * 5);
    await page.goto(h.server.url('long.html'));
    await page.waitForFunction(() => (window as unknown as { __probe: { done?: number } }).__probe.done !== undefined, null, {
      timeout: 60_000,
    });

    const marks = await marked(page);
    const counts = (list: string[]) => Object.fromEntries([...new Set(list)].map((t) => [t, list.filter((x) => x === t).length]));
    expect(counts(marks.person)).toEqual({ 'Jun Murai': SECTIONS, 平将明: SECTIONS });
    expect(counts(marks.term)).toEqual({ NISC: SECTIONS, 'critical infrastructure': SECTIONS, 能動的サイバー防御: SECTIONS });

    const facts = await page.evaluate(() => {
      const w = window as unknown as { __probe: { longTasks: number[]; first?: number; done?: number } };
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return {
        chars: document.body.textContent?.length ?? 0,
        domContentLoaded: nav.domContentLoadedEventEnd,
        first: w.__probe.first ?? NaN,
        done: w.__probe.done ?? NaN,
        longTasks: w.__probe.longTasks,
      };
    });
    const longest = Math.max(0, ...facts.longTasks);
    console.log(
      `long page: ${facts.chars.toLocaleString('en')} characters, ${marks.person.length + marks.term.length} marks; ` +
        `DOMContentLoaded at ${facts.domContentLoaded.toFixed(0)} ms, first mark at ${facts.first.toFixed(0)} ms, ` +
        `all marked at ${facts.done.toFixed(0)} ms (${(facts.done - facts.first).toFixed(0)} ms from first to last); ` +
        `long tasks on the page's main thread (page scripts included): ${facts.longTasks.length}, longest ${longest.toFixed(0)} ms`,
    );
    for (const line of scanLog) console.log(`content script: ${line}`);

    // The page stays usable: a hover on a mention far down the page opens its popover.
    await page.evaluate(() => document.querySelectorAll('section')[900].scrollIntoView());
    const point = await page.evaluate(() => {
      const ranges = [...(CSS.highlights.get('minutes-lens-person') ?? [])] as Range[];
      const visible = ranges.map((r) => r.getClientRects()[0]).find((rect) => rect && rect.top > 50 && rect.bottom < innerHeight - 300);
      return visible ? { x: visible.left + visible.width / 2, y: visible.top + visible.height / 2 } : null;
    });
    expect(point).not.toBeNull();
    await page.mouse.move(point!.x, point!.y - 40);
    await page.mouse.move(point!.x, point!.y, { steps: 3 });
    await page.getByRole('dialog').locator('.ml-card-title').first().waitFor();
    await page.close();
  });
});
