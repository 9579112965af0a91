// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { planQuery } from '../../lib/search/plan';
import { search } from '../../lib/search/search';
import { searchIndex } from '../../lib/search/testing/corpus';
import type { SearchFilters } from '../../lib/search/types';
import { LangProvider } from '../i18n';
import { Filters } from './Filters';
import { QueryChips } from './QueryChips';

afterEach(cleanup);

const index = searchIndex();

function renderFilters(query: string, filters: SearchFilters) {
  const onChange = vi.fn();
  const { facets } = search(index, planQuery(query, index), { filters });
  render(
    <LangProvider lang="en">
      <Filters index={index} facets={facets} filters={filters} onChange={onChange} />
    </LangProvider>,
  );
  return onChange;
}

describe('Filters', () => {
  it('lists the speakers of the results with their counts and adds a chosen one to the filters', () => {
    const onChange = renderFilters('能動的サイバー防御', { from: '2023-01-01' });
    const speakers = within(screen.getByRole('group', { name: 'Speaker' }));
    expect(speakers.getAllByRole('checkbox').map((c) => c.closest('label')!.textContent)).toEqual(['高市早苗1', '村井純1']);
    fireEvent.click(speakers.getByRole('checkbox', { name: /高市早苗/ }));
    expect(onChange).toHaveBeenCalledWith({ from: '2023-01-01', speakers: ['p-takaichi-sanae'] });
  });

  it('keeps a chosen speaker listed when the results no longer hold them, and clears all filters', () => {
    const onChange = renderFilters('パワーグリッド', { speakers: ['p-takaichi-sanae'] });
    const box = within(screen.getByRole('group', { name: 'Speaker' })).getByRole<HTMLInputElement>('checkbox', { name: /高市早苗/ });
    expect(box.checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(onChange).toHaveBeenCalledWith({});
  });

  it('drops a filter set back to Any instead of keeping an empty value', () => {
    const onChange = renderFilters('', { sections: ['討議'], mode: 'written' });
    fireEvent.change(screen.getByLabelText('Spoken or written'), { target: { value: '' } });
    expect(onChange).toHaveBeenCalledWith({ sections: ['討議'] });
  });
});

describe('QueryChips', () => {
  it('shows one chip per clause, with the spellings a typo was matched by', () => {
    render(
      <LangProvider lang="en">
        <QueryChips clauses={planQuery('ランサムウエア 能動的サイバー防御', index)} />
      </LangProvider>,
    );
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['能動的サイバー防御 +2 spellings', 'ランサムウエア ≈ ランサムウェア']);
  });
});
