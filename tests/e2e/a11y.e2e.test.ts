import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
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

/** The side panel's views to audit (the import view is to be added when its branch lands: `#/import`). */
const PANEL_VIEWS = [
  ['search', (q: string) => `#/search?q=${encodeURIComponent(q)}`, '.ml-results > li'],
  ['remark', () => '#/remark/hq-034-r7', '.ml-remark-full'],
  ['person', () => '#/person/p-murai-jun', '.ml-timeline'],
  ['term', () => '#/term/t-active-cyber-defense', '.ml-term'],
  ['not found', () => '#/person/p-nobody', '.ml-not-found'],
  ['saved', () => '#/saved', '.ml-saved-count'],
] as const;

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
