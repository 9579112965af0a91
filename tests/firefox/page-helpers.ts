import type { Frame, Page } from 'puppeteer-core';

/**
 * What the Firefox tests look at, from the page's side only (no extension internals), so they keep passing when the
 * content script is reorganised: highlighted text (Highlight API registry or wrapper marks) and the popover dialog
 * (in whichever open shadow root holds it).
 */

export interface Highlighted {
  person: string[];
  term: string[];
}

export function highlighted(page: Page | Frame): Promise<Highlighted> {
  return page.evaluate(() => {
    const fromRegistry = (name: string): string[] => {
      const registry = (CSS as unknown as { highlights?: Map<string, Iterable<Range>> }).highlights;
      return [...(registry?.get(name) ?? [])].map((range) => range.toString());
    };
    const fromMarks = (kind: string): string[] =>
      [...document.querySelectorAll(`minutes-lens-mark[data-kind="${kind}"]`)].map((el) => el.textContent ?? '');
    const person = [...fromRegistry('minutes-lens-person'), ...fromMarks('person')].sort();
    const term = [...fromRegistry('minutes-lens-term'), ...fromMarks('term')].sort();
    return { person, term };
  });
}

/** The centre of the first box of the `index`-th highlighted occurrence of `text` (document order). */
async function pointOf(page: Page, text: string, index = 0): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    (wanted: string, nth: number) => {
      const ranges: Range[] = [];
      const registry = (CSS as unknown as { highlights?: Map<string, Iterable<Range>> }).highlights;
      for (const name of ['minutes-lens-person', 'minutes-lens-term']) {
        for (const range of registry?.get(name) ?? []) if (range.toString() === wanted) ranges.push(range);
      }
      for (const el of document.querySelectorAll('minutes-lens-mark')) {
        if (el.textContent === wanted) {
          const range = document.createRange();
          range.selectNodeContents(el);
          ranges.push(range);
        }
      }
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const rect = ranges[nth]?.getClientRects()[0];
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    },
    text,
    index,
  );
  if (!point) throw new Error(`no highlighted "${text}" (#${index})`);
  return point;
}

export interface PopoverState {
  label: string | null;
  titles: string[];
  buttons: { text: string; x: number; y: number }[];
  text: string;
}

/** The open popover dialog, looked up in every open shadow root of the page; null when none shows. */
function popover(page: Page): Promise<PopoverState | null> {
  return page.evaluate(() => {
    const roots: (Document | ShadowRoot)[] = [document];
    for (const el of document.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
    for (const root of roots) {
      const dialog = root.querySelector('[role=dialog], dialog');
      if (!dialog || ((dialog as HTMLElement).offsetParent === null && getComputedStyle(dialog).position !== 'fixed')) continue;
      const rect = dialog.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      return {
        label: dialog.getAttribute('aria-label'),
        titles: [...dialog.querySelectorAll('.ml-card-title')].map((e) => e.textContent ?? ''),
        buttons: [...dialog.querySelectorAll('button')].map((b) => {
          const r = b.getBoundingClientRect();
          return { text: b.textContent ?? '', x: r.left + r.width / 2, y: r.top + r.height / 2 };
        }),
        text: (dialog as HTMLElement).innerText,
      };
    }
    return null;
  });
}

/** Polls `read` until `ok` holds or the time is up; returns the last value read. */
export async function waitFor<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read().catch(() => undefined as T);
    if (value !== undefined && ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms; last value: ${JSON.stringify(value)?.slice(0, 500)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Hovers a highlighted mention the way a reader's pointer arrives at it, and waits for its popover's cards. */
export async function hover(page: Page, text: string, index = 0): Promise<PopoverState> {
  await page.keyboard.press('Escape');
  const { x, y } = await pointOf(page, text, index);
  // from the page's corner straight onto the mention, so the pointer crosses no other mention on its way
  await page.mouse.move(1, 1);
  await page.mouse.move(x, y);
  await page.mouse.move(x + 1, y);
  const state = await waitFor(
    () => popover(page),
    (p) => p !== null && p.titles.length > 0,
  );
  return state!;
}

/** The visible text of an add-on page. */
export function bodyText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}
