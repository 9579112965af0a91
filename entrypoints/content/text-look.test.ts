// @vitest-environment jsdom
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PrefilterTest } from '../../lib/recognize/prefilter';
import { fixturePrefilter } from './fixture-scan';
import { readTested } from './scanner';
import { walkTextBlocks } from './text-blocks';
import { watchForCandidates } from './candidates';
import { mayMention } from './text-look';

let prefilter: PrefilterTest;
beforeAll(async () => {
  prefilter = await fixturePrefilter();
});
afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

const look = () => mayMention(document, prefilter, new AbortController().signal);

/** What the content script's walk finds: whether any block of the document passes the pre-filter. */
function walkFinds(): boolean {
  const walk = walkTextBlocks(document, () => {});
  for (let next = walk.next(); !next.done; next = walk.next()) if (next.value && readTested(next.value, prefilter).passes) return true;
  return false;
}

const QUIET = '<h1>Slow-roasted tomato pasta</h1><p>Roast the tomatoes for an hour. Season, then toss with basil.</p>';

describe('the first look at the text (mayMention)', () => {
  it('says no on a page that mentions nothing, and yes at a name in a paragraph or split by inline elements', async () => {
    document.body.innerHTML = QUIET;
    expect(await look()).toBe(false);
    document.body.innerHTML = QUIET + '<p>会合で村井純氏が発言した。</p>';
    expect(await look()).toBe(true);
    document.body.innerHTML = QUIET + '<p>会合で<a href="#">村</a><b>井</b>純氏が発言した。</p>';
    expect(await look()).toBe(true);
    document.body.innerHTML = QUIET + '<p>Asked, <em>Mur</em>ai said so.</p>';
    expect(await look()).toBe(true);
  });

  it("does not count text the walk never reads: a script's, a style sheet's, a text area's, code, however long", async () => {
    const data = JSON.stringify({ speaker: '村井純', items: Array.from({ length: 200 }, (_, i) => `security item ${i}`) });
    const log = Array.from({ length: 300 }, (_, i) => `line ${i}: murai`).join('\n');
    document.body.innerHTML =
      `${QUIET}<script type="application/json">${data}</script><style>.murai{}</style><textarea>村井純</textarea>` +
      `<pre>${log}</pre><pre><span class="k">村井純</span></pre><p>Run <code>村井純</code> first.</p>`;
    expect(document.querySelector('script')!.textContent.length).toBeGreaterThan(1000);
    expect(await look()).toBe(false);
  });

  it('says yes where it cannot see what the walk reads: a custom element (a shadow host) or ruby', async () => {
    document.body.innerHTML = `${QUIET}<news-card></news-card>`;
    expect(await look()).toBe(true);
    document.body.innerHTML = `${QUIET}<p><ruby>漢<rt>かん</rt>字<rt>じ</rt></ruby></p>`;
    expect(await look()).toBe(true);
  });

  it('reads no element of a quiet page: text nodes only (XPath aside, which jsdom runs on the DOM it exposes)', async () => {
    document.body.innerHTML = `${QUIET}<p>More <b>tomatoes</b>, <i>more basil</i>.</p><script>var x = 1;</script>`;
    let inXPath = 0;
    for (const [proto, key] of [
      [XPathExpression.prototype, 'evaluate'],
      [Document.prototype, 'evaluate'],
    ] as const) {
      const original = proto[key] as (...args: unknown[]) => unknown;
      vi.spyOn(proto, key).mockImplementation(function (this: unknown, ...args: unknown[]) {
        inXPath++;
        try {
          return original.apply(this, args);
        } finally {
          inXPath--;
        }
      } as never);
    }
    const reads: string[] = [];
    for (const [proto, key] of [
      [Node.prototype, 'parentNode'],
      [Node.prototype, 'parentElement'],
      [Node.prototype, 'childNodes'],
      [Node.prototype, 'nextSibling'],
      [Element.prototype, 'localName'],
      [Element.prototype, 'shadowRoot'],
    ] as const) {
      const getter = Object.getOwnPropertyDescriptor(proto, key)!.get!;
      vi.spyOn(proto, key as 'parentNode', 'get').mockImplementation(function (this: Node) {
        if (!inXPath) reads.push(key);
        return getter.call(this) as ParentNode | null;
      });
    }
    expect(await look()).toBe(false);
    expect(inXPath).toBe(0);
    expect(reads).toEqual([]);
  });

  it('tests as it goes on a page of many empty text nodes, and still finds a name after them', async () => {
    document.body.innerHTML = QUIET;
    const p = document.createElement('p');
    for (let i = 0; i < 20_000; i++) p.append(document.createTextNode(''));
    document.body.append(p);
    const runs = vi.spyOn(prefilter, 'testRun');
    expect(await look()).toBe(false);
    expect(runs.mock.calls.length).toBeGreaterThanOrEqual(10);
    p.append('村', document.createTextNode(''), '井純氏');
    expect(await look()).toBe(true);
  });

  it('leaves the page to the full reading when the look fails', async () => {
    document.body.innerHTML = QUIET + '<p>会合で村井純氏が発言した。</p>';
    vi.spyOn(Document.prototype, 'createExpression').mockImplementation(() => {
      throw new DOMException('no XPath here', 'NotSupportedError');
    });
    await expect(look()).rejects.toThrow('no XPath here');
    const batch = await new Promise<string[][] | undefined>((resolve) => {
      const watch = watchForCandidates(prefilter, (first) => {
        watch.stop();
        resolve(first);
      });
    });
    expect(batch?.flat().join('')).toContain('村井純');
  });

  it('says yes wherever the walk finds a block that passes, on pages of inline and block elements, ruby aside', async () => {
    // pieces of names and terms of the fixture corpus, cut anywhere, and plain text; ruby is left out (the look says
    // yes to any ruby, tested above)
    const pieces = ['村', '井', '純', '井純', 'Mu', 'r', 'ai', 'sec', 'urity', 'y', ' ', '。', 'tomato', '中', '谷', 'x'];
    const inline = ['b', 'a', 'span', 'em'];
    const block = ['p', 'div', 'li', 'h2', 'script', 'code', 'br'];
    type Tree = string | { tag: string; children: Tree[] };
    const tree: fc.Memo<Tree> = fc.memo((depth) =>
      depth <= 1
        ? fc.constantFrom(...pieces)
        : fc.oneof(
            fc.constantFrom(...pieces),
            fc.record({ tag: fc.constantFrom(...inline, ...block), children: fc.array(tree(depth - 1), { maxLength: 4 }) }),
          ),
    );
    const html = (t: Tree): string =>
      typeof t === 'string' ? t : t.tag === 'br' ? '<br>' : `<${t.tag}>${t.children.map(html).join('')}</${t.tag}>`;
    await fc.assert(
      fc.asyncProperty(fc.array(tree(4), { maxLength: 6 }), async (trees) => {
        document.body.innerHTML = trees.map(html).join('');
        if (walkFinds()) expect(await look(), document.body.innerHTML).toBe(true);
      }),
      { numRuns: 600 },
    );
  });
});
