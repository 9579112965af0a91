// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inSkippedContext, isInline, walkTextBlocks } from './text-blocks';

function blocks(html: string): string[] {
  document.body.innerHTML = html;
  const out: string[] = [];
  for (const step of walkTextBlocks(document.body, () => {})) if (step) out.push(step.map((t) => t.data).join(''));
  return out;
}

describe('walkTextBlocks', () => {
  it('joins text across inline elements into one block', () => {
    expect(blocks('<p>村井<b>純</b>氏と<a href="#">NISC</a></p>')).toEqual(['村井純氏とNISC']);
  });
  it('ends a block at block elements and at <br>', () => {
    expect(blocks('<div>平<p>将明</p>大臣</div><p>高市<br>首相</p>')).toEqual(['平', '将明', '大臣', '高市', '首相']);
  });
  it('skips form fields, code, scripts and editable regions entirely', () => {
    expect(
      blocks(
        '<p>見出し</p><textarea>村井純</textarea><input value="平将明"><select><option>NISC</option></select>' +
          '<pre>中谷元</pre><code>NISC</code><script>var a = "林芳正";</script><style>p{}</style>' +
          '<div contenteditable="true">高市早苗</div><div contenteditable="plaintext-only">岸信夫</div>' +
          '<div contenteditable="false">本文</div>',
      ),
    ).toEqual(['見出し', '本文']);
  });
  it('does not read ruby annotations into the base text', () => {
    expect(blocks('<p><ruby>村井<rt>むらい</rt></ruby>純</p>')).toEqual(['村井純']);
  });
  it('reports open shadow roots instead of entering them', () => {
    document.body.innerHTML = '<p>外</p><x-card></x-card>';
    const host = document.querySelector('x-card')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>中</p>';
    const found: ShadowRoot[] = [];
    const out = [...walkTextBlocks(document.body, (root) => found.push(root))].filter(Boolean).map((b) => b!.map((t) => t.data).join(''));
    expect(out).toEqual(['外']);
    expect(found).toEqual([shadow]);
  });
  it('reports the shadow roots of every kind of element that can hold one', () => {
    // the walk asks only these (and custom elements): in a browser, attachShadow refuses any other
    const hosts = ['article', 'aside', 'blockquote', 'div', 'footer', 'h1', 'h6', 'header', 'main', 'nav', 'p', 'section', 'span'];
    document.body.innerHTML = hosts.map((name) => `<${name}></${name}>`).join('') + '<a>リンク</a><li>項目</li>';
    const roots = hosts.map((name) => document.body.querySelector(name)!.attachShadow({ mode: 'open' }));
    const found: ShadowRoot[] = [];
    for (const step of walkTextBlocks(document.body, (root) => found.push(root))) void step;
    expect(found).toEqual(roots);
  });
  it('knows when a node sits inside something never read', () => {
    document.body.innerHTML = '<div contenteditable><p id="in">x</p></div><p id="out">y</p>';
    expect(inSkippedContext(document.getElementById('in')!.firstChild!)).toBe(true);
    expect(inSkippedContext(document.getElementById('out')!.firstChild!)).toBe(false);
  });

  it('reads any tree as the plain recursive definition does (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 6 }), (nodes) => {
        document.body.innerHTML = nodes.join('');
        expect(walked(document.body)).toEqual(definition(document.body));
      }),
      { numRuns: 500 },
    );
  });

  it('names the element a block is all the text of, and only then (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 6 }), (nodes) => {
        document.body.innerHTML = nodes.join('');
        for (const step of walkTextBlocks(document.body, () => {})) {
          if (!step?.whole) continue;
          expect(step.whole.textContent).toBe(step.map((t) => t.data).join(''));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('finds a paragraph of prose and inline elements whole, and not one with a break or a nested block', () => {
    document.body.innerHTML = '<div><p id="a">村井<b>純</b>氏と<a href="#"><em>NISC</em></a></p>\n<p id="b">高市<br>首相</p>外</div>';
    const steps = [...walkTextBlocks(document.body, () => {})].filter((step) => step !== undefined);
    expect(steps.map((step) => [step.map((t) => t.data).join(''), step.whole?.id])).toEqual([
      ['村井純氏とNISC', 'a'],
      ['\n', undefined],
      ['高市', undefined],
      ['首相', undefined],
      ['外', undefined],
    ]);
  });
});

const tags = [
  'p',
  'div',
  'li',
  'b',
  'span',
  'a',
  'ruby',
  'rt',
  'br',
  'script',
  'code',
  'x-card',
  'div contenteditable',
  'p contenteditable="false"',
];
/** Random HTML over the elements the walk treats differently. */
const tree = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('村井', '純', 'NISC', ' ', 'a'),
    fc.tuple(fc.constantFrom(...tags), fc.array(tie('node'), { maxLength: 4 })).map(([tag, children]) => {
      const name = tag.split(' ')[0];
      return name === 'br' ? '<br>' : `<${tag}>${children.join('')}</${name}>`;
    }),
  ),
})).node;

/** The blocks the walk yields, each as its text nodes' data. */
function walked(root: Node): string[][] {
  const out: string[][] = [];
  for (const step of walkTextBlocks(root, () => {})) if (step) out.push(step.map((t) => t.data));
  return out;
}

/** What a block is, written as plainly as possible: the walk must agree with it on every tree. */
function definition(root: Node): string[][] {
  const out: string[][] = [];
  let block: string[] = [];
  const end = () => {
    if (block.length) out.push(block);
    block = [];
  };
  const visit = (parent: Node) => {
    for (const child of parent.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        block.push((child as Text).data);
        continue;
      }
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const element = child as Element;
      const name = element.localName;
      if (name === 'rt' || name === 'rp') continue;
      const editable = element.hasAttribute('contenteditable') && element.getAttribute('contenteditable')!.toLowerCase() !== 'false';
      if (name === 'br' || name === 'script' || name === 'code' || editable) {
        end();
        continue;
      }
      if (!isInline(element)) end();
      visit(element);
      if (!isInline(element)) end();
    }
  };
  visit(root);
  end();
  return out;
}
