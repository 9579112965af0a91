import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useHarness } from './harness';

/**
 * Only the mentions near the viewport are in the page's highlight registry (highlight-painter.ts); the rest are kept
 * in memory and come in as the reader scrolls: the window, a scroll container, a fixed bar. Asserted on the registry
 * the page sees (CSS.highlights), never on time.
 */

interface Registered {
  /** ranges in the registry */
  count: number;
  /** the text of each, and where its first box is relative to the viewport (in viewport heights) */
  ranges: { text: string; top: number; bottom: number; section: string | null }[];
}

function registered(page: Page): Promise<Registered> {
  return page.evaluate(() => {
    const ranges: Registered['ranges'] = [];
    for (const name of ['minutes-lens-person', 'minutes-lens-term']) {
      for (const range of (CSS.highlights.get(name) ?? []) as Iterable<Range>) {
        const rect = range.getBoundingClientRect();
        const section = range.startContainer.parentElement?.closest('section')?.id ?? null;
        ranges.push({ text: range.toString(), top: rect.top / innerHeight, bottom: rect.bottom / innerHeight, section });
      }
    }
    return { count: ranges.length, ranges };
  });
}

/** Ranges whose box is inside the viewport right now. */
const inView = (r: Registered) => r.ranges.filter((x) => x.bottom > 0 && x.top < 1);
/** Every registered range is within `screens` viewport heights of the viewport (a screenful of margin, and slack). */
const allNear = (r: Registered, screens: number) => r.ranges.every((x) => x.bottom > -screens && x.top < 1 + screens);

describe('highlights near the viewport', () => {
  const h = useHarness({ locale: 'ja-JP' });

  it('on a long page, registers only the ranges near the viewport and paints further ones as the window scrolls', async () => {
    const page = await h.context.newPage();
    const scan = new Promise<string>((resolve) =>
      page.on('console', (m) => m.text().startsWith('[Minutes Lens] first scan') && resolve(m.text())),
    );
    await page.goto(h.server.url('long.html'));
    // every mention is found and kept (1,200 sections × 5)...
    expect(Number(/first scan: (\d+) mentions/.exec(await scan)?.[1])).toBe(6000);
    // ...but only those near the top are registered
    await expect.poll(async () => inView(await registered(page)).length, { timeout: 20_000 }).toBeGreaterThan(0);
    const top = await registered(page);
    expect(top.count).toBeLessThan(200);
    expect(allNear(top, 2)).toBe(true);

    // far down the page: the ranges there come in, the ones at the top go out
    await page.evaluate(() => document.querySelectorAll('section')[900].scrollIntoView());
    await expect.poll(async () => inView(await registered(page)).length, { timeout: 20_000 }).toBeGreaterThan(0);
    await expect.poll(async () => allNear(await registered(page), 2), { timeout: 20_000 }).toBe(true);
    expect((await registered(page)).count).toBeLessThan(200);

    // scrolled a little at a time, a screenful at each step, what is in view is always already registered
    for (let step = 0; step < 5; step++) {
      await page.mouse.wheel(0, 600);
      await expect.poll(async () => inView(await registered(page)).length, { timeout: 20_000 }).toBeGreaterThan(0);
    }

    // the keyboard shortcut picks a mention in view, among all 6,000 of them
    await page.keyboard.press('Alt+Shift+KeyL');
    const dialog = page.getByRole('dialog');
    await dialog.locator('.ml-card-title').first().waitFor();
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('paints what a scroll container brings into view, and keeps a name in a fixed bar painted however far the window scrolls', async () => {
    const page = await h.context.newPage();
    await page.goto(h.server.url('scroller.html'));
    await expect.poll(async () => (await registered(page)).ranges.some((r) => r.section === 's0'), { timeout: 20_000 }).toBe(true);
    const first = await registered(page);
    expect(first.ranges.some((r) => r.section === null && r.text === '平将明')).toBe(true); // the fixed bar
    expect(first.ranges.some((r) => r.section === 's250')).toBe(false);

    // the container scrolls (the window does not): section 250 comes in, section 0 goes out
    await page.evaluate(() => document.getElementById('s250')!.scrollIntoView({ block: 'start' }));
    await expect.poll(async () => (await registered(page)).ranges.some((r) => r.section === 's250'), { timeout: 20_000 }).toBe(true);
    await expect.poll(async () => (await registered(page)).ranges.some((r) => r.section === 's0'), { timeout: 20_000 }).toBe(false);

    // the window scrolls far: the container's ranges go out, the fixed bar's name stays
    await page.evaluate(() => window.scrollTo(0, 15_000));
    await expect.poll(async () => (await registered(page)).ranges.some((r) => r.section !== null), { timeout: 20_000 }).toBe(false);
    const far = await registered(page);
    expect(far.ranges.map((r) => r.text)).toEqual(['平将明']);
    await page.close();
  });

  it('paints the lines of a block many screens tall as they come near, and a name in a block that has no box of its own', async () => {
    // A block's mentions are measured as one by the block (highlight-painter.ts): one taller than a screen is measured
    // mention by mention instead, and one without a box (display: contents) by its mentions' own elements.
    const page = await h.context.newPage();
    await page.goto(h.server.url('tall-block.html'));
    await expect.poll(async () => (await registered(page)).ranges.some((r) => r.text === '平将明'), { timeout: 20_000 }).toBe(true);
    await expect.poll(async () => inView(await registered(page)).length, { timeout: 20_000 }).toBeGreaterThan(1);
    await expect.poll(async () => allNear(await registered(page), 2), { timeout: 20_000 }).toBe(true);
    expect((await registered(page)).count).toBeLessThan(150); // of 301

    await page.evaluate(() => document.getElementById('l200')!.scrollIntoView({ block: 'center' }));
    await expect
      .poll(async () => (await registered(page)).ranges.some((r) => r.top > 0 && r.bottom < 1 && r.text === '村井純'), {
        timeout: 20_000,
      })
      .toBe(true);
    await expect.poll(async () => allNear(await registered(page), 2), { timeout: 20_000 }).toBe(true);
    expect((await registered(page)).ranges.some((r) => r.text === '平将明')).toBe(false);
    await page.close();
  });
});
