import type { PageMention, Painter } from './mention-store';
import { MARK_TAG } from './quirks';
import { textNodesOf } from './mention-nodes';

/**
 * Fallback for browsers without the CSS Custom Highlight API: each mention's text is wrapped in a custom-named inline
 * element. Mentions of one block must be painted last first (the scanner does), so earlier offsets stay valid. Turning highlighting off unwraps them and merges the split text nodes back into the page's original ones,
 * so the DOM ends up as it was (same nodes, same text). `quietly` runs DOM changes without our own observer seeing
 * them as page changes.
 */
export class WrapperPainter implements Painter {
  private readonly marks = new Map<PageMention, HTMLElement[]>();
  /** text nodes we created by splitting; merged back into their predecessor when unwrapped */
  private readonly splits = new WeakSet<Text>();

  constructor(private readonly quietly: (change: () => void) => void = (change) => change()) {}

  paint(mention: PageMention): Text[] {
    const pieces = piecesOf(mention.range);
    const wrapped: Text[] = [];
    const marks: HTMLElement[] = [];
    this.quietly(() => {
      for (const { node, from, to } of pieces) {
        let piece = node;
        if (from > 0) {
          piece = piece.splitText(from);
          this.splits.add(piece);
        }
        if (to - from < piece.length) this.splits.add(piece.splitText(to - from));
        const mark = piece.ownerDocument.createElement(MARK_TAG);
        mark.dataset.kind = mention.kind;
        piece.replaceWith(mark);
        mark.append(piece);
        marks.push(mark);
        wrapped.push(piece);
      }
      // From now on the mention is the marks' own text, which nothing else splits or moves.
      if (wrapped.length) {
        mention.range.setStart(wrapped[0], 0);
        mention.range.setEnd(wrapped[wrapped.length - 1], wrapped[wrapped.length - 1].length);
      }
    });
    this.marks.set(mention, marks);
    return wrapped;
  }

  unpaint(mention: PageMention): void {
    const marks = this.marks.get(mention) ?? [];
    this.marks.delete(mention);
    this.quietly(() => {
      for (const mark of marks) {
        const piece = mark.firstChild;
        if (!(piece instanceof Text) || !mark.parentNode) {
          mark.remove();
          continue;
        }
        mark.replaceWith(piece);
        this.mergeBack(piece);
      }
    });
  }

  clear(): void {
    for (const mention of [...this.marks.keys()]) this.unpaint(mention);
  }

  private mergeBack(piece: Text): void {
    let head = piece;
    const before = piece.previousSibling;
    if (this.splits.has(piece) && before instanceof Text) {
      before.appendData(piece.data);
      piece.remove();
      head = before;
    }
    for (let next = head.nextSibling; next instanceof Text && this.splits.has(next); next = head.nextSibling) {
      head.appendData(next.data);
      next.remove();
    }
  }
}

/** The part of each text node a range covers. */
function piecesOf(range: Range): { node: Text; from: number; to: number }[] {
  return textNodesOf(range).map((node) => ({
    node,
    from: node === range.startContainer ? range.startOffset : 0,
    to: node === range.endContainer ? range.endOffset : node.length,
  }));
}
