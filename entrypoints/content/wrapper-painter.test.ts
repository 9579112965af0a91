// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { scanWithFixtureCorpus } from './fixture-scan';
import { MentionStore } from './mention-store';
import { WrapperPainter } from './wrapper-painter';

const scan = (store: MentionStore) => scanWithFixtureCorpus(store);

describe('wrapper-element fallback', () => {
  it('wraps each mention, across inline elements too, and unwraps back to the very same text nodes', async () => {
    document.body.innerHTML = '<p id="a">記者会見で平大臣とNISCは、村井<b>純</b>氏と話した。</p><p>森林の平和</p>';
    const before = document.body.innerHTML;
    const textNodes = [...document.querySelectorAll('p, b')].flatMap((el) => [...el.childNodes]);
    const store = new MentionStore(new WrapperPainter());
    await scan(store);
    const marks = [...document.querySelectorAll('minutes-lens-mark')].map((m) => [m.getAttribute('data-kind'), m.textContent]);
    expect(marks).toEqual([
      ['person', '平大臣'],
      ['term', 'NISC'],
      ['person', '村井'],
      ['person', '純'],
    ]);
    expect(document.body.textContent).toBe('記者会見で平大臣とNISCは、村井純氏と話した。森林の平和');

    store.clear();
    expect(document.body.innerHTML).toBe(before);
    expect([...document.querySelectorAll('p, b')].flatMap((el) => [...el.childNodes])).toEqual(textNodes);
  });

  it('finds every mention of a text node, not only the first, and rescans without double wrapping', async () => {
    document.body.innerHTML = '<p>NISCとNISCとNISC</p>';
    const store = new MentionStore(new WrapperPainter());
    await scan(store);
    await scan(store);
    expect(document.querySelectorAll('minutes-lens-mark').length).toBe(3);
    expect(document.querySelectorAll('minutes-lens-mark minutes-lens-mark').length).toBe(0);
    store.clear();
    expect(document.body.innerHTML).toBe('<p>NISCとNISCとNISC</p>');
    expect(document.querySelector('p')!.childNodes.length).toBe(1);
  });
});
