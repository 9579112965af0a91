import type { EntityRef } from '../../lib/corpus/views';

/** A mention on the page: where it is and what it refers to. */
export interface PageMention {
  /** live range over the mention's characters, possibly across adjacent text nodes */
  range: Range;
  refs: readonly EntityRef[];
  kind: 'person' | 'term';
}

/** How mentions are made visible; the painter reports the text nodes that now hold each mention, for hit-testing. */
export interface Painter {
  paint(mention: PageMention): Text[];
  unpaint(mention: PageMention): void;
  clear(): void;
}

/**
 * Every mention currently marked on the page, indexed by text node for hover hit-testing. Adding and removing go
 * through the painter, so what is stored is exactly what is shown.
 */
export class MentionStore {
  private readonly mentions = new Set<PageMention>();
  private readonly byNode = new Map<Text, Set<PageMention>>();
  private readonly nodesOf = new Map<PageMention, Text[]>();

  constructor(
    private readonly painter: Painter,
    private readonly onRemove: (mention: PageMention) => void = () => {},
  ) {}

  get size(): number {
    return this.mentions.size;
  }

  add(mention: PageMention): void {
    const nodes = this.painter.paint(mention);
    this.mentions.add(mention);
    this.nodesOf.set(mention, nodes);
    for (const node of nodes) {
      let set = this.byNode.get(node);
      if (!set) this.byNode.set(node, (set = new Set()));
      set.add(mention);
    }
  }

  remove(mention: PageMention): void {
    if (!this.mentions.delete(mention)) return;
    this.painter.unpaint(mention);
    for (const node of this.nodesOf.get(mention) ?? []) {
      const set = this.byNode.get(node);
      set?.delete(mention);
      if (set?.size === 0) this.byNode.delete(node);
    }
    this.nodesOf.delete(mention);
    this.onRemove(mention);
  }

  /** Removes every mention with a text node inside `root` (connected or already detached from the page). */
  removeWithin(root: Node): void {
    for (const mention of [...this.mentions]) {
      if ((this.nodesOf.get(mention) ?? []).some((node) => root === node || root.contains(node))) this.remove(mention);
    }
  }

  /** Removes mentions whose text left the page (a removed subtree we were not told about). */
  removeDetached(): void {
    for (const mention of [...this.mentions]) {
      if ((this.nodesOf.get(mention) ?? []).some((node) => !node.isConnected)) this.remove(mention);
    }
  }

  at(node: Node): PageMention[] {
    return node.nodeType === Node.TEXT_NODE ? [...(this.byNode.get(node as Text) ?? [])] : [];
  }

  all(): PageMention[] {
    return [...this.mentions];
  }

  /** All mentions in document order (for keyboard navigation). */
  ordered(): PageMention[] {
    return this.all().sort((a, b) => {
      try {
        return a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
      } catch {
        // Ranges in different trees (a shadow root, the document) do not compare; order those by tree position.
        const relation = a.range.startContainer.compareDocumentPosition(b.range.startContainer);
        return relation & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
      }
    });
  }

  /** Distinct people and terms, for the toolbar badge. An ambiguous mention counts each person it could be. */
  stats(): { people: number; terms: number } {
    const people = new Set<string>();
    const terms = new Set<string>();
    for (const mention of this.mentions) for (const ref of mention.refs) (ref.kind === 'person' ? people : terms).add(ref.id);
    return { people: people.size, terms: terms.size };
  }

  clear(): void {
    this.painter.clear();
    this.mentions.clear();
    this.byNode.clear();
    this.nodesOf.clear();
  }
}
