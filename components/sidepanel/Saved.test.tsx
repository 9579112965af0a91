// @vitest-environment happy-dom
// Dexie's live queries run only where a global indexedDB exists (as in the browser); this provides one, first.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addNote, listSaved, saveRemark } from '../../lib/db/saved';
import type { MinutesDb } from '../../lib/db/schema';
import { fakeDb } from '../../lib/db/testing/fake-db';
import { remarkView } from '../../lib/db/testing/views';
import type { Lang } from '../../lib/i18n';
import { searchIndex } from '../../lib/search/testing/corpus';
import { LangProvider } from '../i18n';
import { SavedProvider, SavedToggle } from './SavedContext';
import { SavedNotes } from './SavedNotes';
import { SavedPage } from './SavedPage';

let db: MinutesDb;
afterEach(() => {
  cleanup();
  db?.close();
});

function ui(children: ReactNode, lang: Lang = 'en') {
  return render(
    <LangProvider lang={lang}>
      <SavedProvider db={db}>{children}</SavedProvider>
    </LangProvider>,
  );
}

describe('bookmark toggle', () => {
  it('is a labelled toggle button in each language, pressed once the remark is saved, and unsaving offers undo', async () => {
    db = fakeDb();
    ui(<SavedToggle view={remarkView('hq-034-r1')} />);
    const button = await screen.findByRole<HTMLButtonElement>('button', { name: 'Save', pressed: false });
    await waitFor(() => expect(button.disabled).toBe(false));
    fireEvent.click(button);
    await screen.findByRole('button', { name: 'Save', pressed: true });
    expect([...(await listSaved(db))].map((e) => e.remarkId)).toEqual(['hq-034-r1']);
    fireEvent.click(screen.getByRole('button', { name: 'Save', pressed: true }));
    await screen.findByRole('button', { name: 'Save', pressed: false });
    fireEvent.click(within(screen.getByRole('status')).getByRole('button', { name: 'Undo' }));
    await screen.findByRole('button', { name: 'Save', pressed: true });
    cleanup();
    ui(<SavedToggle view={remarkView('hq-034-r1')} />, 'ja');
    await screen.findByRole('button', { name: '保存', pressed: true });
  });
});

describe('notes editor', () => {
  it('adds a note on blur, saves the remark, edits on blur with a new date, deletes with undo', async () => {
    db = fakeDb();
    ui(<SavedNotes view={remarkView('hq-036-r1')} />);
    const box = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'New note' });
    fireEvent.change(box, { target: { value: '横の連携' } });
    fireEvent.blur(box);
    const first = await screen.findByRole<HTMLTextAreaElement>('textbox', { name: 'Note 1' });
    expect(first.value).toBe('横の連携');
    expect(box.value).toBe('');
    expect((await listSaved(db)).map((e) => e.remarkId)).toEqual(['hq-036-r1']);
    expect(screen.getByText(/^Updated \d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d$/)).toBeTruthy();

    fireEvent.change(first, { target: { value: '横の連携（重要インフラ）' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    await waitFor(async () => expect((await listSaved(db))[0].notes.map((n) => n.text)).toEqual(['横の連携（重要インフラ）']));

    fireEvent.click(screen.getByRole('button', { name: 'Delete note' }));
    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'Note 1' })).toBeNull());
    expect(screen.getByRole('status').textContent).toContain('Note deleted');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect((await screen.findByRole<HTMLTextAreaElement>('textbox', { name: 'Note 1' })).value).toBe('横の連携（重要インフラ）');
  });
});

describe('saved view', () => {
  it('lists saved remarks newest first with notes and English citations, and a remark gone from the corpus as such', async () => {
    db = fakeDb();
    const index = searchIndex();
    await saveRemark(db, remarkView('hq-034-r1'), 1);
    await addNote(db, remarkView('hq-034-r1'), 'grid switch', 2);
    await saveRemark(db, remarkView('hq-001-r3'), 3);
    index.byId.delete('hq-001-r3'); // as if an import holding it had been deleted
    const navigate = vi.fn();
    const onOpen = vi.fn();
    ui(<SavedPage index={index} query="" navigate={navigate} onOpen={onOpen} />);
    const list = await screen.findByRole('list', { name: 'Saved remarks' });
    await waitFor(() => expect(within(list).getAllByRole('listitem', { hidden: false }).filter((li) => li.parentElement === list)).toHaveLength(2));
    const [gone, live] = [...list.children] as HTMLElement[];
    expect(gone.dataset.remarkId).toBe('hq-001-r3');
    expect(within(gone).getByText('Remark no longer in the corpus (as it was when saved)')).toBeTruthy();
    expect(gone.querySelector('.ml-citation')!.textContent).toBe(
      'Cybersecurity Strategic Headquarters, "Summary of the 1st Meeting" [第1回会合 議事概要], 10 Feb 2015, remark by Sanae Takaichi (高市早苗, 総務大臣)',
    );
    expect(within(gone).queryByRole('button', { name: 'Open in context' })).toBeNull();
    expect(live.dataset.remarkId).toBe('hq-034-r1');
    expect(within(live).getByText('grid switch')).toBeTruthy();
    fireEvent.click(within(live).getByRole('button', { name: 'Open in context' }));
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ remark: expect.objectContaining({ id: 'hq-034-r1' }) }));
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter saved remarks' }), { target: { value: 'grid' } });
    expect(navigate).toHaveBeenCalledWith({ page: 'saved', query: 'grid' }, { replace: true });
  });

  it('narrows by the filter in the route and says when nothing matches', async () => {
    db = fakeDb();
    await saveRemark(db, remarkView('hq-034-r1'), 1);
    await saveRemark(db, remarkView('hq-036-r2'), 2);
    ui(<SavedPage index={searchIndex()} query="パワーグリッド" navigate={vi.fn()} onOpen={vi.fn()} />);
    await waitFor(() => expect(document.querySelectorAll('.ml-saved-list > li')).toHaveLength(1));
    expect(document.querySelector('.ml-saved-count')!.textContent).toBe('1 of 2');
    cleanup();
    ui(<SavedPage index={searchIndex()} query="nothing-like-this" navigate={vi.fn()} onOpen={vi.fn()} />);
    await screen.findByText('No saved remark matches the filter');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'CSV' }).disabled).toBe(true);
  });

  it('shows notes and saved text as text, never as markup', async () => {
    db = fakeDb();
    const payload = '<img src=x onerror="globalThis.pwned=1"><b>bold</b>';
    await addNote(db, remarkView('hq-001-r3'), payload, 1);
    ui(<SavedPage index={searchIndex()} query="" navigate={vi.fn()} onOpen={vi.fn()} />);
    const note = await screen.findByText(payload);
    expect(note.querySelector('img, b')).toBeNull();
    expect(document.querySelector('.ml-saved-list img')).toBeNull();
    // the remark's own text holds <b>…</b> in the test corpus: shown as typed
    expect(document.querySelector('.ml-saved-list .ml-snippet')!.textContent).toContain('<b>情報通信</b>');
  });
});
