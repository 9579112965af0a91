import { HIGHLIGHT_NAMES } from './highlight-styles';
import { blockOf } from './text-blocks';
import type { PageMention, Painter } from './mention-store';

/** Ranges are painted while their element is within this many viewport heights above or below the viewport. */
const NEAR_SCREENS = 1;
/** Work per task on measuring where new or moved elements are (the rest waits for the next frame). */
const MEASURE_BUDGET_MS = 4;
/**
 * The first elements with mentions on a page are painted at once, before they are measured (and taken out after if
 * they are far): the top of a page is read first, and its first highlights should not wait a frame.
 */
const PAINT_AT_ONCE = 64;
/** When no frame comes (a hidden tab), the update runs from a timer after this long. */
const NO_FRAME_MS = 250;
/** Anchors measured between looks at the clock (reading it crosses into the browser, as each measure does). */
const MEASURES_PER_CHECK = 16;

/** An element holding mentions, and where it was on the page when last measured (document coordinates). */
interface Anchor {
  element: Element;
  /**
   * The element is the mentions' block (their nearest non-inline ancestor), measured once for all of them; a block
   * found taller than a screen, or without a box of its own, hands its mentions to their own elements instead.
   */
  block: boolean;
  mentions: Set<PageMention>;
  top: number;
  bottom: number;
  /** measured since it was added or since something moved it */
  measured: boolean;
  shown: boolean;
}

/**
 * Marks mentions with the CSS Custom Highlight API: ranges in two named highlights, styled by ::highlight() rules.
 * The page's DOM is not touched at all. Why not wrapper elements: they split the page's text nodes, which breaks
 * scripts holding references to them, re-triggers the page's own observers and costs layout on large pages.
 *
 * Only mentions near the viewport are in the highlights: Chromium rebuilds its markers for every range of every
 * highlight in each frame after any DOM or style change (30–40 ms per frame with 3,000 ranges on the 1 MB benchmark
 * page), so the rest wait in memory. Which ones are near is decided from where their blocks (a paragraph, a list item:
 * one measure for all its mentions, and a block's box costs less to measure than an inline one's) were last measured,
 * not by an IntersectionObserver: an observer with thousands of targets recomputes all of them in every frame after
 * a layout change (10–30 ms per frame on that page, the popover's frame included), while comparing cached positions
 * with the scroll position costs microseconds.
 *
 * Everything is decided right after a frame, when the page's layout is fresh: reading the scroll position or a box
 * earlier would force the frame's style and layout work into our task (the first restyle after our style sheet
 * arrives takes a hundred ms or more on the 1 MB page). So highlights show one frame after their mention is found (but
 * the first few dozen elements of a page are painted at once, and measured after), and while scrolling, one frame after their element comes within a screen of the viewport: a screen ahead of time.
 * Elements are measured again when something may have moved them: the document's size has changed since the last
 * update, the window is resized, or a scroll container around them scrolls. An element about to be taken out is measured once more first:
 * one in a fixed or sticky box moves with the viewport and stays painted. Hit-testing (hover.ts) and keyboard travel use the mention store, not the highlights, so every
 * mention stays reachable.
 */
export class HighlightPainter implements Painter {
  private highlights: { person: Highlight; term: Highlight } | undefined;
  private readonly anchorOf = new Map<PageMention, Anchor>();
  private readonly anchors = new Map<Element, Anchor>();
  /** anchors waiting to be measured, oldest first */
  private readonly pending = new Set<Anchor>();
  private readonly scrolled = new Set<Element>();
  /** blocks found too tall, or without a box, to stand for their mentions (splitBlock) */
  private readonly split = new WeakSet<Element>();
  /** an update is due after the next frame */
  private queued = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /**
   * The "after the next frame" signal: an IntersectionObserver reports a newly observed target once, in a task of its
   * own after the frame is rendered (requestAnimationFrame callbacks run inside the frame's own work instead, so
   * anything of ours there lands in what may be a long rendering task: the page's first restyle with our sheet).
   */
  private readonly frameSignal = new IntersectionObserver(() => this.afterFrame());
  private readonly abort = new AbortController();
  /** the document's size when last seen: when it changes, content was added, removed or reflowed */
  private documentSize = '';
  private atOnce = PAINT_AT_ONCE;
  /** the near band (document coordinates) at the last update */
  private band = '';

