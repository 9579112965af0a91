import { type EntityRef, markKind } from '../../lib/corpus/views';
import type { Recognized } from '../../lib/messages';
import type { PrefilterTest } from '../../lib/recognize/prefilter';
import type { FirstRead } from './candidates';
import type { MentionStore, PageMention } from './mention-store';
import { ScannedMention } from './scanned-mention';
import type { Slicer } from './slices';
import { type TextBlock, type WalkStep, blockOf, walkTextBlocks } from './text-blocks';

/** A batch sent to the background: at most this many characters (a larger block goes alone)... */
const BATCH_CHARS = 60_000;
/** ...or this many blocks. */
const BATCH_BLOCKS = 400;
/**
 * A block's text as sent: its text nodes' data, or for a block that is all the text of its element, that text in one
 * read (the mentions' offsets in it are mapped to the nodes when painted, paint() below).
 */
function readBlock(step: TextBlock): { segments: string[]; chars: number } {
  if (step.length === 1 || step.whole) {
    const text = step.length === 1 ? step[0].data : (step.whole?.textContent ?? '');
    return { segments: [text], chars: text.length };
  }
  let chars = 0;
  const segments = step.map((node) => {
    const data = node.data;
    chars += data.length;
    return data;
  });
  return { segments, chars };
}

/**
 * A block's text as sent, and whether the pre-filter lets it through: how the content script's first reading
 * (candidates.ts) takes every block it reads.
 */
export function readTested(step: TextBlock, prefilter: PrefilterTest): { segments: string[]; chars: number; passes: boolean } {
  const read = readBlock(step);
  return { ...read, passes: read.chars >= 2 && prefilter.test(read.segments.join('')) };
}

/** A scan decides whether the pre-filter is worth running once per this many characters read... */
const FILTER_WINDOW_CHARS = 10_000;
/**
 * ...and runs it over the next window only if less than this share of the text it tested passed. Testing costs about
 * half as much a character as sending it: where most text passes, it saves less than it costs. The recognizer finds
 * nothing in a block the pre-filter would turn away (the pre-filter is built from the same patterns), so what is found
 * is the same either way.
 */
const FILTER_WORTH_SHARE = 0.6;
/** While the pre-filter is off, every this many blocks are still tested, to notice when the text stops passing. */
const FILTER_SAMPLE_EVERY = 8;

/**
 * The pre-filter, for as long as it turns away enough of a scan's text to be worth running. The document's scan starts
 * its first window with what the content script's first reading tested (FirstRead.tested), instead of testing as much
 * again.
 */
class ScanFilter {
  private on = true;
  private blocks = 0;
  /** characters read in this window; of them, those tested and those that passed */
  private read: number;
  private tested: number;
  private passed: number;

  constructor(
    private readonly prefilter: PrefilterTest,
    start: { chars: number; passed: number } = { chars: 0, passed: 0 },
  ) {
    this.read = this.tested = start.chars;
    this.passed = start.passed;
  }

  /** The block's text to send, or undefined when it holds no candidate (or is too short to). */
  take(step: TextBlock): { segments: string[]; chars: number } | undefined {
    const read = readBlock(step);
    const { segments, chars } = read;
    if (chars < 2) return undefined;
    let passes = true;
    if (this.on || ++this.blocks % FILTER_SAMPLE_EVERY === 0) {
      passes = this.prefilter.test(segments.join(''));
      this.tested += chars;
      if (passes) this.passed += chars;
    }
    this.read += chars;
    if (this.read >= FILTER_WINDOW_CHARS) {
      // (a window in which nothing was sampled keeps the filter as it was)
      if (this.tested) this.on = this.passed < this.tested * FILTER_WORTH_SHARE;
      this.read = this.tested = this.passed = 0;
    }
    return passes ? read : undefined;
  }
}

/** Whether a batch this big goes to the background as it is. */
export function batchIsFull(blocks: number, chars: number): boolean {
  return chars >= BATCH_CHARS || blocks >= BATCH_BLOCKS;
}

/** Blocks read between looks at the clock (besides the walk's own pause points). */
const BLOCKS_PER_CHECK = 16;

/** Mentions painted between pause points. */
const PAINT_BATCH = 100;

export interface ScanDeps {
  prefilter: PrefilterTest;
  store: MentionStore;
  /** the background's recognizer (lib/messages.ts `recognize`) */
  recognize: (blocks: string[][]) => Promise<Recognized>;
  onShadowRoot: (root: ShadowRoot) => void;
  /**
   * The page's change count (MutationWatcher.changes): the same when a batch is painted as when its first block was
   * read means its text is as sent, and is not read again to check.
   */
  changes: () => number;
}

interface Sent {
  block: TextBlock;
  segments: string[];
}

interface Batch {
  items: Sent[];
  /** the change count before its first block was read */
  version: number;
}

/**
 * A scan of one root (the document, a changed block, an open shadow root) as a job for the SliceRunner: drop what was
 * marked there before, walk the text blocks in document order, keep those the pre-filter lets through, send them to
 * the background in batches (one in flight while the next is read), and store every mention it finds. With
 * `firstRead` (the document's, by the content script), its blocks are the first batch and the walk goes on from there.
 */
