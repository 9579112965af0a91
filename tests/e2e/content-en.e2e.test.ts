import { describe, expect, it } from 'vitest';
import { corpus, expectedRemarkIds, marked, pointOf } from './content-helpers';
import { useHarness } from './harness';

/** The popover in an English browser with a dark colour scheme, over a dark English news page. */
describe('content script popover in English, dark', () => {
  const h = useHarness({ locale: 'en-US', colorScheme: 'dark' });

  it('shows a card for each entity a mention names (a body and its glossary term), in English, with a dark theme (screenshot content-popover-en.png)', async () => {
    const page = await h.openFixture('news-en.html');
    const text = 'Cybersecurity Strategic Headquarters';
    await expect.poll(async () => (await marked(page)).term, { timeout: 20_000 }).toContain(text);
    const { x, y } = await pointOf(page, text);
    await page.mouse.move(x, y - 50);
    await page.mouse.move(x, y, { steps: 4 });
    const name = 'サイバーセキュリティ戦略本部';
    const dialog = page.getByRole('dialog', { name: `${name} / ${name} (Minutes Lens)` });
    await expect.poll(() => dialog.locator('.ml-card-kind').allTextContents()).toEqual(['Body', 'Term']);
    expect(await dialog.locator('.ml-card-sub').first().textContent()).toContain('Cybersecurity Strategic Headquarters');
    const meetings = corpus.meetings.filter((m) => m.body === name);
    expect(await dialog.locator('[data-meeting-id]').count()).toBe(Math.min(5, meetings.length));
    expect(await dialog.locator('.ml-popover-entity').first().locator('li[data-remark-id]').count()).toBe(
      expectedRemarkIds(`body:${name}`).length,
    );
    expect(await dialog.getByRole('button', { name: 'Open in side panel' }).count()).toBe(2);
    const background = await dialog.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe('rgb(27, 30, 35)');
    const path = await h.screenshot(page, 'content-popover-en.png');
    console.log(`screenshot: ${path}`);
    await page.close();
  });
});
