import { type EntityRef, markKind } from '../../lib/corpus/views';
import { type CoreferenceMatch, dependsOnContext, isAntecedent, resolveRefs } from '../../lib/recognize/coreference';
import { mentionNodes } from './mention-nodes';
import { ScannedMention } from './scanned-mention';

/** A mention on the page: where it is and what it refers to. */
export interface PageMention {
  /** live range over the mention's characters, possibly across adjacent text nodes */
  range: Range;
  refs: readonly EntityRef[];
  kind: 'person' | 'term';
  /** the match's flags (lib/recognize/flags.ts): whether coreference decides what it shows */
  flags?: number;
  /** its text's block (text-blocks.ts blockOf), when the scanner found it once for the block's mentions */
  block?: Node;
  /** the text nodes holding its first and last characters, when known without its range (scanned-mention.ts) */
  start?: Text;
  end?: Text;
}

/**
 * How mentions are made visible. A painter that moves a mention's text into nodes of its own reports them, for
 * hit-testing; undefined: the mention's own nodes still hold it (mention-nodes.ts).
 */
export interface Painter {
  paint(mention: PageMention): Text[] | undefined;
  unpaint(mention: PageMention): void;
  clear(): void;
  /** a document or open shadow root whose mentions may be painted (for its scroll events) */
  addTree?(root: Document | ShadowRoot): void;
}

/**
 * Every mention currently marked on the page, indexed by text node for hover hit-testing. Adding and removing go
 * through the painter, so what is stored is exactly what is shown. The index is built when first asked (a hover, the
 * keyboard): most pages are never hovered, and indexing each of a long page's mentions as it was painted cost about as
 * much as storing them.
 *
 * Coreference (lib/recognize/coreference.ts): a match whose meaning depends on the page before it (a bare surname,
 * 中谷氏, "Mr. Nakatani") is held back, not painted; `resolve()` reads the held matches and the full names in document
 * order, through the pure `resolveRefs`, and paints each held match as what it resolves to, or not at all. Full names
 * are painted at once and also remembered as antecedents.
 */
export class MentionStore {
  private readonly mentions = new Set<PageMention>();
  /** (most text nodes hold one mention: an array, not a set, for each) */
  private readonly byNode = new Map<Text, PageMention[]>();
  private readonly nodesOf = new Map<PageMention, Text[]>();
  /** painted, and not yet in byNode and nodesOf */
  private readonly unindexed = new Set<PageMention>();
  /** matches that wait for coreference, each with the mention painted for it, if any */
  private readonly held = new Map<PageMention, PageMention | undefined>();
  private readonly antecedents = new Set<PageMention>();
  private unresolved = false;
  /** the mentions in document order, kept until one is added or removed (sorting 3,000 ranges takes tens of ms) */
  private orderedCache: readonly PageMention[] | undefined;

  constructor(
    private readonly painter: Painter,
    private readonly onRemove: (mention: PageMention) => void = () => {},
  ) {}

  get size(): number {
    return this.mentions.size;
  }

  add(mention: PageMention): void {
    const match = mention.flags === undefined ? { refs: mention.refs, flags: 0 } : (mention as CoreferenceMatch);
    if (dependsOnContext(match)) {
      this.held.set(mention, undefined);
      this.unresolved = true;
      return;
    }
    if (isAntecedent(match)) {
      this.antecedents.add(mention);
      this.unresolved = true;
    }
    this.paint(mention);
  }

  /**
   * Paints each held match as coreference resolves it, over the page's matches in document order. Cheap when nothing
   * changed since the last call; call it when a scan finishes.
   */
  resolve(): void {
    if (!this.unresolved) return;
    this.unresolved = false;
    if (this.held.size === 0) return;
    const list = inDocumentOrder([...this.antecedents, ...this.held.keys()]);
    const resolved = resolveRefs(list.map((m) => ({ refs: m.refs, flags: m.flags ?? 0 })));
    list.forEach((match, k) => {
      if (!this.held.has(match)) return;
      const refs = resolved[k];
      const shown = this.held.get(match);
      if (shown && refs && sameRefs(shown.refs, refs)) return;
      if (shown) this.remove(shown);
      // (a scanned mention is never empty; another's range may have emptied as its text went)
      if (!refs || (!(match instanceof ScannedMention) && match.range.collapsed)) {
        this.held.set(match, undefined);
        return;
      }
      const mention: PageMention =
        match instanceof ScannedMention ? match.as(refs) : { range: match.range, refs, kind: markKind(refs), flags: match.flags };
      this.held.set(match, mention);
      this.paint(mention);
    });
  }

  private paint(mention: PageMention): void {
    const nodes = this.painter.paint(mention);
    this.mentions.add(mention);
    this.orderedCache = undefined;
    if (nodes) this.index(mention, nodes);
    else this.unindexed.add(mention);
  }

