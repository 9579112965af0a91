import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useHarness } from './harness';

/** Relative luminance of the panel's background, 0 (black) to 1 (white). */
async function backgroundLuminance(page: Page): Promise<number> {
  const rgb = await page.locator('.ml-root').evaluate((el) => getComputedStyle(el).backgroundColor);
  const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

const looks = [
  { locale: 'ja-JP', colorScheme: 'light', tag: 'ja-light', label: '議事概要を検索', back: '検索に戻る' },
  { locale: 'en-US', colorScheme: 'dark', tag: 'en-dark', label: 'Search the minutes', back: 'Back to search' },
] as const;

describe.each(looks)('side panel screens ($tag)', ({ locale, colorScheme, tag, label, back }) => {
  const h = useHarness({ locale, colorScheme, waitForSeed: false });

  it('shows search results in the UI language and theme', async () => {
    const page = await h.openSidePanel('#/search?q=' + encodeURIComponent('能動的サイバー防御'));
    await page.getByRole('searchbox', { name: label }).waitFor();
    await page.locator('.ml-results > li').first().waitFor();
    // the facets and the per-meeting chart of this query are drawn (they follow the results' frame)
    await page.locator('.ml-chart-slot:not([data-stale])').waitFor();
    const luminance = await backgroundLuminance(page);
    expect(colorScheme === 'dark' ? luminance < 0.2 : luminance > 0.9).toBe(true);
    await h.screenshot(page, `sidepanel-search-${tag}.png`);
    await page.locator('.ml-filters summary').click();
    await h.screenshot(page, `sidepanel-filters-${tag}.png`);
    await page.close();
  });

  it('shows a remark in context, a person and a term', async () => {
    const page = await h.openSidePanel('#/remark/hq-034-r7');
    await page.locator('.ml-remark-full').waitFor();
    expect(await page.getByRole('button', { name: new RegExp(back) }).count()).toBe(1);
    await h.screenshot(page, `sidepanel-remark-${tag}.png`);
    await page.evaluate(() => (location.hash = '#/person/p-takaichi-sanae'));
    await page.locator('.ml-timeline circle').first().waitFor();
    expect(await page.locator('.ml-timeline circle').count()).toBe(await page.locator('.ml-roles > li').count());
    await h.screenshot(page, `sidepanel-person-${tag}.png`);
    await page.evaluate(() => (location.hash = '#/term/t-active-cyber-defense'));
    await page.locator('.ml-term').waitFor();
    expect(await page.locator('.ml-chart-row').count()).toBeGreaterThan(0);
    await h.screenshot(page, `sidepanel-term-${tag}.png`);
    await page.close();
  });
});