  constructor() {
    addEventListener('resize', () => this.remeasureAll(), { passive: true, signal: this.abort.signal });
    this.addTree(document);
  }

  /** Scroll containers inside an open shadow root send their scroll events no further than the root: listen there too. */
  addTree(root: Document | ShadowRoot): void {
    root.addEventListener(
      'scroll',
      (event) => {
        const target = event.target;
        // An element scrolled: the anchors inside it moved. The document scrolled: only the window moved.
        if (target instanceof Element && target !== document.scrollingElement) this.scrolled.add(target);
        this.schedule();
      },
      { capture: true, passive: true, signal: this.abort.signal },
    );
  }

  paint(mention: PageMention): undefined {
    const block = mention.block ?? blockOf(mention.range.startContainer);
    if (!(block instanceof Element)) {
      // a text node directly in a shadow root: no element to measure, always painted
      this.show(mention);
    } else {
      // (a block whose text is its own is measured as a block too: if split, its mentions stay with it)
      const anchor = this.split.has(block) ? this.anchorAt(ownElement(mention, block), false) : this.anchorAt(block, true);
      this.attach(mention, anchor);
    }
    // the mention's own text nodes hold it (mention-nodes.ts), looked up when the store needs them
    return undefined;
  }

  private anchorAt(element: Element, block: boolean): Anchor {
    let anchor = this.anchors.get(element);
    if (!anchor) {
      anchor = { element, block, mentions: new Set(), top: 0, bottom: 0, measured: false, shown: this.atOnce > 0 };
      if (this.atOnce > 0) this.atOnce--;
      this.anchors.set(element, anchor);
      this.pending.add(anchor);
      this.schedule();
    }
    return anchor;
  }

  private attach(mention: PageMention, anchor: Anchor): void {
    anchor.mentions.add(mention);
    this.anchorOf.set(mention, anchor);
    if (anchor.shown) this.show(mention);
  }

  /** A block too tall (or without a box) to stand for its mentions: each goes to an anchor at its own element. */
  private splitBlock(anchor: Anchor): void {
    this.split.add(anchor.element);
    this.anchors.delete(anchor.element);
    this.pending.delete(anchor);
    for (const mention of anchor.mentions) {
      if (anchor.shown) this.highlights?.[mention.kind].delete(mention.range);
      this.attach(mention, this.anchorAt(ownElement(mention, anchor.element), false));
    }
  }

  unpaint(mention: PageMention): void {
    this.highlights?.[mention.kind].delete(mention.range);
    const anchor = this.anchorOf.get(mention);
    if (!anchor) return;
    this.anchorOf.delete(mention);
    anchor.mentions.delete(mention);
    if (anchor.mentions.size === 0) {
      this.anchors.delete(anchor.element);
      this.pending.delete(anchor);
    }
  }

