// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusDate } from './CorpusDate';
import { LangProvider } from './i18n';
import { Marked } from './Marked';
import { PersonCard } from './PersonCard';
import { RemarkList } from './RemarkList';
import { Snippet } from './Snippet';
import { TermCard } from './TermCard';
import { activeDefenseDetails, muraiDetails, remarkView } from '../lib/db/testing/views';

afterEach(cleanup);

describe('Marked', () => {
  it('wraps exactly the given ranges in <mark>', () => {
    const { container } = render(<Marked text="村井本部員の発言" ranges={[{ start: 0, end: 2 }]} />);
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['村井']);
    expect(container.textContent).toBe('村井本部員の発言');
  });

  it('renders markup in the text as characters, never as HTML', () => {
    const { container } = render(<Marked text="<b>情報通信</b>" ranges={[{ start: 3, end: 7 }]} />);
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toBe('<b>情報通信</b>');
    expect(container.querySelector('mark')?.textContent).toBe('情報通信');
  });

  it('joins overlapping ranges into one mark', () => {
    const { container } = render(<Marked text="能動的サイバー防御" ranges={[{ start: 0, end: 5 }, { start: 3, end: 9 }]} />);
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['能動的サイバー防御']);
  });
});

describe('Snippet', () => {
  it('cuts a long text around the first match and shows where it was cut', () => {
    const text = `${'あ'.repeat(200)}村井${'い'.repeat(200)}`;
    const { container } = render(<Snippet text={text} ranges={[{ start: 200, end: 202 }]} maxLength={40} />);
    expect(container.querySelector('mark')?.textContent).toBe('村井');
    expect(container.textContent.startsWith('…')).toBe(true);
    expect(container.textContent.endsWith('…')).toBe(true);
    expect(container.textContent.length).toBe(42);
  });
});

describe('CorpusDate', () => {
  it('writes the date for the UI language and keeps the ISO date machine-readable', () => {
    const { container } = render(
      <>
        <LangProvider lang="ja">
          <CorpusDate date="2023-07-04" />
        </LangProvider>
        <LangProvider lang="en">
          <CorpusDate date="2023-07-04" />
        </LangProvider>
      </>,
    );
    const times = [...container.querySelectorAll('time')];
    expect(times.map((t) => t.textContent)).toEqual(['2023年7月4日', '4 Jul 2023']);
    expect(times.map((t) => t.getAttribute('datetime'))).toEqual(['2023-07-04', '2023-07-04']);
  });
});

describe('PersonCard', () => {
  it('shows name, reading, romaji and the role at each meeting with its date', () => {
    render(
      <LangProvider lang="ja">
        <PersonCard details={muraiDetails()} />
      </LangProvider>,
    );
    const card = screen.getByRole('article', { name: '村井純' });
    expect(within(card).getByRole('heading', { level: 2, name: '村井純' })).toBeTruthy();
    expect(card.textContent).toContain('むらいじゅん');
    expect(card.textContent).toContain('Jun Murai');
    const roles = within(card).getAllByRole('listitem');
    expect(roles).toHaveLength(3);
    expect(roles[0].textContent).toContain('2015年2月10日');
    expect(roles[0].textContent).toContain('慶應義塾大学教授');
    expect(roles[2].textContent).toContain('第36回');
  });
});

describe('TermCard', () => {
  it('shows label, synonyms, English and definition', () => {
    render(
      <LangProvider lang="en">
        <TermCard details={activeDefenseDetails()} headingLevel={3} />
      </LangProvider>,
    );
    const card = screen.getByRole('article', { name: '能動的サイバー防御' });
    expect(within(card).getByRole('heading', { level: 3 }).textContent).toBe('能動的サイバー防御');
    const synonyms = within(card).getAllByRole('listitem').map((li) => li.textContent);
    expect(synonyms).toEqual(['アクティブ・サイバー・ディフェンス', 'アクティブサイバーディフェンス']);
    expect(card.textContent).toContain('active cyber defense');
    expect(card.textContent).toContain('重大なサイバー攻撃を未然に防ぐための取組。');
  });
});

describe('RemarkList', () => {
  it('lists remarks with speaker, role, meeting, date, a written badge and the needles marked', () => {
    const views = activeDefenseDetails().remarks;
    render(
      <LangProvider lang="ja">
        <RemarkList remarks={views} label="発言" needles={['能動的サイバー防御', 'アクティブサイバーディフェンス']} />
      </LangProvider>,
    );
    const list = screen.getByRole('list', { name: '発言' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0].textContent).toContain('高市早苗');
    expect(items[0].textContent).toContain('経済安全保障担当大臣');
    expect(items[0].textContent).toContain('書面提出');
    expect(items[0].textContent).toContain('2023年7月4日');
    expect(items[0].querySelector('mark')?.textContent).toBe('能動的サイバー防御');
    // the middle dots are part of the marked text even though matching ignores them
    expect(items[1].querySelector('mark')?.textContent).toBe('アクティブ・サイバー・ディフェンス');
    expect(items[1].textContent).not.toContain('書面提出');
  });

  it('falls back to the printed label when the minutes name no speaker', () => {
    render(<RemarkList remarks={[remarkView('hq-036-r3')]} label="remarks" />);
    expect(screen.getByRole('listitem').textContent).toContain('委員');
  });

  it('shows at most `limit` remarks', () => {
    render(<RemarkList remarks={muraiDetails().remarks} label="remarks" limit={2} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  it('says so when there are no remarks instead of rendering an empty list', () => {
    render(
      <LangProvider lang="en">
        <RemarkList remarks={[]} label="remarks" />
      </LangProvider>,
    );
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.getByText('No recorded remarks')).toBeTruthy();
  });
});