  private index(mention: PageMention, nodes: Text[]): void {
    this.nodesOf.set(mention, nodes);
    for (const node of nodes) {
      const here = this.byNode.get(node);
      if (here) here.push(mention);
      else this.byNode.set(node, [mention]);
    }
  }

  private indexPainted(): void {
    for (const mention of this.unindexed) this.index(mention, mentionNodes(mention));
    this.unindexed.clear();
  }

  /** Whether a text node holding the mention passes `test`: its indexed nodes, or its own when not indexed yet. */
  private holdsNode(mention: PageMention, test: (node: Node) => boolean): boolean {
    return (this.nodesOf.get(mention) ?? mentionNodes(mention)).some(test);
  }

  remove(mention: PageMention): void {
    if (this.antecedents.delete(mention)) this.unresolved = true;
    if (!this.mentions.delete(mention)) return;
    this.orderedCache = undefined;
    this.painter.unpaint(mention);
    for (const node of this.nodesOf.get(mention) ?? []) {
      const here = this.byNode.get(node)?.filter((m) => m !== mention);
      if (here?.length) this.byNode.set(node, here);
      else this.byNode.delete(node);
    }
    this.nodesOf.delete(mention);
    this.unindexed.delete(mention);
    this.onRemove(mention);
  }

  /** Removes every mention with a text node inside `root` (connected or already detached from the page). */
  removeWithin(root: Node): void {
    this.dropHeld((node) => root === node || root.contains(node));
    for (const mention of [...this.mentions]) {
      if (this.holdsNode(mention, (node) => root === node || root.contains(node))) this.remove(mention);
    }
  }

  /** Removes mentions whose text left the page (a removed subtree we were not told about). */
  removeDetached(): void {
    this.dropHeld((node) => !node.isConnected);
    for (const mention of [...this.mentions]) {
      if (this.holdsNode(mention, (node) => !node.isConnected)) this.remove(mention);
    }
  }

  private dropHeld(gone: (node: Node) => boolean): void {
    for (const [match, shown] of [...this.held]) {
      if (!gone(match.start ?? match.range.startContainer) && !gone(match.end ?? match.range.endContainer)) continue;
      this.held.delete(match);
      this.unresolved = true;
      if (shown) this.remove(shown);
    }
  }

  at(node: Node): PageMention[] {
    if (this.unindexed.size) this.indexPainted();
    return node.nodeType === Node.TEXT_NODE ? [...(this.byNode.get(node as Text) ?? [])] : [];
  }

  all(): PageMention[] {
    return [...this.mentions];
  }

  /** All mentions in document order (for keyboard navigation); not to be changed by the caller. */
  ordered(): readonly PageMention[] {
    return (this.orderedCache ??= inDocumentOrder(this.all()));
  }

  /** Distinct people and terms, for the toolbar badge. An ambiguous mention counts each person it could be. */
  stats(): { people: number; terms: number } {
    const people = new Set<string>();
    const terms = new Set<string>();
    for (const mention of this.mentions) for (const ref of mention.refs) (ref.kind === 'person' ? people : terms).add(ref.id);
    return { people: people.size, terms: terms.size };
  }

  clear(): void {
    this.held.clear();
    this.antecedents.clear();
    this.unresolved = false;
    this.painter.clear();
    this.mentions.clear();
    this.orderedCache = undefined;
    this.byNode.clear();
    this.nodesOf.clear();
    this.unindexed.clear();
  }
}

function inDocumentOrder(mentions: PageMention[]): PageMention[] {
  return mentions.sort(compareMentions);
}

/**
 * Document order. Mentions of one scan are in order of their places in it; of two scans, in order of their blocks
 * unless one block holds the other; else by their ranges.
 */
function compareMentions(a: PageMention, b: PageMention): number {
  if (a instanceof ScannedMention && b instanceof ScannedMention) {
    if (a.scan === b.scan) return a.index - b.index;
    if (a.block !== b.block) {
      const relation = a.block.compareDocumentPosition(b.block);
      if (!(relation & (Node.DOCUMENT_POSITION_CONTAINS | Node.DOCUMENT_POSITION_CONTAINED_BY)))
        return relation & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    }
  }
  try {
    return a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
  } catch {
    // Ranges in different trees (a shadow root, the document) do not compare; order those by tree position.
    const relation = a.range.startContainer.compareDocumentPosition(b.range.startContainer);
    return relation & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  }
}

function sameRefs(a: readonly EntityRef[], b: readonly EntityRef[]): boolean {
  return a.length === b.length && a.every((r, k) => r.kind === b[k].kind && r.id === b[k].id);
}
