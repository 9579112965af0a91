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
        if (n > 0 && w.__probe.done === undefined) w.__probe.done = performance.now();
        if (n < total) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    }, SECTIONS * 5);
    await page.goto(h.server.url('long.html'));
    await expect.poll(() => scanLog.length, { timeout: 60_000 }).toBeGreaterThan(0);
    // Every mention is found (the first scan's own count); only those near the viewport are in the page's highlight
    // registry (highlight-painter.ts), and those are the right ones.
    expect(Number(/first scan: (\d+) mentions/.exec(scanLog[0])?.[1])).toBe(SECTIONS * 5);
    // ...by a lens that read on from where the content script's first reading stopped (the page does not change)
    expect(scanLog[0]).toContain("read on from the content script's first reading");
    const marks = await marked(page);
    expect(marks.person.length + marks.term.length).toBeGreaterThan(0);
    expect(marks.person.length + marks.term.length).toBeLessThan(SECTIONS);
    expect(new Set(marks.person)).toEqual(new Set(['Jun Murai', '平将明']));
    expect(new Set(marks.term)).toEqual(new Set(['NISC', 'critical infrastructure', '能動的サイバー防御']));

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
    const marksNow = marks.person.length + marks.term.length;
    console.log(
      `long page: ${facts.chars.toLocaleString('en')} characters, ${marksNow} marks painted near the viewport; ` +
        `DOMContentLoaded at ${facts.domContentLoaded.toFixed(0)} ms, first mark at ${facts.first.toFixed(0)} ms, ` +
        `long tasks on the page's main thread (page scripts included): ${facts.longTasks.length}, longest ${longest.toFixed(0)} ms`,
    );
    for (const line of scanLog) console.log(`content script: ${line}`);

    // The page stays usable: a hover on a mention far down the page opens its popover.
    await page.evaluate(() => document.querySelectorAll('section')[900].scrollIntoView());
    // (ranges come into the highlight registry as they near the viewport: an IntersectionObserver, so not at once)
    const visiblePoint = () =>
      page.evaluate(() => {
        const ranges = [...(CSS.highlights.get('minutes-lens-person') ?? [])] as Range[];
        const visible = ranges.map((r) => r.getClientRects()[0]).find((rect) => rect && rect.top > 50 && rect.bottom < innerHeight - 300);
        return visible ? { x: visible.left + visible.width / 2, y: visible.top + visible.height / 2 } : null;
      });
    await expect.poll(visiblePoint, { timeout: 20_000 }).not.toBeNull();
    const point = await visiblePoint();
    await page.mouse.move(point!.x, point!.y - 40);
    await page.mouse.move(point!.x, point!.y, { steps: 3 });
    await page.getByRole('dialog').locator('.ml-card-title').first().waitFor();
    await page.close();
  });
});
