// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BodyDetails } from '../../lib/corpus/views';
import { LangProvider } from '../i18n';
import { activeDefenseDetails, muraiDetails } from '../../lib/db/testing/views';
import { type PopoverContent, PopoverView, type PopoverViewProps } from './PopoverView';

afterEach(cleanup);

function show(content: PopoverContent, overrides: Partial<PopoverViewProps> = {}) {
  const props: PopoverViewProps = {
    mentionText: '村井氏',
    content,
    dataDate: '2025-09-19',
    pinned: false,
    onPin: vi.fn(),
    onClose: vi.fn(),
    onOpenRoute: vi.fn(),
    onStep: vi.fn(),
    ...overrides,
  };
  render(
    <LangProvider lang="ja">
      <PopoverView {...props} />
    </LangProvider>,
  );
  return props;
}

function hqDetails(): BodyDetails {
  const murai = muraiDetails();
  const meetings = murai.appearances.map((a) => a.meeting).reverse();
  return {
    kind: 'body',
    body: {
      id: 'サイバーセキュリティ戦略本部',
      name: 'サイバーセキュリティ戦略本部',
      aliases: [],
      en: 'Cybersecurity Strategic Headquarters',
    },
    meetings,
    remarks: murai.remarks.slice(0, 2),
  };
}

describe('PopoverView', () => {
  it("shows a body's meetings (date, number, title) and remarks there, and opens the search over its meetings", () => {
    const details = hqDetails();
    const props = show({ status: 'ready', details: [details] }, { mentionText: '戦略本部' });
    expect(screen.getByRole('dialog', { name: 'サイバーセキュリティ戦略本部（議事概要レンズ）' })).toBeTruthy();
    expect(screen.getByText('会議体')).toBeTruthy();
    const rows = document.querySelectorAll('[data-meeting-id]');
    expect([...rows].map((r) => r.getAttribute('data-meeting-id'))).toEqual(details.meetings.map((m) => m.id));
    expect(rows[0].textContent).toContain(`第${details.meetings[0].number}回`);
    expect(rows[0].textContent).toContain(details.meetings[0].title);
    expect(document.querySelectorAll('li[data-remark-id]').length).toBe(2);
    fireEvent.click(screen.getByRole('button', { name: 'サイドパネルで開く' }));
    expect(props.onOpenRoute).toHaveBeenCalledWith(expect.stringMatching(/^#\/search\?.*body/));
  });

  it('is a dialog named after the mention while loading, then after the entity', () => {
    show({ status: 'loading' });
    expect(screen.getByRole('dialog', { name: '村井氏（議事概要レンズ）' })).toBeTruthy();
    expect(screen.getByText('読み込み中…')).toBeTruthy();
    cleanup();
    show({ status: 'ready', details: [muraiDetails()] });
    expect(screen.getByRole('dialog', { name: '村井純（議事概要レンズ）' })).toBeTruthy();
  });

  it('shows the data date', () => {
    show({ status: 'ready', details: [muraiDetails()] });
    expect(screen.getByRole('dialog').textContent).toContain('データ: 2025年9月19日 時点');
  });

  it('shows every candidate of an ambiguous mention with a note saying so', () => {
    const other = muraiDetails();
    other.person = { ...other.person, id: 'p-murai-other', name: '村井別人' };
    show({ status: 'ready', details: [muraiDetails(), other] });
    expect(screen.getByText('この表記は次の複数の人物を指す可能性があります')).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['村井純', '村井別人']);
  });

  it('opens the side panel at the person, the term and a remark', () => {
    const props = show({ status: 'ready', details: [muraiDetails(), activeDefenseDetails()] });
    const buttons = screen.getAllByRole('button', { name: 'サイドパネルで開く' });
    fireEvent.click(buttons[0]);
    fireEvent.click(buttons[1]);
    const remark = muraiDetails().remarks[0];
    fireEvent.click(document.querySelector(`li[data-remark-id="${remark.remark.id}"] .ml-remark-open`)!);
    expect(vi.mocked(props.onOpenRoute).mock.calls.map(([route]) => route)).toEqual([
      `#/person/${muraiDetails().person.id}`,
      `#/term/${activeDefenseDetails().term.id}`,
      `#/remark/${remark.remark.id}`,
    ]);
  });

  it('pins, closes and steps through mentions from its buttons', () => {
    const props = show({ status: 'ready', details: [muraiDetails()] }, { pinned: true });
    const pin = screen.getByRole('button', { name: '固定する' });
    expect(pin.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(pin);
    fireEvent.click(screen.getByRole('button', { name: '次の語句' }));
    fireEvent.click(screen.getByRole('button', { name: '前の語句' }));
    fireEvent.click(screen.getByRole('button', { name: '閉じる' }));
    expect(props.onPin).toHaveBeenCalledWith(false);
    expect(vi.mocked(props.onStep).mock.calls).toEqual([[1], [-1]]);
    expect(props.onClose).toHaveBeenCalledOnce();
  });

  it('says so when the data could not be loaded', () => {
    show({ status: 'failed' });
    expect(screen.getByText('データを読み込めませんでした')).toBeTruthy();
  });
});
