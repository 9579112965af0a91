import { planChunks } from '../../lib/recognize/chunks';
import type { Recognizer } from '../../lib/recognize/recognizer';
import type { MentionStore, PageMention } from './mention-store';
import { walkTextBlocks } from './text-blocks';

/** Characters recognised in one step; about 3 ms of work on a mid-range machine, so a slice fits a few. */
const CHUNK_CHARS = 4000;
/** Mentions painted between pause points. */
const PAINT_BATCH = 200;

/**
 * A scan of one root (the document, a changed block, an open shadow root) as a job for the SliceRunner: drop what was
 * marked there before, walk the text blocks, recognise each block chunk by chunk, and store every mention.
 */
export function* scanRoot(
  root: Node,
  recognizer: Recognizer,
  patternChars: ReadonlySet<string>,
  store: MentionStore,
  onShadowRoot: (root: ShadowRoot) => void,
): Generator<void> {
  store.removeWithin(root);
  for (const block of walkTextBlocks(root, onShadowRoot)) {
    if (!block) {
      yield;
      continue;
    }
    const segments = block.map((node) => node.data);
    if (segments.reduce((n, s) => n + s.length, 0) < 2) continue;
    const mentions: PageMention[] = [];
    for (const chunk of planChunks(segments, CHUNK_CHARS, patternChars)) {
      const texts = chunk.pieces.map((p) => segments[p.segment].slice(p.from, p.to));
      // The text may have changed since the walk (the observer will rescan it): recognise only what is still there.
      if (chunk.pieces.some((p) => !block[p.segment].isConnected || block[p.segment].data !== segments[p.segment])) continue;
      for (const m of recognizer.findInSegments(texts)) {
        const start = chunk.pieces[m.start.segment];
        const end = chunk.pieces[m.end.segment];
        const range = block[start.segment].ownerDocument.createRange();
        range.setStart(block[start.segment], start.from + m.start.offset);
        range.setEnd(block[end.segment], end.from + m.end.offset);
        mentions.push({ range, refs: m.refs, kind: m.kind, flags: m.flags });
      }
      yield;
    }
    // Paint once the whole block is read, last mention first: the fallback painter splits text nodes, and splitting
    // after a mention never moves the offsets of the mentions before it.
    for (let k = mentions.length - 1; k >= 0; k--) {
      if (!mentions[k].range.collapsed) store.add(mentions[k]);
      if (k % PAINT_BATCH === 0) yield;
    }
  }
  // Surname forms light only after a full name earlier on the page: decided over the whole page, now that this part
  // of it is read (lib/recognize/coreference.ts).
  store.resolve();
}
