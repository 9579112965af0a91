import { describe, expect, it } from 'vitest';
import { useHarness } from './harness';

/** Rough edges a new user met (issue #15), each fixed and kept fixed here. */
describe('rough edges (Chromium)', () => {
  const h = useHarness({ locale: 'ja-JP' });

  it('keeps the highlight switches in view in the 600 px popup once a result shows', async () => {
    const page = await h.openPopup();
    await page.getByRole('searchbox').fill('murai');
    await page.getByRole('article', { name: '村井純' }).waitFor();
    await page.getByRole('list', { name: '最近の発言' }).waitFor();
    const { scrollable, switches } = await page.evaluate(() => ({
      scrollable: document.documentElement.scrollHeight > innerHeight,
      switches: [...document.querySelectorAll('input[role=switch]')].map((el) => {
        const r = el.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return {
          bottom: r.bottom,
          top: r.top,
          onTop: hit === el || el.contains(hit) || (hit instanceof HTMLLabelElement && hit.control === el),
        };
      }),
    }));
    expect(scrollable).toBe(true);
    for (const s of switches) {
      expect(s.top).toBeGreaterThanOrEqual(0);
      expect(s.bottom).toBeLessThanOrEqual(600);
      expect(s.onTop).toBe(true);
    }
    // and still after scrolling through the remarks
    await page.mouse.wheel(0, 400);
    const bottom = await page
      .locator('input[role=switch]')
      .last()
      .evaluate((el) => el.getBoundingClientRect().bottom);
    expect(bottom).toBeLessThanOrEqual(600);
    await page.close();
  });

  it.each([
    ['#/person/p-murai-jn', '「murai jn」で検索', /#\/search\?q=murai(\+|%20)jn/],
    ['#/remark/hq-034-r999', 'この会合の発言を見る', /#\/search\?.*meeting=hq-034/],
  ])('offers a way on from a broken permalink %s', async (route, link, target) => {
    const page = await h.openSidePanel(route);
    await page.getByText(/見つかりません（/).waitFor();
    await page.getByRole('link', { name: link }).click();
    await expect.poll(() => page.url()).toMatch(target);
    await page.locator('.ml-result-count').waitFor();
    expect(await page.getByRole('link', { name: '検索に戻る' }).count()).toBe(0);
    await page.close();
  });

  it('goes back to search from a broken permalink', async () => {
    const page = await h.openSidePanel('#/term/t-nothing-here');
    await page.getByText('見つかりません（t-nothing-here）').waitFor();
    await page.getByRole('link', { name: '検索に戻る' }).click();
    await page.getByRole('searchbox', { name: '議事概要を検索' }).waitFor({ state: 'visible' });
    await page.close();
  });
});
