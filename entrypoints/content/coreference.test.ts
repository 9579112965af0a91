// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { scanWithFixtureCorpus } from './fixture-scan';
import { MentionStore, type Painter } from './mention-store';

/** Paints nothing; the store's contents are what would be painted. */
const painter: Painter = { paint: (m) => [m.range.startContainer as Text], unpaint: () => {}, clear: () => {} };

const scan = scanWithFixtureCorpus;

function shown(store: MentionStore): [string, string][] {
  return store.ordered().map((m) => [m.range.toString(), m.refs.map((r) => r.id).join(',')]);
}

describe('coreference in the content script (scanner + mention store)', () => {
  it('lights a surname in a later block after the full name in an earlier one, across text nodes', async () => {
    document.body.innerHTML = '<h1>高市氏が会見</h1><p>高市<b>早苗</b>首相は述べた。</p><p>高市氏はまた、<i>高市</i>としては…</p>';
    const store = new MentionStore(painter);
    await scan(store);
    expect(shown(store)).toEqual([
      ['高市早苗', 'p-takaichi'],
      ['高市氏', 'p-takaichi'],
      ['高市', 'p-takaichi'],
    ]);
  });

  it('updates when the full name leaves the page or arrives later', async () => {
    document.body.innerHTML = '<p id="a">村井純氏の講演。</p><p id="b">村井氏は語った。</p>';
    const store = new MentionStore(painter);
    await scan(store);
    expect(shown(store)).toEqual([
      ['村井純', 'p-murai'],
      ['村井氏', 'p-murai'],
    ]);
    document.getElementById('a')!.remove();
    store.removeDetached();
    store.resolve();
    expect(shown(store)).toEqual([]);
    const p = document.createElement('p');
    p.textContent = '村井純氏が再び登壇。';
    document.body.prepend(p);
    await scan(store, p);
    expect(shown(store)).toEqual([
      ['村井純', 'p-murai'],
      ['村井氏', 'p-murai'],
    ]);
  });

  it('counts only what is shown in the badge', async () => {
    document.body.innerHTML = '<p>中谷氏と村井氏</p>';
    const store = new MentionStore(painter);
    await scan(store);
    expect(store.stats()).toEqual({ people: 0, terms: 0 });
  });
});
