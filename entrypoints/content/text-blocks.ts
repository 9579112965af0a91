import { MARK_TAG, isPopoverTag } from './quirks';

/** Elements whose text is not prose to read, or belongs to the user: never scanned, never marked. */
export const NEVER_READ = [
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
] as const;
const SKIP = new Set<string>(NEVER_READ);

/** Ruby annotations: skipped without ending the run, so <ruby>村井<rt>むらい</rt></ruby>純 reads 村井純. */
export const ANNOTATIONS = ['rt', 'rp'] as const;
const ANNOTATION = new Set<string>(ANNOTATIONS);

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
  return (kindOf(element.localName) & ROLE) === INLINE_ROLE;
}

/**
 * The elements that can hold a shadow root besides custom elements: attachShadow and declarative shadow roots refuse
 * every other (DOM standard, "valid shadow host name"), so the walk asks only these for one. (A string, not a set: a
 * page that is never walked should not pay for building one.)
 */
const SHADOW_HOSTS = ' article aside blockquote body div footer h1 h2 h3 h4 h5 h6 header main nav p section span ';

// What an element is to the walk, by its name alone: a role (the low two bits), plus MAY_HOST when it can hold a shadow
// root.
/** ends the run before it and goes on inside it */
const BLOCK = 0;
/** part of the run around it */
const INLINE_ROLE = 1;
/** ends the run; its subtree is not read */
const SKIPPED = 2;
/** its subtree is not read, and the run goes on past it (ruby annotations) */
const ANNOTATION_ROLE = 3;
const ROLE = 3;
const MAY_HOST = 4;
/** Every name the walk has met, with its kind: one lookup an element instead of five (made at the first walk). */
let kinds: Map<string, number> | undefined;

function kindOf(name: string): number {
  kinds ??= new Map();
  let kind = kinds.get(name);
  if (kind === undefined) {
    const custom = name.includes('-');
    kind = ANNOTATION.has(name)
      ? ANNOTATION_ROLE
      : name === 'br' || SKIP.has(name) || isPopoverTag(name)
        ? SKIPPED
        : // custom elements (any name with a hyphen) are inline unless their page styles them otherwise
          (INLINE.has(name) || custom ? INLINE_ROLE : BLOCK) | (custom || SHADOW_HOSTS.includes(` ${name} `) ? MAY_HOST : 0);
    kinds.set(name, kind);
  }
  return kind;
}

function isEditable(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

function isSkipped(element: Element): boolean {
  const role = kindOf(element.localName) & ROLE;
  return role === SKIPPED || role === ANNOTATION_ROLE || isEditable(element);
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

/**
 * A finished block: adjacent text nodes that read as one run. `whole` is the element whose text they are, all of it (a
 * paragraph of prose and inline elements): one read of its textContent then gets the block's text.
 */
export type TextBlock = Text[] & { whole?: Element };

/** Yielded by the walk: a finished block, or a pause point. */
export type WalkStep = TextBlock | undefined;

/** Nodes visited between pause points, so a caller slicing by time can stop often enough. */
const NODES_PER_STEP = 200;
/** NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT */
const ELEMENTS_AND_TEXT = 0x1 | 0x4;
/** Node.ELEMENT_NODE and Node.TEXT_NODE, as constants rather than two property reads a node */
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Walks `root` in document order and yields its text as blocks. A block ends at a non-inline element's start or end,
 * at <br>, and at a skipped element. Open shadow roots found on the way are reported, not entered: each is scanned as
 * a root of its own.
 */
export function* walkTextBlocks(root: Node, onShadowRoot: (root: ShadowRoot) => void): Generator<WalkStep> {
  // This visits every node of the page, so: the browser's own TreeWalker (one native call a node instead of three to
  // move by hand: on the 1 MB page about a quarter faster, on a short page the same), plain loops and node types, not
  // instanceof, one lookup of an element's name. Editable elements are found by one selector query instead of reading
  // an attribute of every element. The walker reports no element's end, so a block also ends at a text node outside
  // the element that held the block's first one (leaving a non-inline element).
  const editable = new Set<Element>(
    'querySelectorAll' in root ? (root as ParentNode).querySelectorAll('[contenteditable]:not([contenteditable="false" i])') : [],
  );
  const anyEditable = editable.size > 0;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, ELEMENTS_AND_TEXT);
  // (an XML document's elements may hold CDATA sections, text the walk does not read: no block is whole there)
  const html = doc.contentType === 'text/html';
  let block: TextBlock = [];
  /** the nearest non-inline ancestor of the block's first text node (or the root) */
  let holder: Node = root;
  /** the non-inline element entered last, if no text was read and nothing skipped since: a block there starts at its start */
  let entered: Element | undefined;
  /** the block's holder, while the block is all the text in it so far */
  let whole: Element | undefined;
  const finish = (): TextBlock => {
    const done = block;
    if (whole) done.whole = whole;
    block = [];
    return done;
  };
  let visited = 0;
  let node = walker.nextNode();
  while (node) {
    if (++visited === NODES_PER_STEP) {
      visited = 0;
      yield undefined;
    }
    if (node.nodeType === TEXT_NODE) {
      // (leaving the holder: the block had all of its text)
      if (block.length && !holder.contains(node)) yield finish();
      if (!block.length) {
        let parent = node.parentNode!;
        while (parent !== root && parent.nodeType === ELEMENT_NODE && (kindOf((parent as Element).localName) & ROLE) === INLINE_ROLE)
          parent = parent.parentNode!;
        holder = parent;
        whole = parent === entered ? entered : undefined;
      }
      entered = undefined;
      block.push(node as Text);
      node = walker.nextNode();
      continue;
    }
    const element = node as Element;
    const kind = anyEditable && editable.has(element) ? SKIPPED : kindOf(element.localName);
    const role = kind & ROLE;
    if (role === SKIPPED || role === ANNOTATION_ROLE) {
      // an annotation's text is in its element's text, not in the run
      if (role === ANNOTATION_ROLE) whole = undefined;
      else if (block.length) yield finishAt(element);
      entered = undefined;
      node = pastSubtree(walker);
      continue;
    }
    if (role === BLOCK) {
      if (block.length) yield finishAt(element);
      if (html) entered = element;
    }
    // (reading shadowRoot crosses into the browser: only where one can be)
    if (kind & MAY_HOST) {
      const shadowRoot = element.shadowRoot;
      if (shadowRoot) onShadowRoot(shadowRoot);
    }
    node = walker.nextNode();
  }
  if (block.length) yield finish();

  /** Ends the block at an element that ends runs: inside the holder, the holder has more than the block's text. */
  function finishAt(element: Element): TextBlock {
    if (whole?.contains(element)) whole = undefined;
    return finish();
  }
}

/** Moves the walker to the first node after its current node's subtree (null at the end of the root). */
function pastSubtree(walker: TreeWalker): Node | null {
  let next = walker.nextSibling();
  while (!next && walker.parentNode()) next = walker.nextSibling();
  return next;
}