export async function scanRoot(root: Node, deps: ScanDeps, slice: Slicer, firstRead?: FirstRead): Promise<void> {
  deps.store.removeWithin(root);
  const order = { scan: ++scans, index: 0 };
  let batch: Sent[] = [];
  let version = 0;
  let chars = 0;
  let blocks = 0;
  let painting: Promise<void> = Promise.resolve();
  const filter = new ScanFilter(deps.prefilter, firstRead?.tested);

  const send = () => {
    if (!batch.length) return;
    const sent: Batch = { items: batch, version };
    batch = [];
    chars = 0;
    const answer = deps.recognize(sent.items.map((item) => item.segments));
    const previous = painting;
    painting = (async () => {
      await previous;
      const result = await slice.wait(answer);
      await paint(sent, result, deps, slice, order);
    })();
  };

  let steps: Iterator<WalkStep>;
  if (firstRead) {
    batch = firstRead.blocks.map((block, i) => ({ block, segments: firstRead.segments[i] }));
    // (its text was found unchanged when the lens began watching, at count 0)
    send();
    await slice.wait(painting);
    steps = firstRead.rest(deps.onShadowRoot);
  } else {
    steps = walkTextBlocks(root, deps.onShadowRoot);
  }
  for (let next = steps.next(); !next.done; next = steps.next()) {
    const step = next.value;
    // The clock is read at the walk's pause points (every 200 nodes) and every few blocks (a block can be long), not at
    // every block: reading it crosses into the browser.
    if ((!step || ++blocks % BLOCKS_PER_CHECK === 0) && slice.due()) await slice.pause();
    if (!step) continue;
    const block = filter.take(step);
    if (!block) continue;
    if (!batch.length) version = deps.changes();
    batch.push({ block: step, segments: block.segments });
    chars += block.chars;
    if (batchIsFull(batch.length, chars)) {
      send();
      // one batch in flight at a time: the page is read no faster than the background answers
      await slice.wait(painting);
    }
  }
  send();
  await painting;
  // Surname forms light only after a full name earlier on the page: decided over the whole page, now that this part
  // of it is read (lib/recognize/coreference.ts).
  deps.store.resolve();
}

/** Scans started so far: a mention's place is its scan and its index among the scan's mentions (document order). */
let scans = 0;

async function paint(
  { items, version }: Batch,
  result: Recognized,
  deps: ScanDeps,
  slice: Slicer,
  order: { scan: number; index: number },
): Promise<void> {
  const { store } = deps;
  // The text may have changed since the walk (the observer will rescan it): then only what is still there is marked.
  let unchanged = deps.changes() === version;
  let painted = 0;
  // (an index loop: most items have no mention, and an iterator with destructuring cost more than the items' work)
  for (let k = 0; k < items.length; k++) {
    const flat = result.blocks[k];
    if (!flat?.length) continue;
    const { block, segments } = items[k];
    /** sent as one string (the block's element's text): where each text node begins in it */
    let starts: number[] | undefined;
    if (segments.length !== block.length) {
      // (matches come in text order: the last one ends furthest)
      starts = nodeStarts(block, segments[0], unchanged, flat[flat.length - 3]);
      if (!starts) continue;
    }
    const mentions: PageMention[] = [];
    /** the block's element (its text nodes share it), found at its first mention */
    let holder: Node | undefined;
    for (let i = 0; i + 5 < flat.length; i += 6) {
      let s0 = flat[i];
      let o0 = flat[i + 1];
      let s1 = flat[i + 2];
      let o1 = flat[i + 3];
      if (starts) {
        s0 = nodeAt(starts, o0, false);
        o0 -= starts[s0];
        s1 = nodeAt(starts, o1, true);
        o1 -= starts[s1];
      } else if (!unchanged && (!isCurrent(block, segments, s0) || (s1 !== s0 && !isCurrent(block, segments, s1)))) continue;
      if (s0 === s1 && o0 === o1) continue;
      const refs: readonly EntityRef[] = result.refs[flat[i + 4]] ?? [];
      if (!refs.length) continue;
      holder ??= block.whole ?? blockOf(block[s0]);
      mentions.push(new ScannedMention(block[s0], o0, block[s1], o1, refs, markKind(refs), flat[i + 5], holder, order.scan, order.index++));
    }
    // Last mention first: the fallback painter splits text nodes, and splitting after a mention never moves the
    // offsets of the mentions before it.
    for (let m = mentions.length - 1; m >= 0; m--) {
      store.add(mentions[m]);
      if (++painted % PAINT_BATCH === 0 && slice.due()) {
        await slice.pause();
        // (the page ran in between)
        unchanged &&= deps.changes() === version;
      }
    }
  }
}

function isCurrent(block: Text[], segments: string[], i: number): boolean {
  const node = block[i];
  return node !== undefined && node.isConnected && node.data === segments[i];
}

/**
 * Where each of the block's text nodes begins in `text`, its text as sent, up to the node that holds offset `upTo`, and
 * where that one ends; undefined when the nodes no longer hold that text (read again only if the page changed since).
 */
function nodeStarts(block: Text[], text: string, unchanged: boolean, upTo: number): number[] | undefined {
  const starts = [0];
  if (unchanged) {
    let at = 0;
    for (let i = 0; i < block.length && at < upTo; i++) starts.push((at += block[i].length));
    return starts;
  }
  let joined = '';
  for (const node of block) {
    if (!node.isConnected) return undefined;
    joined += node.data;
    starts.push(joined.length);
  }
  return joined === text ? starts : undefined;
}

/**
 * The text node an offset of the joined text falls in: for a mention's start, the node holding the character there;
 * for its end, the node holding the character before it (so an empty node is never a mention's start or end).
 */
function nodeAt(starts: number[], offset: number, end: boolean): number {
  let i = 0;
  while (i < starts.length - 2 && (end ? starts[i + 1] < offset : starts[i + 1] <= offset)) i++;
  return i;
}
