// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { scanWithFixtureCorpus } from './fixture-scan';
import { MentionStore, type Painter } from './mention-store';

/** Like the Highlight API painter: the mentions stay in the page's own text nodes, so it reports none of its own. */
const painter: Painter = { paint: () => undefined, unpaint: () => {}, clear: () => {} };

const texts = (store: MentionStore, node: Node) =>
  store
    .at(node)
    .map((m) => m.range.toString())
    .sort();

describe('the mention store, indexing text nodes when first asked', () => {
  it('finds a mention at each of its text nodes, and none elsewhere', async () => {
    document.body.innerHTML = '<p id="p">講演は<b>村井</b>純氏。能動的サイバー防御も。</p><p id="q">何もない段落。</p>';
    const store = new MentionStore(painter);
    await scanWithFixtureCorpus(store);
    const p = document.getElementById('p')!;
    const [before, bold, after] = [p.firstChild!, p.querySelector('b')!.firstChild!, p.lastChild!];
    expect(texts(store, bold)).toEqual(['村井純']);
    expect(texts(store, after)).toEqual(['村井純', '能動的サイバー防御']);
    expect(texts(store, before)).toEqual([]);
    expect(texts(store, document.getElementById('q')!.firstChild!)).toEqual([]);
  });

  it('forgets what was removed before and after the index was built', async () => {
    document.body.innerHTML = '<p id="a">村井純氏の講演。</p><p id="b">能動的サイバー防御の議論。</p><p id="c">村井純氏、再び。</p>';
    const store = new MentionStore(painter);
    await scanWithFixtureCorpus(store);
    const a = document.getElementById('a')!;
    const b = document.getElementById('b')!;
    const c = document.getElementById('c')!;
    // removed while not indexed yet
    store.removeWithin(a);
    expect(texts(store, a.firstChild!)).toEqual([]);
    expect(texts(store, b.firstChild!)).toEqual(['能動的サイバー防御']);
    // removed once indexed
    store.removeWithin(b);
    expect(texts(store, b.firstChild!)).toEqual([]);
    expect(texts(store, c.firstChild!)).toEqual(['村井純']);
    c.remove();
    store.removeDetached();
    expect(store.size).toBe(0);
    expect(texts(store, c.firstChild!)).toEqual([]);
  });

  it('finds mentions added after the index was built', async () => {
    document.body.innerHTML = '<p id="a">村井純氏の講演。</p>';
    const store = new MentionStore(painter);
    await scanWithFixtureCorpus(store);
    expect(texts(store, document.getElementById('a')!.firstChild!)).toEqual(['村井純']);
    document.body.insertAdjacentHTML('beforeend', '<p id="b">能動的サイバー防御の議論。</p>');
    await scanWithFixtureCorpus(store, document.getElementById('b')!);
    expect(texts(store, document.getElementById('b')!.firstChild!)).toEqual(['能動的サイバー防御']);
    expect(texts(store, document.getElementById('a')!.firstChild!)).toEqual(['村井純']);
  });
});
