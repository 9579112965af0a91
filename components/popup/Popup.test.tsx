// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SwitchState } from '../../lib/db/switches';
import { memoryQueries } from '../../lib/db/memory-queries';
import { smallCorpus } from '../../lib/db/testing/small-corpus';
import { LangProvider } from '../i18n';
import type { SwitchControls } from './HighlightSwitches';
import { Popup } from './Popup';

afterEach(cleanup);

const q = memoryQueries(smallCorpus());

function switches(
  host: string | null,
  state: SwitchState = { global: true, site: true },
): SwitchControls & { set: ReturnType<typeof vi.fn> } {
  return { host, get: async () => state, set: vi.fn(async () => undefined) };
}

function renderPopup(controls = switches('news.example'), openSidePanel = vi.fn()) {
  render(
    <LangProvider lang="ja">
      <Popup
        lookup={(s) => q.lookup(s)}
        details={(ref) => q.entityDetails(ref)}
        switches={controls}
        dataDate="2023-07-04"
        openSidePanel={openSidePanel}
      />
    </LangProvider>,
  );
  return { search: screen.getByRole('searchbox', { name: '人物・用語を検索' }), openSidePanel };
}

async function type(search: HTMLElement, text: string) {
  await act(async () => {
    fireEvent.change(search, { target: { value: text } });
  });
}

describe('Popup', () => {
  it.each(['村井', 'むらい', 'murai'])('answers %s with the card of 村井純 and his latest remarks', async (text) => {
    const { search } = renderPopup();
    await type(search, text);
    const results = await screen.findByRole('list', { name: '検索結果' });
    expect(within(results).getAllByRole('button')[0].textContent).toContain('村井純');
    const card = await screen.findByRole('article', { name: '村井純' });
    expect(card.textContent).toContain('慶應義塾大学教授');
    const remarks = screen.getByRole('list', { name: '最近の発言' });
    expect(
      within(remarks)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('time')?.getAttribute('datetime')),
    ).toEqual(['2023-07-04', '2022-06-17', '2015-02-10']);
  });

  it('finds a kanji term by its kana reading and marks the term in the remarks', async () => {
    const { search } = renderPopup();
    await type(search, 'のうどう');
    const card = await screen.findByRole('article', { name: '能動的サイバー防御' });
    expect(card.textContent).toContain('アクティブサイバーディフェンス');
    const marks = [...screen.getByRole('list', { name: '最近の発言' }).querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toContain('能動的サイバー防御');
    expect(marks).toContain('アクティブ・サイバー・ディフェンス');
  });

  it('moves the selection with the arrow keys and shows the chosen card; Enter moves focus to it', async () => {
    const { search } = renderPopup();
    await type(search, 'むら');
    await screen.findByRole('article', { name: '村井純' });
    const buttons = within(screen.getByRole('list', { name: '検索結果' })).getAllByRole('button');
    expect(search.getAttribute('aria-activedescendant')).toBe(buttons[0].id);
    await act(async () => {
      fireEvent.keyDown(search, { key: 'ArrowDown' });
    });
    expect(buttons[1].getAttribute('aria-current')).toBe('true');
    expect(search.getAttribute('aria-activedescendant')).toBe(buttons[1].id);
    await screen.findByRole('article', { name: '村田隆' });
    await act(async () => {
      fireEvent.keyDown(search, { key: 'ArrowUp' });
    });
    await screen.findByRole('article', { name: '村井純' });
    fireEvent.keyDown(search, { key: 'Enter' });
    expect(document.activeElement?.getAttribute('aria-label')).toBe('村井純');
  });

  it('says when nothing matches', async () => {
    const { search } = renderPopup();
    await type(search, 'zzzz');
    await waitFor(() => expect(screen.getAllByText('該当する人物・用語はありません').length).toBeGreaterThan(0));
    expect(screen.queryByRole('article')).toBeNull();
  });

  it('opens the side panel on the shown entity', async () => {
    const { search, openSidePanel } = renderPopup();
    await type(search, 'murai');
    await screen.findByRole('article', { name: '村井純' });
    fireEvent.click(screen.getByRole('button', { name: 'サイドパネルで開く' }));
    expect(openSidePanel).toHaveBeenCalledWith({ kind: 'person', id: 'p-murai-jun' });
  });

  it("switches highlighting off for the tab's site and globally", async () => {
    const controls = switches('news.example');
    renderPopup(controls);
    const site = await screen.findByRole('switch', { name: 'news.example でハイライト' });
    await waitFor(() => expect((site as HTMLInputElement).disabled).toBe(false));
    await act(async () => {
      fireEvent.click(site);
    });
    expect(controls.set).toHaveBeenCalledWith('news.example', false);
    await act(async () => {
      fireEvent.click(screen.getByRole('switch', { name: 'すべてのサイトでハイライト' }));
    });
    expect(controls.set).toHaveBeenCalledWith(null, false);
    expect((site as HTMLInputElement).disabled).toBe(true);
  });

  it('offers no site switch on pages the extension does not run on', async () => {
    renderPopup(switches(null));
    const site = await screen.findByRole('switch', { name: 'このページでは使えません' });
    expect((site as HTMLInputElement).disabled).toBe(true);
  });
});