  clear(): void {
    this.abort.abort();
    this.frameSignal.disconnect();
    clearTimeout(this.timer);
    this.anchorOf.clear();
    this.anchors.clear();
    this.pending.clear();
    this.scrolled.clear();
    if (!this.highlights) return;
    for (const kind of ['person', 'term'] as const) {
      this.highlights[kind].clear();
      if (CSS.highlights.get(HIGHLIGHT_NAMES[kind]) === this.highlights[kind]) CSS.highlights.delete(HIGHLIGHT_NAMES[kind]);
    }
    this.highlights = undefined;
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

  private setShown(anchor: Anchor, shown: boolean): void {
    if (anchor.shown === shown) return;
    anchor.shown = shown;
    for (const mention of anchor.mentions) {
      if (shown) this.show(mention);
      else this.highlights?.[mention.kind].delete(mention.range);
    }
  }

  private remeasureAll(): void {
    for (const anchor of this.anchors.values()) {
      anchor.measured = false;
      this.pending.add(anchor);
    }
    this.schedule();
  }

  /** The update runs after the next frame; from a timer when no frame comes (the tab is hidden). */
  private schedule(): void {
    if (this.queued || this.abort.signal.aborted) return;
    this.queued = true;
    this.frameSignal.observe(document.documentElement);
    this.timer = setTimeout(() => this.afterFrame(), NO_FRAME_MS);
  }

  /**
   * After the frame (reading the scroll position or a box before it would force the style and layout work the frame
   * is about to do): measure what is new or moved, compare every measured element with the viewport, and measure once
   * more what is about to be taken out.
   */
  private afterFrame(): void {
    if (!this.queued) return;
    this.queued = false;
    this.frameSignal.disconnect();
    clearTimeout(this.timer);
    if (this.abort.signal.aborted) return;
    const started = performance.now();
    // (checked here rather than by a ResizeObserver, whose callbacks run inside the page's rendering work)
    const root = document.documentElement;
    const size = `${root.scrollWidth}x${root.scrollHeight}`;
    if (size !== this.documentSize) {
      if (this.documentSize) this.remeasureAll();
      this.documentSize = size;
    }
    if (this.scrolled.size) {
      const containers = [...this.scrolled];
      this.scrolled.clear();
      for (const anchor of this.anchors.values()) {
        if (anchor.measured && containers.some((c) => c.contains(anchor.element))) {
          anchor.measured = false;
          this.pending.add(anchor);
        }
      }
    }
    const screen = innerHeight;
    const scrolledBy = scrollY;
    const from = scrolledBy - screen * NEAR_SCREENS;
    const to = scrolledBy + screen * (1 + NEAR_SCREENS);
    const measured: Anchor[] = [];
    for (const anchor of this.pending) {
      if ((measured.length + 1) % MEASURES_PER_CHECK === 0 && performance.now() - started > MEASURE_BUDGET_MS) {
        this.schedule();
        break;
      }
      if (this.measure(anchor, scrolledBy, screen)) measured.push(anchor);
    }
    // Where the near band has not moved since the last update, only what was measured now can have come in or gone out.
    const band = `${from} ${to}`;
    const moved = band !== this.band;
    this.band = band;
    for (const anchor of moved ? this.anchors.values() : measured) {
      if (!anchor.measured) continue;
      let near = anchor.bottom >= from && anchor.top <= to;
      // Far by its cached position but painted: measured again first (a fixed or sticky box moves with the viewport).
      if (!near && anchor.shown) {
        if (!this.measure(anchor, scrolledBy, screen)) continue;
        near = anchor.bottom >= from && anchor.top <= to;
      }
      this.setShown(anchor, near);
    }
  }

  /**
   * Where the anchor's element is, in document coordinates. A block that cannot stand for its mentions is split
   * instead (false: the anchor is gone, its mentions wait in anchors of their own).
   */
  private measure(anchor: Anchor, scrolledBy: number, screen: number): boolean {
    this.pending.delete(anchor);
    const rect = anchor.element.getBoundingClientRect();
    // (a bounding rectangle's height is never negative: its top is y, its bottom y + height)
    const { y, width, height } = rect;
    const noBox = width === 0 && height === 0;
    if (anchor.block && (noBox || height > screen)) {
      // (display: contents has no box, yet its children do)
      this.splitBlock(anchor);
      return false;
    }
    // no box (display: none, detached): never near until something changes the document's size
    anchor.top = noBox ? Infinity : y + scrolledBy;
    anchor.bottom = y + height + scrolledBy;
    anchor.measured = true;
    return true;
  }
}

/** The element holding a mention's first character (its block when the text node has none). */
function ownElement(mention: PageMention, block: Element): Element {
  return (mention.start ?? mention.range.startContainer).parentElement ?? block;
}
