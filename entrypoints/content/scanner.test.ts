// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { scanWithFixtureCorpus } from './fixture-scan';
import { MentionStore, type Painter } from './mention-store';

const painter: Painter = { paint: (m) => [m.range.startContainer as Text], unpaint: () => {}, clear: () => {} };

/** `n` paragraphs of about 30 characters; those for which `named(i)` holds mention 村井純. */
function page(n: number, named: (i: number) => boolean): void {
  document.body.innerHTML = Array.from({ length: n }, (_, i) =>
    named(i) ? `<p>第${i}段、村井純氏が次のように発言した。</p>` : `<p>第${i}段、この段落には特に何もない。</p>`,
  ).join('');
}

async function scan(): Promise<{ store: MentionStore; sent: string[] }> {
  const store = new MentionStore(painter);
  const sent: string[] = [];
  await scanWithFixtureCorpus(store, document.body, { onSend: (blocks) => sent.push(...blocks.map((b) => b.join(''))) });
  return { store, sent };
}

const plain = (sent: string[]) => sent.filter((text) => text.includes('特に何もない'));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the pre-filter in a scan', () => {
  it('turns away the blocks without a candidate on a page where few have one', async () => {
    page(3000, (i) => i % 5 === 0);
    const { store, sent } = await scan();
    expect(store.size).toBe(600);
    expect(sent).toHaveLength(600);
    expect(plain(sent)).toEqual([]);
  });

  it('stops testing once most of the text passes, and finds the same mentions', async () => {
    page(3000, (i) => i % 5 !== 0);
    const { store, sent } = await scan();
    expect(store.size).toBe(2400);
    const sentAt = indices(sent);
    const plainAt = (from: number, to: number) => range(from, to).filter((i) => i % 5 === 0);
    // the first window (10,000 characters, about 470 paragraphs here) is tested: its plain paragraphs stay...
    expect(plainAt(0, 450).filter((i) => sentAt.has(i))).toEqual([]);
    // ...after it, only one block in eight is tested, and the rest go untested
    const later = plainAt(500, 3000);
    expect(later.filter((i) => sentAt.has(i)).length).toBeGreaterThan(later.length * 0.75);
  });

  it('tests again once the text stops passing', async () => {
    page(4500, (i) => (i < 1500 ? i % 5 !== 0 : i % 5 === 0));
    const { store, sent } = await scan();
    expect(store.size).toBe(1200 + 600);
    const sentAt = indices(sent);
    // the second window's samples see mostly plain text: from the third window on, plain paragraphs stay again
    expect(range(1500, 4500).filter((i) => i % 5 !== 0 && sentAt.has(i)).length).toBeGreaterThan(100);
    expect(range(3000, 4500).filter((i) => i % 5 !== 0 && sentAt.has(i))).toEqual([]);
  });
});

describe('a block sent as one string, its element text', () => {
  it('marks each mention over the text nodes that hold it', async () => {
    document.body.innerHTML =
      '<p>第1段、<b>村井</b>純氏が<span></span>発言し、<a href="#">平</a><em>将明<i></i></em>大臣と NISC も。</p>' +
      '<p>村井純<b>。</b></p>';
    const store = new MentionStore(painter);
    const sent: string[][] = [];
    await scanWithFixtureCorpus(store, document.body, { onSend: (blocks) => sent.push(...blocks) });
    // one string a paragraph, not one a text node
    expect(sent).toEqual([['第1段、村井純氏が発言し、平将明大臣と NISC も。'], ['村井純。']]);
    const marked = store
      .ordered()
      .map(({ range }) => [range.toString(), range.startContainer.parentElement?.localName, range.endContainer.parentElement?.localName]);
    expect(marked).toEqual([
      ['村井純', 'b', 'p'],
      ['平将明', 'a', 'em'],
      ['NISC', 'p', 'p'],
      ['村井純', 'p', 'p'],
    ]);
  });

  it('is not marked when its text changed while it was recognised', async () => {
    document.body.innerHTML = '<p>第1段、<b>村井</b>純氏が発言した。</p><p>第2段、<b>村井</b>純氏が発言した。</p>';
    const store = new MentionStore(painter);
    await scanWithFixtureCorpus(store, document.body, {
      onSend: () => {
        const name = document.querySelector('b')!.firstChild as Text;
        name.data = '山田';
      },
    });
    expect(store.ordered().map(({ range }) => range.startContainer.parentElement?.parentElement?.textContent)).toEqual([
      '第2段、村井純氏が発言した。',
    ]);
  });
});

describe('text that changes while its batch is recognised', () => {
  it('is not marked from the answer about its old text; the rest of the batch is', async () => {
    page(10, () => true);
    const store = new MentionStore(painter);
    let edited = false;
    await scanWithFixtureCorpus(store, document.body, {
      onSend: () => {
        if (edited) return;
        edited = true;
        // the same length, another name where 村井純 was; and a paragraph taken out
        const first = document.querySelector('p')!.firstChild as Text;
        first.data = first.data.replace('村井純', '山田太');
        document.querySelectorAll('p')[1].remove();
      },
    });
    const marked = store.all().map((m) => m.range.startContainer.textContent);
    expect(marked).toHaveLength(8);
    expect(marked.some((text) => text?.startsWith('第0段') || text?.startsWith('第1段'))).toBe(false);
  });
});

/** The paragraph numbers of the blocks sent. */
function indices(sent: string[]): Set<number> {
  return new Set(sent.map((text) => Number(/^第(\d+)段/.exec(text)?.[1])));
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}
