import type { PrefilterTest } from '../../lib/recognize/prefilter';
import { yieldToPage } from './quirks';
import { SLICE_MS } from './slices';
import { ANNOTATIONS, NEVER_READ } from './text-blocks';

/** Text tested at once: a run of whole text nodes this long (more on the node that crosses it). */
const RUN_CHARS = 4000;
/** ...or this many text nodes, so that a page of many empty or blank nodes is still tested, and yields, as it goes. */
const RUN_NODES = 2000;
/** Text carried from the end of one run into the next (not counting white space), so a key across the cut is seen... */
const CARRY_CHARS = 64;
/** ...in this many nodes at most. */
const CARRY_NODES = 64;
/** A text node this long is first asked whether the walk would read it: inline data or a plain-text file's <pre> can be
 * megabytes. */
const LONG_NODE = 1000;

/**
 * A first look at a document's text that touches no element: whether the page may mention anything at all, before the
 * walk that reads it as blocks (text-blocks.ts) looks at each element. In Chromium the first element an extension's
 * isolated world touches sets up the DOM's element bindings there, 0.08 of the 0.35 MB a quiet page paid
 * (bench/RESULTS.md, session 11); text nodes, a TreeWalker over them and XPath cost next to nothing.
 *
 * The text nodes are read in document order and tested in runs (PrefilterTest.testRun: whatever elements lie between
 * them, a block of consecutive nodes that would pass makes the run pass), so the look never says no where the walk
 * would find a candidate. Text the walk never reads (a script's, a style sheet's, a text area's, code: text-blocks.ts
 * NEVER_READ) does not count; XPath says where a node is without a wrapper for any element. Where the look cannot see
 * what the walk reads it says yes: open shadow roots (it takes any custom element for a host) and ruby annotations
 * (their text splits the words they annotate). An open shadow root on a standard element (a div's, say) on a page
 * whose other text passes nothing and that has no custom element is not read until something on the page changes
 * around it.
 *
 * True: read the page (also where the browser has no XPath). False: nothing to read, or `signal` aborted.
 */
export async function mayMention(doc: Document, prefilter: PrefilterTest, signal: AbortSignal): Promise<boolean> {
  if (typeof doc.createExpression !== 'function') return true;
  const notProse = doc.createExpression(`boolean(ancestor::*[${NEVER_READ.map((name) => `self::${name}`).join(' or ')}])`);
  const isProse = (node: Text) => !notProse.evaluate(node, XPathResult.BOOLEAN_TYPE).booleanValue;
  /** the run's text nodes and their data, read once */
  let nodes: Text[] = [];
  let texts: string[] = [];
  const passes = () => {
    if (!prefilter.testRun(texts)) return false;
    // A key inside text the walk never reads is not one: the first node that passes alone decides, unless it
    // is such text; a key only across nodes passes as it is.
    let setAside = false;
    for (let k = 0; k < texts.length; k++) {
      if (!prefilter.test(texts[k])) continue;
      if (isProse(nodes[k])) return true;
      setAside = true;
    }
    return !setAside || prefilter.testRun(texts.filter((_, k) => isProse(nodes[k])));
  };

  const walker = doc.createTreeWalker(doc, NodeFilter.SHOW_TEXT);
  let chars = 0;
  let sliceStart = performance.now();
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const data = node.data;
    if (data.length > LONG_NODE && !isProse(node)) continue;
    nodes.push(node);
    texts.push(data);
    chars += data.length;
    if (chars < RUN_CHARS && nodes.length < RUN_NODES) continue;
    if (passes()) return true;
    const from = carriedFrom(texts);
    nodes = nodes.slice(from);
    texts = texts.slice(from);
    chars = texts.reduce((sum, text) => sum + text.length, 0);
    if (performance.now() - sliceStart >= SLICE_MS) {
      await yieldToPage();
      if (signal.aborted) return false;
      sliceStart = performance.now();
    }
  }
  if (texts.length && passes()) return true;
  // a custom element's name has a hyphen (as isInline in text-blocks.ts reads it)
  const unseen = ['contains(local-name(.), "-")', ...ANNOTATIONS.map((name) => `local-name(.) = "${name}"`)].join(' or ');
  return doc.evaluate(`boolean(//*[${unseen}])`, doc, null, XPathResult.BOOLEAN_TYPE).booleanValue;
}

/** Where the run's last texts begin that hold CARRY_CHARS of text that is not white space (or CARRY_NODES texts). */
function carriedFrom(texts: string[]): number {
  const last = Math.max(0, texts.length - CARRY_NODES);
  let k = texts.length;
  for (let kept = 0; k > last && kept < CARRY_CHARS;) kept += texts[--k].trim().length;
  return k;
}
