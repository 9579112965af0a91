import type { CDPSession, Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { marked } from './content-helpers';
import { useHarness } from './harness';

/**
 * The content script is a gate (entrypoints/content/candidates.ts): the lens, with everything that highlights, is
 * injected only into a frame whose text passes the pre-filter. No script is declared in frames: a document's gate asks
 * the background for the gate in each of its frames once that frame is big enough and in view (frame-watch.ts).
 */

interface ExecutionContext {
  id: number;
  origin: string;
  auxData?: { type?: string; frameId?: string };
}

/**
 * Evaluates `expression` in the extension's isolated world of `frame` (the content scripts' global object, which the
 * page cannot see), through DevTools; undefined when the content script has no world there.
 */
async function inContentScript(page: Page, frame: Frame, expression: string): Promise<unknown> {
  const cdp: CDPSession = await page.context().newCDPSession(frame === page.mainFrame() ? page : frame);
  try {
    const contexts: ExecutionContext[] = [];
    cdp.on('Runtime.executionContextCreated', (event: { context: ExecutionContext }) => contexts.push(event.context));
    await cdp.send('Runtime.enable');
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const world = contexts.find(
      (c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://') && c.auxData.frameId === frameTree.frame.id,
    );
    if (!world) return undefined;
    const { result } = (await cdp.send('Runtime.evaluate', { expression, contextId: world.id, returnByValue: true })) as {
      result: { value?: unknown };
    };
    return result.value;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

const lensState = (page: Page, frame: Frame = page.mainFrame()) => inContentScript(page, frame, `typeof globalThis.__minutesLensSession`);
/** true when any script of the extension has run in the frame (its isolated world exists); undefined when none has */
const extensionWorld = (page: Page, frame: Frame) => inContentScript(page, frame, 'true');

interface ExtensionGlobals {
  chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
}

async function switchHost(h: ReturnType<typeof useHarness>, host: string, enabled: boolean): Promise<void> {
  const popup = await h.openPopup();
  await popup.evaluate(
    ([host, on]) => (globalThis as unknown as ExtensionGlobals).chrome.runtime.sendMessage({ type: 'set-switch', host, enabled: on }),
    [host, enabled] as const,
  );
  await popup.close();
}

const byId = async (page: Page, id: string) => (await page.$(`#${id}`))!.contentFrame().then((f) => f!);
const CHILD = { person: [], term: ['能動的サイバー防御', 'ＮＩＳＣ'] };

/** Highlight rules of ours in the document's adopted sheets, which the page's own scripts see: there should be none. */
const ourSheets = (page: Page) =>
  page.evaluate(() =>
    [...document.adoptedStyleSheets]
      .map((s) => [...s.cssRules].map((r) => r.cssText).join(' '))
      .filter((css) => css.includes('minutes-lens-person')),
  );

/** Opens a fixture whose script `slow-tail.js` (no such file) is answered only after a while: the page is parsed till then. */
async function openSlowly(page: Page, url: string): Promise<void> {
  await page.route('**/slow-tail.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2500));
    await route.fulfill({ contentType: 'text/javascript', body: '' });
  });
  await page.goto(url);
}

describe('the content script as a gate', () => {
  const h = useHarness();

  it('styles highlights from the start of the document with rules the page cannot see, on :root only', async () => {
    const page = await h.context.newPage();
    await openSlowly(page, h.server.url('gate/slow-tail.html'));
    // no sheet of ours in the page's lists, while parsed or after (page-highlight.css comes with the content script)
    expect((await page.evaluate<string[]>('window.sheetsAtParsed')).filter((css) => css.includes('minutes-lens-person'))).toEqual([]);
    expect(await ourSheets(page)).toEqual([]);
    // yet the rules reach the page: the person tint, inherited from :root by every element's highlight
    const tint = await page.evaluate(() => getComputedStyle(document.body, '::highlight(minutes-lens-person)').backgroundColor);
    expect(tint).toBe('rgba(255, 176, 0, 0.3)');
    // a page that mentions nothing: no lens
    expect(await lensState(page)).toBe('undefined');
    await page.close();
  });

  it('a page that replaces document.adoptedStyleSheets with its own: its sheet stays, and the mention is still styled', async () => {
    const page = await h.context.newPage();
    await openSlowly(page, h.server.url('gate/replaces-sheets.html'));
    await expect.poll(() => marked(page), { timeout: 15_000 }).toEqual({ person: ['村井純'], term: [] });
    expect(await ourSheets(page)).toEqual([]);
    expect(await page.evaluate('document.adoptedStyleSheets.includes(window.pageSheet)')).toBe(true);
    // the mention is painted with our style: its highlight's background is the person tint, inherited from :root
    const background = await page.evaluate(
      () => getComputedStyle(document.querySelector('p')!, '::highlight(minutes-lens-person)').backgroundColor,
    );
    expect(background).toBe('rgba(255, 176, 0, 0.3)');
    await page.close();
  });

  it('loads no lens on a page that mentions nothing, and loads it when a mention arrives later', async () => {
    const page = await h.context.newPage();
    await page.goto(h.server.url('gate/quiet.html'));
    // the content script is there (its world exists and has run) but has built nothing
    await expect.poll(() => lensState(page), { timeout: 15_000 }).toBe('undefined');
    await page.waitForTimeout(1000);
    expect(await lensState(page)).toBe('undefined');
    expect(await marked(page)).toEqual({ person: [], term: [] });

    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p>村井純氏が会合で発言した。</p>'));
    await expect.poll(() => marked(page), { timeout: 15_000 }).toEqual({ person: ['村井純'], term: [] });
    expect(await lensState(page)).toBe('function');
    await page.close();
  });

  it('leaves a cross-site frame below the first screen alone until it is scrolled into view', async () => {
    const page = await h.context.newPage();
    await page.goto(h.server.url('gate/below-fold.html'));
    const element = page.locator('#cross');
    await expect
      .poll(async () => (await element.elementHandle())?.contentFrame().then((f) => f?.url() ?? ''), { timeout: 15_000 })
      .toContain('frame-child.html');
    const frame = (await (await element.elementHandle()).contentFrame())!;
    await frame.waitForLoadState('load');
    await page.waitForTimeout(1500);
    expect(await marked(frame)).toEqual({ person: [], term: [] });
    // not even the gate: no script of the extension has run there (no isolated world)
    expect(await extensionWorld(page, frame)).toBeUndefined();

    await element.scrollIntoViewIfNeeded();
    await expect.poll(() => marked(frame), { timeout: 15_000 }).toEqual({ person: [], term: ['能動的サイバー防御', 'ＮＩＳＣ'] });
    expect(await lensState(page, frame)).toBe('function');
    await page.close();
  });

  it('never gives a 1×1, a hidden or an ad-sized (300×250) frame a script; lights up a frame in a frame, about:blank, srcdoc, frames added or navigated later', async () => {
    const page = await h.context.newPage();
    await page.goto(h.server.url('gate/frames.html'));
    await expect.poll(() => marked(page), { timeout: 15_000 }).toEqual({ person: ['村井純'], term: [] });
    const inner = () => page.frames().find((f) => f.parentFrame()?.url().includes('gate/nest.html'));
    await expect.poll(async () => (inner() ? marked(inner()!) : null), { timeout: 15_000 }).toEqual(CHILD);
    await expect.poll(async () => marked(await byId(page, 'srcdoc')), { timeout: 15_000 }).toEqual({ person: ['平将明'], term: [] });
    await expect.poll(async () => marked(await byId(page, 'blank')), { timeout: 15_000 }).toEqual({ person: ['高市早苗'], term: [] });
    expect(await page.frameLocator('#blank').locator('body').innerHTML()).toBe('<p>空のフレームに書いた高市早苗</p>');
    // the outer frame has no mention but has its gate, which asked for the inner one
    expect(await extensionWorld(page, await byId(page, 'nest'))).toBe(true);
    for (const id of ['pixel', 'hidden', 'ad']) {
      const frame = await byId(page, id);
      await frame.waitForLoadState('load');
      expect(await extensionWorld(page, frame), id).toBeUndefined();
    }

    // a frame the page adds later, and one that loads another document
    await page.evaluate(() => {
      const frame = document.createElement('iframe');
      frame.id = 'late';
      frame.width = '600';
      frame.height = '100';
      frame.src = '../frame.html';
      document.body.prepend(frame);
    });
    await expect
      .poll(async () => marked(await byId(page, 'late')), { timeout: 15_000 })
      .toEqual({ person: [], term: ['NISC', '能動的サイバー防御'] });
    await page.evaluate(() => {
      const frame = document.getElementById('srcdoc') as HTMLIFrameElement;
      frame.removeAttribute('srcdoc');
      frame.src = '../hostile/frame-child.html';
    });
    await expect.poll(async () => marked(await byId(page, 'srcdoc')), { timeout: 15_000 }).toEqual(CHILD);
    await page.close();
  });

  it("loads the popover's UI when the pointer first passes over a mention, before it rests there", async () => {
    const page = await h.context.newPage();
    await page.goto(h.server.url('gate/replaces-sheets.html'));
    await expect.poll(() => marked(page), { timeout: 15_000 }).toEqual({ person: ['村井純'], term: [] });
    const ui = () => inContentScript(page, page.mainFrame(), 'typeof globalThis.__minutesLensPopover');
    await page.mouse.move(600, 800);
    await page.waitForTimeout(500);
    expect(await ui()).toBe('undefined');
    const box = await page.evaluate(() => {
      const text = document.querySelector('p')!.firstChild!;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 3);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    // across the name and away at once: no hover settles, so no popover opens, but its UI is on its way
    await page.mouse.move(box.x, box.y);
    await page.mouse.move(600, 800);
    await expect.poll(ui, { timeout: 15_000 }).toBe('function');
    expect(await page.evaluate(() => document.documentElement.lastElementChild?.localName.startsWith('minutes-lens-popover'))).toBe(false);
    await page.close();
  });

  it('runs no script in the frames of a switched-off host, nor in the frames within them', async () => {
    await switchHost(h, 'localhost', false);
    try {
      const page = await h.context.newPage();
      await page.goto(h.server.url('gate/frames.html'));
      await expect.poll(() => marked(page), { timeout: 15_000 }).toEqual({ person: ['村井純'], term: [] });
      await expect.poll(async () => marked(await byId(page, 'srcdoc')), { timeout: 15_000 }).toEqual({ person: ['平将明'], term: [] });
      const nest = await byId(page, 'nest');
      await nest.waitForLoadState('load');
      await page.waitForTimeout(1500);
      expect(await extensionWorld(page, nest)).toBeUndefined();
      const inner = page.frames().find((f) => f.parentFrame() === nest)!;
      expect(await marked(inner)).toEqual({ person: [], term: [] });
      await page.close();
    } finally {
      await switchHost(h, 'localhost', true);
    }
  });
});
