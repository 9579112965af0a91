import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Harness, useHarness } from './harness';

/**
 * Hostile pages (tests/e2e/fixtures/hostile/): for each, the page's DOM text and form values are exactly what the
 * page made them, no error reaches the page's console, and the extension still works there (the ordinary mention
 * 村井純 on every page lights up and its popover opens).
 *
 * The page's state is read through references to the real DOM methods taken before any page script runs (an init
 * script in every frame), so a page that replaces those methods cannot fool the test — nor break it.
 */

interface HostileProbe {
  before: string[] | null;
  snapshot(): string[];
  marks(): { person: string[]; term: string[] };
  pointOf(text: string): { x: number; y: number } | null;
}

/** Runs in every frame before the page's own scripts. */
function installProbe(): void {
  const createTreeWalker = Document.prototype.createTreeWalker;
  const nextNode = TreeWalker.prototype.nextNode;
  const shadowRootOf = Object.getOwnPropertyDescriptor(Element.prototype, 'shadowRoot')!.get!;
  const inputValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.get!;
  const textareaValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.get!;
  const selectValue = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.get!;
  const rangeText = Range.prototype.toString;
  const rangeRects = Range.prototype.getClientRects;
  const registry = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null;
  const registryGet = registry ? HighlightRegistry.prototype.get : null;
  const highlightValues = typeof Highlight === 'function' ? Highlight.prototype.values : null;

  const walk = (root: Node, out: string[]) => {
    // 1 | 4: elements and text (NodeFilter itself may be replaced by the page)
    const walker = createTreeWalker.call(document, root, 5);
    for (let node: Node | null = walker.currentNode; node; node = nextNode.call(walker)) {
      if (node.nodeType === 3) {
        out.push(`#${(node as Text).data}`);
        continue;
      }
      if (node.nodeType !== 1) continue;
      const element = node as Element;
      let entry = `<${element.localName}`;
      if (element instanceof HTMLInputElement) entry += `=${inputValue.call(element)}`;
      else if (element instanceof HTMLTextAreaElement) entry += `=${textareaValue.call(element)}`;
      else if (element instanceof HTMLSelectElement) entry += `=${selectValue.call(element)}`;
      out.push(entry);
      const shadow = shadowRootOf.call(element) as ShadowRoot | null;
      if (shadow) {
        out.push('{');
        walk(shadow, out);
        out.push('}');
      }
    }
  };
  const ranges = (name: string): Range[] => {
    const highlight = registry && registryGet ? registryGet.call(registry, name) : undefined;
    return highlight && highlightValues ? ([...highlightValues.call(highlight)] as Range[]) : [];
  };
  const probe: HostileProbe = {
    before: null,
    snapshot() {
      const out: string[] = [];
      walk(document.documentElement, out);
      return out;
    },
    marks() {
      // loops, not Array.prototype.map: a page may have replaced that too
      const texts = (name: string) => {
        const out: string[] = [];
        for (const range of ranges(name)) out.push(rangeText.call(range));
        return out.sort();
      };
      return { person: texts('minutes-lens-person'), term: texts('minutes-lens-term') };
    },
    pointOf(text) {
      for (const name of ['minutes-lens-person', 'minutes-lens-term']) {
        for (const range of ranges(name)) {
          if (rangeText.call(range) !== text) continue;
          const rect = rangeRects.call(range)[0];
          if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
      }
      return null;
    },
  };
  Object.defineProperty(window, '__hostile', { value: probe });
  // The content script runs at document_idle, after the document became interactive: this is the page as it made itself.
  document.addEventListener('readystatechange', () => {
    if (document.readyState === 'interactive') probe.before = probe.snapshot();
  });
}

type Target = Page | Frame;
type Marks = { person: string[]; term: string[] };
/** What must be lit, in the order marks() reports it (code-unit order). */
const lit = (m: Marks): Marks => ({ person: [...m.person].sort(), term: [...m.term].sort() });
// (each callback runs in the page, so it names the probe itself)
const marks = (t: Target) => t.evaluate(() => (window as unknown as { __hostile: HostileProbe }).__hostile.marks());
const before = (t: Target) => t.evaluate(() => (window as unknown as { __hostile: HostileProbe }).__hostile.before);
const now = (t: Target) => t.evaluate(() => (window as unknown as { __hostile: HostileProbe }).__hostile.snapshot());

interface Visit {
  page: Page;
  /** page errors and console errors, from the page and every frame (content scripts included) */
  errors: string[];
}

async function visit(h: Harness, file: string): Promise<Visit> {
  const page = await h.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  await page.addInitScript(installProbe);
  await page.goto(h.server.url(`hostile/${file}`));
  // the ordinary mention every hostile page has: once it is lit, the extension is running there
  await expect.poll(() => marks(page), { timeout: 30_000 }).toMatchObject({ person: expect.arrayContaining(['村井純']) });
  return { page, errors };
}

/** Hovers a highlighted mention and waits for its popover's cards, visible and on top; then closes it. */
async function expectPopover(page: Page, text: string, card: string): Promise<void> {
  const point = await page.evaluate((t) => (window as unknown as { __hostile: HostileProbe }).__hostile.pointOf(t), text);
  expect(point, `"${text}" is highlighted`).not.toBeNull();
  await page.mouse.move(point!.x, point!.y - 80);
  await page.mouse.move(point!.x, point!.y, { steps: 4 });
  const dialog = page.getByRole('dialog');
  const title = dialog.locator('.ml-card-title').first();
  await title.waitFor({ state: 'visible', timeout: 10_000 });
  const titles = dialog.locator('.ml-card-title');
  const texts: (string | null)[] = [];
  // one by one: allTextContents() maps over an array in the page, and a page may have replaced Array.prototype.map
  for (let i = 0; i < (await titles.count()); i++) texts.push(await titles.nth(i).textContent());
  expect(texts).toContain(card);
  // nothing on the page covers it: a click there would reach the popover
  await title.click({ trial: true, timeout: 2_000 });
  await page.keyboard.press('Escape');
  await page.mouse.move(1, 1);
  await expect.poll(() => dialog.count()).toBe(0);
}

async function expectUnchanged(t: Target): Promise<void> {
  const original = await before(t);
  expect(original, 'the probe saw the page become interactive').not.toBeNull();
  expect(await now(t)).toEqual(original);
}

describe('hostile pages', () => {
  const h = useHarness({ locale: 'ja-JP' });

  it('a single text node of 1.15 million characters: names in it light up, the node is untouched', async () => {
    const { page, errors } = await visit(h, 'huge-text-node.html');
    await expect.poll(() => marks(page), { timeout: 30_000 }).toEqual(lit({ person: ['平将明', '村井純'], term: ['能動的サイバー防御'] }));
    await expectPopover(page, '村井純', '村井純');
    await expectUnchanged(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('100,000 small text nodes: a name split across two of them lights up, nothing is rewritten', async () => {
    const { page, errors } = await visit(h, 'many-nodes.html');
    // Mentions are painted near the viewport (highlight-painter.ts): the split name at the very end lights up when it
    // is brought into view, the one at the top again when the page is back at the top.
    await page.evaluate(() => document.getElementById('many')!.lastElementChild!.scrollIntoView({ block: 'center' }));
    await expect.poll(() => marks(page), { timeout: 30_000 }).toMatchObject({ person: expect.arrayContaining(['高市早苗']), term: [] });
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => marks(page), { timeout: 30_000 }).toMatchObject({ person: expect.arrayContaining(['村井純']), term: [] });
    await expectPopover(page, '村井純', '村井純');
    await expectUnchanged(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('400 nested blocks and 5,000 nested inline elements: the names at the bottom light up', async () => {
    const { page, errors } = await visit(h, 'deep-nesting.html');
    await expect.poll(() => marks(page)).toEqual(lit({ person: ['平将明', '村井純', '高市早苗'], term: [] }));
    await expectPopover(page, '高市早苗', '高市早苗');
    await expectUnchanged(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a page that changes every 5 ms: keeps up, lights no false words, and writes nothing of its own', async () => {
    const { page, errors } = await visit(h, 'mutating.html');
    // the feed and ticker rotate through 高市早苗 and 能動的サイバー防御; 平和 and 森林 must never light up
    await expect.poll(async () => (await marks(page)).person.includes('高市早苗'), { timeout: 10_000 }).toBe(true);
    await expect.poll(async () => (await marks(page)).term.includes('能動的サイバー防御'), { timeout: 10_000 }).toBe(true);
    await expectPopover(page, '村井純', '村井純');
    const seen = await marks(page);
    expect([...seen.person, ...seen.term].filter((t) => t.includes('平') || t.includes('林'))).toEqual([]);
    // what the DOM holds is exactly what the page wrote (read in one go, between two of its changes)
    const consistent = await page.evaluate(() => {
      const w = window as unknown as { __written: { ticker: string; feed: string[] } };
      const feed = [...document.querySelectorAll('#feed li')].map((li) => li.textContent);
      return (
        document.getElementById('ticker')!.textContent === w.__written.ticker && JSON.stringify(feed) === JSON.stringify(w.__written.feed)
      );
    });
    expect(consistent).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('open shadow roots (nested too) are read; a closed one is neither read nor touched', async () => {
    const { page, errors } = await visit(h, 'shadow-roots.html');
    await expect.poll(() => marks(page)).toEqual(lit({ person: ['平将明', '村井純'], term: ['能動的サイバー防御'] }));
    await expectPopover(page, '平将明', '平将明');
    await expectUnchanged(page);
    expect(await page.evaluate(() => (window as unknown as { __closedHtml(): string }).__closedHtml())).toBe(
      '<p>閉じたシャドウの中の高市早苗</p>',
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('frames: same-origin, srcdoc and cross-origin frames get marks of their own; about:blank and sandboxed ones stay as written', async () => {
    const { page, errors } = await visit(h, 'iframes.html');
    const byId = async (id: string) => (await page.$(`#${id}`))!.contentFrame();
    const child = lit({ person: [], term: ['ＮＩＳＣ', '能動的サイバー防御'] });
    await expect.poll(async () => marks((await byId('same'))!)).toEqual(child);
    await expect.poll(async () => marks((await byId('cross'))!), { timeout: 15_000 }).toEqual(child);
    await expect.poll(async () => marks((await byId('srcdoc'))!)).toEqual({ person: ['平将明'], term: [] });
    for (const id of ['same', 'cross', 'srcdoc']) await expectUnchanged((await byId(id))!);
    await expectPopover(page, '村井純', '村井純');
    await expectUnchanged(page);
    // about:blank written by the page and the sandboxed frame: whatever the browser lets the extension do there, the
    // text stays as written and nothing throws
    // (read through locators: evaluating in the page's world of a sandboxed frame is blocked, and logs that as an error)
    expect(await page.frameLocator('#blank').locator('body').innerHTML()).toBe('<p>空のフレームに書いた高市早苗</p>');
    expect((await page.frameLocator('#sandboxed').locator('body').innerHTML()).trim()).toBe(
      '<p>子フレームの能動的サイバー防御とＮＩＳＣ</p>',
    );
    // The test's own probe is a page-world script, which the sandboxed frame refuses (and says so); content scripts
    // are not page scripts, and without the probe this page logs nothing.
    expect(
      errors.filter((e) => !/Blocked script execution in '.*frame-child\.html' because the document's frame is sandboxed/.test(e)),
    ).toEqual([]);
    await page.close();
  });

  it('inputs, textareas, selects and editors are never marked or changed, also while the user types', async () => {
    const { page, errors } = await visit(h, 'editing.html');
    await expect.poll(() => marks(page)).toEqual(lit({ person: ['平将明', '村井純'], term: [] }));
    await expectUnchanged(page);
    await page.locator('#body').press('Control+End');
    await page.locator('#body').pressSequentially('、村井純氏');
    await page.locator('#editor b').click();
    await page.keyboard.press('End');
    await page.keyboard.type('と高市早苗');
    await page.locator('#name').fill('能動的サイバー防御 NISC');
    await page.waitForTimeout(800);
    expect(await marks(page)).toEqual(lit({ person: ['平将明', '村井純'], term: [] }));
    expect(await page.locator('#body').inputValue()).toBe('平将明サイバー安全保障担当相とNISCについて、村井純氏');
    expect(await page.locator('#editor').textContent()).toBe('林芳正官房長官と重要インフラと高市早苗');
    expect(await page.locator('#name').inputValue()).toBe('能動的サイバー防御 NISC');
    expect(await page.locator('#pick').inputValue()).toBe('村井純');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('SVG text is left alone, and the page around it still works', async () => {
    const { page, errors } = await visit(h, 'svg-text.html');
    await page.waitForTimeout(500);
    expect(await marks(page)).toEqual({ person: ['村井純'], term: [] });
    await expectPopover(page, '村井純', '村井純');
    await expectUnchanged(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('vertical writing: mentions light up and a vertical one opens its popover', async () => {
    const { page, errors } = await visit(h, 'vertical.html');
    // a range over ruby text reads with its annotation: 村井<rt>むらい</rt>純
    await expect
      .poll(() => marks(page))
      .toEqual(lit({ person: ['平将明', '村井むらい純', '村井純'], term: ['ＡＩ', 'ＮＩＳＣ', 'ＮＩＳＣ', '能動的サイバー防御'] }));
    await expectPopover(page, '能動的サイバー防御', '能動的サイバー防御');
    await expectUnchanged(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('right-to-left text: Latin and Japanese mentions inside Arabic and Hebrew light up; one in RTL opens', async () => {
    const { page, errors } = await visit(h, 'rtl.html');
    await expect
      .poll(() => marks(page))
      .toEqual(
        lit({
          person: ['Jun Murai', 'Masaaki Taira', 'Sanae Takaichi', '平将明', '村井純'],
          term: ['NISC', 'active cyber defense', 'critical infrastructure', '能動的サイバー防御'],
        }),
      );
    await expectPopover(page, 'Jun Murai', '村井純');
    await expectUnchanged(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a page that replaces DOM methods, CSS, JSON, Promise and timers, and claims the popover's tag name", async () => {
    const { page, errors } = await visit(h, 'prototype-overrides.html');
    await expect.poll(() => marks(page)).toEqual(lit({ person: ['平将明', '村井純'], term: ['能動的サイバー防御'] }));
    await expectPopover(page, '平将明', '平将明');
    await expectUnchanged(page);
    // the page's replacements are still in place: the extension did not repair or wrap them
    expect(
      await page.evaluate(() => [
        typeof (window.CSS as unknown as { supports(): boolean }).supports(),
        window.CSS.supports('display', 'grid'),
      ]),
    ).toEqual(['boolean', false]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a page whose CSS hides custom elements, dialogs and highlights: the popover still shows, on top', async () => {
    const { page, errors } = await visit(h, 'hostile-css.html');
    await expect.poll(() => marks(page)).toEqual(lit({ person: ['村井純'], term: ['能動的サイバー防御'] }));
    await expectPopover(page, '村井純', '村井純');
    await expectPopover(page, '能動的サイバー防御', '能動的サイバー防御');
    await expectUnchanged(page);
    expect(errors).toEqual([]);
    await page.close();
  });
});
