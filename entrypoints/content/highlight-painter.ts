import { HIGHLIGHT_NAMES } from './highlight-styles';
import type { PageMention, Painter } from './mention-store';

/** Ranges are painted while their element is within this distance of the viewport (a screenful above and below). */
const NEAR_VIEWPORT = '100% 0px';

/**
 * Marks mentions with the CSS Custom Highlight API: ranges in two named highlights, styled by ::highlight() rules.
 * The page's DOM is not touched at all. Why not wrapper elements: they split the page's text nodes, which breaks
 * scripts holding references to them, re-triggers the page's own observers and costs layout on large pages.
 *
 * Only mentions near the viewport are in the highlights: Chromium re-checks every range of every highlight before
 * each frame (30–40 ms per frame with 3,000 ranges on the 1 MB benchmark page), so the rest wait in memory and an
 * IntersectionObserver on their elements moves them in and out as the page scrolls. Hit-testing (hover.ts) and
 * keyboard travel use the mention store, not the highlights, so every mention stays reachable.
 */
export class HighlightPainter implements Painter {
  private highlights: { person: Highlight; term: Highlight } | undefined;
  private readonly anchors = new Map<PageMention, Element>();
  private readonly byElement = new Map<Element, Set<PageMention>>();
  private readonly near = new Set<Element>();
  private readonly observer: IntersectionObserver;

  constructor() {
    // root: the document, so the margin applies inside frames too (with no root it is ignored in cross-origin frames)
    this.observer = new IntersectionObserver((entries) => this.onIntersection(entries), { root: document, rootMargin: NEAR_VIEWPORT });
  }

  paint(mention: PageMention): Text[] {
    const element = mention.range.startContainer.parentElement;
    if (!element) {
      this.show(mention);
    } else {
      this.anchors.set(mention, element);
      let set = this.byElement.get(element);
      if (!set) {
        this.byElement.set(element, (set = new Set()));
        this.observer.observe(element);
      }
      set.add(mention);
      if (this.near.has(element)) this.show(mention);
    }
    return textNodesOf(mention.range);
  }

  unpaint(mention: PageMention): void {
    this.highlights?.[mention.kind].delete(mention.range);
    const element = this.anchors.get(mention);
    if (!element) return;
    this.anchors.delete(mention);
    const set = this.byElement.get(element);
    set?.delete(mention);
    if (set?.size === 0) {
      this.byElement.delete(element);
      this.near.delete(element);
      this.observer.unobserve(element);
    }
  }

  clear(): void {
    this.observer.disconnect();
    this.anchors.clear();
    this.byElement.clear();
    this.near.clear();
    if (!this.highlights) return;
    for (const kind of ['person', 'term'] as const) {
      this.highlights[kind].clear();
      if (CSS.highlights.get(HIGHLIGHT_NAMES[kind]) === this.highlights[kind]) CSS.highlights.delete(HIGHLIGHT_NAMES[kind]);
    }
    this.highlights = undefined;
  }

  /** How many mentions are in the page's highlight registry right now (the rest are away from the viewport). */
  get painted(): number {
    return (this.highlights?.person.size ?? 0) + (this.highlights?.term.size ?? 0);
  }

  private show(mention: PageMention): void {
    if (!this.highlights) {
      this.highlights = { person: new Highlight(), term: new Highlight() };
      // The term highlight is registered first and the person one after it, so a person paints over a term.
      CSS.highlights.set(HIGHLIGHT_NAMES.term, this.highlights.term);
      CSS.highlights.set(HIGHLIGHT_NAMES.person, this.highlights.person);
    }
    this.highlights[mention.kind].add(mention.range);
  }

  private onIntersection(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const set = this.byElement.get(entry.target);
      if (!set) continue;
      if (entry.isIntersecting) {
        this.near.add(entry.target);
        for (const mention of set) this.show(mention);
      } else {
        this.near.delete(entry.target);
        for (const mention of set) this.highlights?.[mention.kind].delete(mention.range);
      }
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
