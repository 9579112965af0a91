// @vitest-environment happy-dom
// Dexie's live queries run only where a global indexedDB exists (as in the browser); this provides one, first.
import 'fake-indexeddb/auto';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { MinutesDb } from '../../lib/db/schema';
import { fakeDb } from '../../lib/db/testing/fake-db';
import type { SearchIndex } from '../../lib/search/search-index';
import { searchIndex } from '../../lib/search/testing/corpus';
import { LangProvider } from '../i18n';
import { SavedProvider } from './SavedContext';
import { SidePanelApp } from './SidePanelApp';

let db: MinutesDb;
afterEach(() => {
  cleanup();
  db?.close();
});

/** The panel over `loadIndex`, in English; `change()` tells it the corpus changed, as an import saved would. */
function renderPanel(loadIndex: () => Promise<SearchIndex>): { change: () => void } {
  let changed!: () => void;
  const onCorpusChanged = (listener: () => void) => {
    changed = listener;
    return () => {};
  };
  render(
    <LangProvider lang="en">
      <SavedProvider db={db}>
        <SidePanelApp loadIndex={loadIndex} onCorpusChanged={onCorpusChanged} />
      </SavedProvider>
    </LangProvider>,
  );
  return { change: () => act(() => changed()) };
}

describe('side panel while the corpus changes', () => {
  it('says the search is being updated in the data date’s place until the new index is loaded', async () => {
    db = fakeDb();
    const first = searchIndex();
    const dataDate = first.corpus.dataDate;
    expect(dataDate).toBeTruthy();
    let finishReload!: (index: SearchIndex) => void;
    let loads = 0;
    const loadIndex = () => (loads++ === 0 ? Promise.resolve(first) : new Promise<SearchIndex>((resolve) => (finishReload = resolve)));
    const { change } = renderPanel(loadIndex);
    const dateLine = () => document.querySelector('.ml-data-date');
    await screen.findByText(/^Data as of /);
    change();
    expect(dateLine()?.textContent).toBe('Updating search with the changed minutes…');
    expect(dateLine()?.getAttribute('role')).toBe('status');
    await act(async () => finishReload(first));
    expect(dateLine()?.textContent).toMatch(/^Data as of /);
  });

  it('shows the index of the latest change when two loads overlap, and says it is updating until that one is in', async () => {
    db = fakeDb();
    const dated = (date: string) => {
      const index = searchIndex();
      index.corpus.dataDate = date;
      return index;
    };
    const finish: ((index: SearchIndex) => void)[] = [];
    let loads = 0;
    const loadIndex = () =>
      loads++ === 0 ? Promise.resolve(dated('2029-01-10')) : new Promise<SearchIndex>((resolve) => finish.push(resolve));
    const { change } = renderPanel(loadIndex);
    const dateLine = () => document.querySelector('.ml-data-date')?.textContent;
    await screen.findByText(/^Data as of .*2029/);
    // two changes, whose loads finish in order: still updating after the first
    change();
    change();
    await act(async () => finish[0](dated('2030-01-10')));
    expect(dateLine()).toBe('Updating search with the changed minutes…');
    await act(async () => finish[1](dated('2031-01-10')));
    expect(dateLine()).toMatch(/^Data as of .*2031/);
    // two more, whose loads finish the other way round: the older one, finishing last, is not shown
    change();
    change();
    await act(async () => finish[3](dated('2033-01-10')));
    expect(dateLine()).toMatch(/^Data as of .*2033/);
    await act(async () => finish[2](dated('2032-01-10')));
    expect(dateLine()).toMatch(/^Data as of .*2033/);
  });
});
