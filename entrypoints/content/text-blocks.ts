import { MARK_TAG, isPopoverTag } from './quirks';

/** Elements whose text is not prose to read, or belongs to the user: never scanned, never marked. */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'textarea',
  'input',
  'select',
  'option',
  'code',
  'pre',
  'kbd',
  'samp',
  'template',
  'iframe',
  'svg',
  'math',
  'canvas',
  'head',
  'title',
]);

/** Ruby annotations: skipped without ending the run, so <ruby>村井<rt>むらい</rt></ruby>純 reads 村井純. */
const ANNOTATION = new Set(['rt', 'rp']);

/** Inline elements: text on either side of them reads as one run ("村井<b>純</b>" is one name). */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'label',
  'mark',
  'q',
  'ruby',
  'rb',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
  MARK_TAG,
]);

export function isInline(element: Element): boolean {
  // Custom elements (any name with a hyphen) are inline unless their page styles them otherwise.
  const name = element.localName;
  return INLINE.has(name) || name.includes('-');
}

function isEditable(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

function isSkipped(element: Element): boolean {
  const name = element.localName;
  return SKIP.has(name) || ANNOTATION.has(name) || isPopoverTag(name) || isEditable(element);
}

/** True when `node` sits inside something we never read (a textarea, an editor, code, our own popover). */
export function inSkippedContext(node: Node): boolean {
  if (node.ownerDocument?.designMode === 'on') return true;
  for (let el = node instanceof Element ? node : node.parentElement; el; el = el.parentElement) {
    if (isSkipped(el)) return true;
  }
  const root = node.getRootNode();
  return root instanceof ShadowRoot && inSkippedContext(root.host);
}

/** The element whose text `node` is part of as a run: its nearest non-inline ancestor (or its tree's root). */
export function blockOf(node: Node): Node {
  let el = node instanceof Element ? node : node.parentElement;
  while (el && isInline(el) && el.parentElement) el = el.parentElement;
  return el ?? node.getRootNode();
}

/** Yielded by the walk: a finished block (adjacent text nodes that read as one run), or a pause point. */
export type WalkStep = Text[] | undefined;

/** Nodes visited between pause points, so a caller slicing by time can stop often enough. */
const NODES_PER_STEP = 200;

/**
 * Walks `root` in document order and yields its text as blocks. A block ends at a non-inline element's start or end,
 * at <br>, and at a skipped element. Open shadow roots found on the way are reported, not entered: each is scanned as
 * a root of its own.
 */
export function* walkTextBlocks(root: Node, onShadowRoot: (root: ShadowRoot) => void): Generator<WalkStep> {
  // Plain loops and node types, not helpers and instanceof: this visits every node of the page. Editable elements are
  // found by one selector query instead of reading an attribute of every element.
  const editable = new Set<Element>(
    'querySelectorAll' in root ? (root as ParentNode).querySelectorAll('[contenteditable]:not([contenteditable="false" i])') : [],
  );
  let block: Text[] = [];
  let visited = 0;
  let node: Node | null = root.firstChild;
  while (node) {
    if (++visited % NODES_PER_STEP === 0) yield undefined;
    let descend = false;
    const type = node.nodeType;
    if (type === Node.TEXT_NODE) {
      block.push(node as Text);
    } else if (type === Node.ELEMENT_NODE) {
      const element = node as Element;
      const name = element.localName;
      if (!ANNOTATION.has(name)) {
        if (name === 'br' || SKIP.has(name) || isPopoverTag(name) || editable.has(element)) {
          if (block.length) yield block;
          block = [];
        } else {
          if (!isInline(element)) {
            if (block.length) yield block;
            block = [];
          }
          if (element.shadowRoot) onShadowRoot(element.shadowRoot);
          descend = element.firstChild !== null;
        }
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Climb to the next sibling, ending blocks as we leave non-inline elements.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root && node.nodeType === Node.ELEMENT_NODE && !isInline(node as Element) && block.length) {
        yield block;
        block = [];
      }
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  if (block.length) yield block;
}
