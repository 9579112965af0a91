// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { compilePatterns } from '../../lib/recognize/compile';
import { fixtureCorpus } from '../../lib/recognize/fixture-corpus';
import { Recognizer } from '../../lib/recognize/recognizer';
import { MentionStore, type Painter } from './mention-store';
import { scanRoot } from './scanner';

const compiled = compilePatterns(fixtureCorpus);
const recognizer = new Recognizer(compiled);
const patternChars = new Set(compiled.patterns.flatMap((p) => [...p.text]));

/** Paints nothing; the store's contents are what would be painted. */
const painter: Painter = { paint: (m) => [m.range.startContainer as Text], unpaint: () => {}, clear: () => {} };

function scan(store: MentionStore, root: Node = document.body) {
  for (const _ of scanRoot(root, recognizer, patternChars, store, () => {}));
}

function shown(store: MentionStore): [string, string][] {
  return store.ordered().map((m) => [m.range.toString(), m.refs.map((r) => r.id).join(',')]);
}

describe('coreference in the content script (scanner + mention store)', () => {
  it('lights a surname in a later block after the full name in an earlier one, across text nodes', () => {
    document.body.innerHTML = '<h1>高市氏が会見</h1><p>高市<b>早苗</b>首相は述べた。</p><p>高市氏はまた、<i>高市</i>としては…</p>';
    const store = new MentionStore(painter);
    scan(store);
    expect(shown(store)).toEqual([
      ['高市早苗', 'p-takaichi'],
      ['高市氏', 'p-takaichi'],
      ['高市', 'p-takaichi'],
    ]);
  });

  it('updates when the full name leaves the page or arrives later', () => {
    document.body.innerHTML = '<p id="a">村井純氏の講演。</p><p id="b">村井氏は語った。</p>';
    const store = new MentionStore(painter);
    scan(store);
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
    scan(store, p);
    expect(shown(store)).toEqual([
      ['村井純', 'p-murai'],
      ['村井氏', 'p-murai'],
    ]);
  });

  it('counts only what is shown in the badge', () => {
    document.body.innerHTML = '<p>中谷氏と村井氏</p>';
    const store = new MentionStore(painter);
    scan(store);
    expect(store.stats()).toEqual({ people: 0, terms: 0 });
  });
});
