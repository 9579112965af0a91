import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pointOf } from './content-helpers';
import { useHarness } from './harness';

/**
 * Accessibility audit with axe-core in real Chromium: the popup, the side panel's views and the popover, in both
 * themes and both languages. Serious and critical violations fail the test (with what axe says and where); moderate
 * and minor ones are printed.
 *
 * axe is evaluated in the page over the DevTools protocol, which extension pages' CSP (script-src 'self') does not
 * apply to; nothing is added to the extension.
 */
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe on the page, or on the element `scope` returns (found in the page, e.g. a shadow host). */
async function audit(page: Page, scope?: () => Element | null): Promise<Violation[]> {
  await page.evaluate(AXE);
  const target = scope ? await page.evaluateHandle(scope) : null;
  return page.evaluate(async (element) => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run(
            context: unknown,
            options: unknown,
          ): Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(element ?? document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`.slice(0, 300)),
    }));
  }, target);
}

function expectNoSerious(where: string, violations: Violation[]): void {
  const minor = violations.filter((v) => v.impact !== 'serious' && v.impact !== 'critical');
  if (minor.length) console.log(`axe ${where}: ${minor.map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`).join(', ')}`);
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${where}: ${v.id} (${v.impact}) ${v.help}\n  ${v.nodes.join('\n  ')}`)).toEqual([]);
}

/** The popover's shadow host: whichever element's open shadow root holds the dialog. */
function popoverHost(): Element | null {
  return [...document.querySelectorAll('*')].find((el) => el.shadowRoot?.querySelector('[role=dialog], dialog')) ?? null;
}

const languages = [
  { locale: 'ja-JP', lang: 'ja', search: '能動的サイバー防御' },
  { locale: 'en-US', lang: 'en', search: 'active cyber defense' },
] as const;
const themes = ['light', 'dark'] as const;

/** The side panel's views to audit; the import view and the saved view holding a remark have their own tests below. */
const PANEL_VIEWS = [
  ['search', (q: string) => `#/search?q=${encodeURIComponent(q)}`, '.ml-results > li'],
  ['remark', () => '#/remark/hq-034-r7', '.ml-remark-full'],
  ['person', () => '#/person/p-murai-jun', '.ml-timeline'],
  ['term', () => '#/term/t-active-cyber-defense', '.ml-term'],
  ['not found', () => '#/person/p-nobody', '.ml-not-found'],
  ['saved', () => '#/saved', '.ml-saved-count'],
] as const;

const IMPORT_FIXTURES = join(import.meta.dirname, 'fixtures/import');
let tmp: string;
let notMinutes: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'minutes-lens-a11y-'));
  notMinutes = join(tmp, 'shopping.txt');
  writeFileSync(notMinutes, 'milk\neggs\nbread\n');
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe.each(languages)('accessibility audit, $lang', ({ locale, lang, search }) => {
  const h = useHarness({ locale });

  it('finds what it should: a low-contrast line and an image without a text alternative, put into the side panel', async () => {
    const page = await h.openSidePanel();
    await page.getByRole('searchbox').waitFor();
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'faint';
      p.style.color = '#eeeeee';
      p.style.background = '#ffffff';
      const img = document.createElement('img');
      img.src = 'icon/16.png';
      document.querySelector('main')!.append(p, img);
    });
    const ids = (await audit(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining(['color-contrast', 'image-alt']));
    await page.close();
  });

  it.each(themes)('popup, %s', async (theme) => {
    const page = await h.openPopup();
    await page.emulateMedia({ colorScheme: theme });
    await page.getByRole('searchbox').waitFor();
    expectNoSerious(`popup ${lang} ${theme} (empty)`, await audit(page));
    await page.getByRole('searchbox').fill('murai');
    await page.getByRole('article', { name: '村井純' }).waitFor();
    await page.locator('.ml-details[aria-busy=false]').waitFor();
    expectNoSerious(`popup ${lang} ${theme} (person)`, await audit(page));
    await page.getByRole('searchbox').fill('のうどう');
    await page.getByRole('article', { name: '能動的サイバー防御' }).waitFor();
    await page.locator('.ml-details[aria-busy=false]').waitFor();
    expectNoSerious(`popup ${lang} ${theme} (term)`, await audit(page));
    await page.close();
  });

  it.each(themes)('side panel views, %s', async (theme) => {
    for (const [name, route, ready] of PANEL_VIEWS) {
      const page = await h.openSidePanel(route(search));
      await page.emulateMedia({ colorScheme: theme });
      await page.locator(ready).first().waitFor();
      if (name === 'search') await page.locator('.ml-filters summary').click();
      expectNoSerious(`side panel ${name} ${lang} ${theme}`, await audit(page));
      await page.close();
    }
  });

  it.each(themes)('import view, empty and with previews, %s', async (theme) => {
    const page = await h.openSidePanel('#/import');
    await page.emulateMedia({ colorScheme: theme });
    await page.locator('.ml-import-list .ml-muted', { hasText: lang === 'ja' ? 'まだ取り込んだ' : 'Nothing imported yet' }).waitFor();
    expectNoSerious(`side panel import ${lang} ${theme} (empty)`, await audit(page));
    // restoring an export is reachable by keyboard (the paste and export buttons are disabled while there is nothing)
    await page.locator('#ml-import-paste').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.ml-import-restore') !== null)).toBe(true);
    // a file read partly (a preview with the parser's diagnostics open) and one that is not minutes (its message)
    await page.locator('.ml-import input[type=file][multiple]').setInputFiles([join(IMPORT_FIXTURES, 'hq-040-2025-12-01.txt'), notMinutes]);
    await page.locator('.ml-import-item[data-state=preview]').waitFor({ timeout: 120_000 });
    await page.locator('.ml-import-item[data-state=problem]').waitFor({ timeout: 120_000 });
    await page.locator('.ml-import-preview details').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expectNoSerious(`side panel import ${lang} ${theme} (preview)`, await audit(page));
    await page.close();
  });

  it.each(themes)('saved view with a saved remark and a note, %s', async (theme) => {
    const remark = await h.openSidePanel('#/remark/hq-034-r7');
    const toggle = remark.locator('.ml-remark-full .ml-save-toggle');
    await remark.locator('.ml-remark-full .ml-save-toggle:not([disabled])').waitFor();
    if ((await toggle.getAttribute('aria-pressed')) !== 'true') {
      await remark.locator('.ml-note-new textarea').fill(lang === 'ja' ? '要確認' : 'to check');
      await toggle.focus(); // leaving the box saves the note, and the remark with it
      await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    }
    await remark.emulateMedia({ colorScheme: theme });
    expectNoSerious(`side panel remark with a note ${lang} ${theme}`, await audit(remark));
    await remark.close();
    const page = await h.openSidePanel('#/saved');
    await page.emulateMedia({ colorScheme: theme });
    await page.locator('.ml-saved-item').first().waitFor();
    expectNoSerious(`side panel saved ${lang} ${theme}`, await audit(page));
    await page.close();
  });

  it.each(themes)('popover, %s', async (theme) => {
    const page = await h.openFixture(lang === 'ja' ? 'news-ja.html' : 'news-en.html');
    await page.emulateMedia({ colorScheme: theme });
    const mention = lang === 'ja' ? '村井純' : 'Jun Murai';
    await expect
      .poll(
        () =>
          pointOf(page, mention).then(
            () => true,
            () => false,
          ),
        { timeout: 15_000 },
      )
      .toBe(true);
    const { x, y } = await pointOf(page, mention);
    await page.mouse.move(x, y - 60);
    await page.mouse.move(x, y, { steps: 4 });
    await page.getByRole('dialog').locator('.ml-card-title').first().waitFor();
    expectNoSerious(`popover ${lang} ${theme}`, await audit(page, popoverHost));
    await page.close();
  });
});
