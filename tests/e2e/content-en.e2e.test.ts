import { describe, expect, it } from 'vitest';
import { expectedRemarkIds, marked, pointOf } from './content-helpers';
import { useHarness } from './harness';

/** The popover in an English browser with a dark colour scheme, over a dark English news page. */
describe('content script popover in English, dark', () => {
  const h = useHarness({ locale: 'en-US', colorScheme: 'dark' });

  it('shows both people for an ambiguous mention, in English, with a dark theme (screenshot content-popover-en.png)', async () => {
    const page = await h.openFixture('news-en.html');
    await expect.poll(async () => (await marked(page)).person, { timeout: 20_000 }).toContain('Mr. Nakatani');
    const { x, y } = await pointOf(page, 'Mr. Nakatani');
    await page.mouse.move(x, y - 50);
    await page.mouse.move(x, y, { steps: 4 });
    const dialog = page.getByRole('dialog', { name: '中谷元 / 中谷和弘 (Minutes Lens)' });
    await expect.poll(() => dialog.locator('.ml-card-title').allTextContents()).toEqual(['中谷元', '中谷和弘']);
    expect(await dialog.locator('.ml-popover-note').textContent()).toBe('This could refer to any of these people');
    expect(await dialog.locator('li[data-remark-id]').count()).toBe(expectedRemarkIds('中谷元').length + expectedRemarkIds('中谷和弘').length);
    expect(await dialog.getByRole('button', { name: 'Open in side panel' }).count()).toBe(2);
    const background = await dialog.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe('rgb(27, 30, 35)');
    const path = await h.screenshot(page, 'content-popover-en.png');
    console.log(`screenshot: ${path}`);
    await page.close();
  });
});
