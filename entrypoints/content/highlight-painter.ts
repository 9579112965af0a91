import { HIGHLIGHT_NAMES } from './highlight-styles';
import type { PageMention, Painter } from './mention-store';

/**
 * Marks mentions with the CSS Custom Highlight API: ranges in two named highlights, styled by ::highlight() rules.
 * The page's DOM is not touched at all. Why not wrapper elements: they split the page's text nodes, which breaks
 * scripts holding references to them, re-triggers the page's own observers and costs layout on large pages.
 */
export class HighlightPainter implements Painter {
  private readonly highlights = { person: new Highlight(), term: new Highlight() };

  constructor() {
    // The term highlight is registered first and the person one after it, so a person paints over a term.
    CSS.highlights.set(HIGHLIGHT_NAMES.term, this.highlights.term);
    CSS.highlights.set(HIGHLIGHT_NAMES.person, this.highlights.person);
  }

  paint(mention: PageMention): Text[] {
    this.highlights[mention.kind].add(mention.range);
    return textNodesOf(mention.range);
  }

  unpaint(mention: PageMention): void {
    this.highlights[mention.kind].delete(mention.range);
  }

  clear(): void {
    for (const kind of ['person', 'term'] as const) {
      this.highlights[kind].clear();
      if (CSS.highlights.get(HIGHLIGHT_NAMES[kind]) === this.highlights[kind]) CSS.highlights.delete(HIGHLIGHT_NAMES[kind]);
    }
  }
}

/** The text nodes a range covers, first to last (they are siblings or cousins within one block). */
export function textNodesOf(range: Range): Text[] {
  const { startContainer, endContainer } = range;
  if (startContainer === endContainer) return startContainer.nodeType === Node.TEXT_NODE ? [startContainer as Text] : [];
  const nodes: Text[] = [];
  const root = range.commonAncestorContainer;
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  walker.currentNode = startContainer;
  for (let node: Node | null = startContainer; node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) nodes.push(node as Text);
    if (node === endContainer) break;
  }
  return nodes;
}
