import { type EntityRef, markKind } from '../../lib/corpus/views';
import type { PageMention } from './mention-store';

/**
 * A mention as a scan found it: the text nodes and offsets where it begins and ends, and its place among the scan's
 * mentions. Its live range is made the first time something needs it (painting near the viewport, a hover, the
 * keyboard, the popover): on a long page most mentions never come near, and making every range up front cost the page's
 * main thread a few ms on the 1 MB benchmark page. Until then the store orders and indexes it by its nodes.
 */
export class ScannedMention implements PageMention {
  private made: Range | undefined;

  constructor(
    readonly start: Text,
    readonly startOffset: number,
    readonly end: Text,
    readonly endOffset: number,
    readonly refs: readonly EntityRef[],
    readonly kind: 'person' | 'term',
    readonly flags: number,
    readonly block: Node,
    /** the scan that found it, and its place among that scan's mentions (document order, within one scan) */
    readonly scan: number,
    readonly index: number,
  ) {}

  get range(): Range {
    if (!this.made) {
      const range = document.createRange();
      try {
        range.setStart(this.start, this.startOffset);
        range.setEnd(this.end, this.endOffset);
      } catch {
        // The text changed under it since the scan (the rescan that follows drops it): an empty range shows nothing.
        range.collapse(true);
      }
      this.made = range;
    }
    return this.made;
  }

  /** The same text as other people or terms (what coreference resolved it to), in the same place. */
  as(refs: readonly EntityRef[]): ScannedMention {
    const mention = new ScannedMention(
      this.start,
      this.startOffset,
      this.end,
      this.endOffset,
      refs,
      markKind(refs),
      this.flags,
      this.block,
      this.scan,
      this.index,
    );
    mention.made = this.made;
    return mention;
  }
}
