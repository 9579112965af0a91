import { MARK_TAG, isPopoverTag } from './quirks';

/** Elements whose text is not prose to read, or belongs to the user: never scanned, never marked. */
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'TEMPLATE',
  'IFRAME',
  'SVG',
  'MATH',
  'CANVAS',
  'HEAD',
  'TITLE',
]);

/** Ruby annotations: skipped without ending the run, so <ruby>村井<rt>むらい</rt></ruby>純 reads 村井純. */
const ANNOTATION = new Set(['RT', 'RP']);

/** Inline elements: text on either side of them reads as one run ("村井<b>純</b>" is one name). */
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'LABEL',
  'MARK',
  'Q',
  'RUBY',
  'RB',
  'S',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
  MARK_TAG.toUpperCase(),
]);

export function isInline(element: Element): boolean {
  // Custom elements (any name with a hyphen) are inline unless their page styles them otherwise.
  return INLINE.has(element.tagName.toUpperCase()) || element.tagName.includes('-');
}

function isEditable(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

function isSkipped(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  return SKIP.has(tag) || ANNOTATION.has(tag) || isPopoverTag(element.localName) || isEditable(element);
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
  let block: Text[] = [];
  const flush = function* () {
    if (block.length) yield block;
    block = [];
  };
  let visited = 0;
  let node: Node | null = root.firstChild;
  while (node) {
    if (++visited % NODES_PER_STEP === 0) yield undefined;
    let descend = false;
    if (node.nodeType === Node.TEXT_NODE) {
      block.push(node as Text);
    } else if (node instanceof Element && !ANNOTATION.has(node.tagName.toUpperCase())) {
      if (isSkipped(node) || node.tagName === 'BR') {
        yield* flush();
      } else {
        if (!isInline(node)) yield* flush();
        if (node.shadowRoot) onShadowRoot(node.shadowRoot);
        descend = node.firstChild !== null;
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Climb to the next sibling, ending blocks as we leave non-inline elements.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node instanceof Element && node !== root && !isInline(node)) yield* flush();
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  yield* flush();
}
