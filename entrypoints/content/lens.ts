import type { PopoverDeps, PopoverUi } from '../../components/popover/contract';
import type { EntityDetails, EntityRef } from '../../lib/corpus/views';
import { guarded } from '../../lib/guard';
import type { Recognized } from '../../lib/messages';
import type { PrefilterTest } from '../../lib/recognize/prefilter';
import type { FirstRead } from './candidates';
import { HighlightPainter } from './highlight-painter';
import { HIGHLIGHT_CSS } from './highlight-styles';
import { mentionAt, watchHover } from './hover';
import { isLensShortcut, mentionForKeyboard } from './keyboard';
import { MentionStore, type PageMention, type Painter } from './mention-store';
import { type DirtyBatch, MutationWatcher } from './mutation-watcher';
import { POPOVER_TAG, adoptStyles, hasHighlightApi, isPopoverTag } from './quirks';
import { scanRoot } from './scanner';
import { SliceRunner } from './slices';
import { inSkippedContext } from './text-blocks';
import { WrapperPainter } from './wrapper-painter';

/** Child nodes of the element under the pointer looked at for a mention before the popover's UI is loaded. */
const OWN_TEXT_LOOKS = 64;

/** The badge is updated at most this often while a page is still being scanned or keeps changing. */
const STATS_DEBOUNCE_MS = 300;

export interface LensOptions {
  prefilter: PrefilterTest;
  recognize(blocks: string[][]): Promise<Recognized>;
  dataDate?: string;
  /** the content script's first reading of the document, to read on from (candidates.ts) */
  firstRead?: FirstRead;
  details(refs: EntityRef[]): Promise<EntityDetails[]>;
  openRoute: (route: string) => void;
  /** the popover's UI, loaded on first use (injected by the background); undefined when it cannot be loaded */
  loadPopover: () => Promise<((deps: PopoverDeps) => PopoverUi) | undefined>;
  /** called once, when the first mention is marked: the page now holds something to take down if we are orphaned */
  onFirstMention?(): void;
  /** toolbar badge counts; only the top frame reports, so frames do not overwrite each other's counts */
  reportStats?(stats: { people: number; terms: number }): void;
}

export interface LensSession {
  /** removes every highlight, the popover and every listener; the page is as before */
  stop(): void;
}

/**
 * Highlighting on one page, from start to stop: scan the document (and open shadow roots) in time slices, keep up
 * with changes, show the popover on hover or keyboard, report counts for the badge. Everything is undone by stop().
 *
 * Nothing is built until the first mention: a page whose text passes no pre-filter gets a mutation observer and
 * nothing else (no highlights registered, no style sheet, no pointer or key listeners, no popover).
 */
export function startLens(options: LensOptions): LensSession {
  const abort = new AbortController();
  const signal = abort.signal;
  // The host keeps its content in its shadow root; closest() covers anything put inside it under the usual name.
  const isOwn = (node: Node) => node instanceof Element && (isPopoverTag(node.localName) || node.closest(POPOVER_TAG) !== null);
  const runner = new SliceRunner(signal);
  const watcher = new MutationWatcher((batch) => rescan(batch), isOwn);
  const shadowRoots = new Set<ShadowRoot>();
  const trees: (Document | ShadowRoot)[] = [];
  const unstyle: (() => void)[] = [];
  let active = false;
  let popover: PopoverUi | undefined;
  let popoverLoading: Promise<PopoverUi | undefined> | undefined;
  let hoverRequest = 0;

  /** The painter is created with the first mention; until then the store paints nothing. */
  let realPainter: Painter | undefined;
  const painter: Painter = {
    paint: (mention) => {
      activate();
      return realPainter!.paint(mention);
    },
    unpaint: (mention) => realPainter?.unpaint(mention),
    clear: () => realPainter?.clear(),
  };
  const store = new MentionStore(painter, (mention) => popover?.forget(mention));

  const scan = (root: Node, firstRead?: FirstRead) =>
    runner.push((slice) =>
      scanRoot(
        root,
        {
          prefilter: options.prefilter,
          store,
          recognize: (blocks) => options.recognize(blocks),
          onShadowRoot: (shadowRoot) => addTree(shadowRoot),
          changes: () => watcher.changes(),
        },
        slice,
        firstRead,
      ),
    );

  function addTree(root: Document | ShadowRoot, firstRead?: FirstRead): void {
    if (root instanceof ShadowRoot) {
      if (shadowRoots.has(root)) return;
      shadowRoots.add(root);
    }
    trees.push(root);
    if (active) {
      style(root);
      if (root instanceof ShadowRoot) realPainter?.addTree?.(root);
    }
    watcher.observe(root);
    scan(root, firstRead);
    for (const shadowRoot of firstRead?.shadowRoots ?? []) addTree(shadowRoot);
  }

  async function rescan(batch: DirtyBatch): Promise<number> {
    const before = runner.stats.busyMs;
    const started = performance.now();
    // One pass over the mentions, however many nodes left: a removed subtree's text is no longer connected.
    if (batch.removed) {
      store.removeDetached();
      store.resolve();
    }
    for (const root of batch.rescan) if (!inSkippedContext(root)) scan(root);
    const ownMs = performance.now() - started;
    await runner.whenIdle();
    scheduleStats();
    return ownMs + runner.stats.busyMs - before;
  }

  /**
   * The highlights' styles in a tree: in Chromium's document, the browser's own copy of page-highlight.css (declared
   * with the content script, inserted with it into frames: styled from the first byte, so never a restyle of the whole
   * page, and invisible to the page's scripts); elsewhere (open shadow roots, Firefox, the wrapper fallback), a sheet of
   * our own.
   */
  function style(root: Document | ShadowRoot): void {
    if (root === document && realPainter instanceof HighlightPainter && !import.meta.env.FIREFOX) return;
    watcher.quietly(() => unstyle.push(adoptStyles(root, HIGHLIGHT_CSS)));
  }

  /** The first mention: styles, the painter, pointer and key listeners. */
  function activate(): void {
    if (active) return;
    active = true;
    realPainter = hasHighlightApi() ? new HighlightPainter() : new WrapperPainter(watcher.quietly);
    for (const root of trees) {
      style(root);
      if (root instanceof ShadowRoot) realPainter.addTree?.(root);
    }
    listen();
    options.onFirstMention?.();
  }

  function ensurePopover(): Promise<PopoverUi | undefined> {
    popoverLoading ??= options.loadPopover().then((factory) => {
      if (!factory || signal.aborted) return undefined;
      popover = factory({
        details: (mention) => options.details([...mention.refs]),
        openRoute: options.openRoute,
        ordered: () => store.ordered(),
        dataDate: options.dataDate,
      });
      return popover;
    });
    return popoverLoading;
  }

  /**
   * The popover's UI (a few hundred kB, injected) starts loading when the pointer first moves over an element whose
   * own text holds a mention, not once it has rested there (SETTLE_MS later): the first popover of a page comes that
   * much sooner. A pointer that never touches a mention loads nothing.
   */
  function loadPopoverOnApproach(): void {
    const approach = new AbortController();
    signal.addEventListener('abort', () => approach.abort(), { once: true });
    document.addEventListener(
      'pointermove',
      guarded((event: PointerEvent) => {
        if (popoverLoading) approach.abort();
        else if (event.pointerType !== 'touch' && ownTextHoldsMention(event.target)) {
          approach.abort();
          void ensurePopover();
        }
      }),
      { capture: true, passive: true, signal: approach.signal },
    );
  }

  /** Whether one of the first text nodes directly inside `target` holds a mention (one look per pointer move). */
  function ownTextHoldsMention(target: EventTarget | null): boolean {
    if (!(target instanceof Element)) return false;
    let looked = 0;
    for (let node = target.firstChild; node && looked < OWN_TEXT_LOOKS; node = node.nextSibling, looked++) {
      if (node.nodeType === Node.TEXT_NODE && store.at(node).length) return true;
    }
    return false;
  }

  function listen(): void {
    loadPopoverOnApproach();
    watchHover(
      (event) => popover?.open !== undefined && event.composedPath().some((t) => t instanceof Element && isPopoverTag(t.localName)),
      guarded((x: number, y: number) => {
        const mention = mentionAt(x, y, store, [...shadowRoots]);
        if (popover) popover.hover(mention, x, y);
        else if (mention) {
          // Only a hover over a mention takes over from a keyboard open still loading the UI, not one over nothing.
          const request = ++hoverRequest;
          void ensurePopover().then((ui) => request === hoverRequest && ui?.hover(mention, x, y));
        }
      }),
      signal,
    );
    document.addEventListener(
      'pointerdown',
      guarded((event: PointerEvent) => popover?.onPointerDown(event)),
      { capture: true, signal },
    );
    document.addEventListener(
      'keydown',
      guarded((event: KeyboardEvent) => {
        if (isLensShortcut(event)) {
          const mention = mentionForKeyboard(store);
          if (!mention) return;
          event.preventDefault();
          // a hover still settling must not reach the popover after the keyboard opened it
          const request = ++hoverRequest;
          if (popover) popover.openFromKeyboard(mention);
          else void ensurePopover().then((ui) => request === hoverRequest && ui?.openFromKeyboard(mention));
        } else {
          popover?.onKeyDown(event);
        }
      }),
      { capture: true, signal },
    );
  }

  let statsTimer: ReturnType<typeof setTimeout> | undefined;
  let lastStats = '';
  function scheduleStats(): void {
    if (!options.reportStats || statsTimer !== undefined) return;
    statsTimer = setTimeout(guarded(sendStats), STATS_DEBOUNCE_MS);
  }

  function sendStats(): void {
    statsTimer = undefined;
    const stats = store.stats();
    const key = `${stats.people}/${stats.terms}`;
    if (key !== lastStats && !signal.aborted) {
      lastStats = key;
      options.reportStats?.(stats);
    }
  }

  const started = performance.now();
  if (document.designMode !== 'on') addTree(document, options.firstRead);
  void runner.whenIdle().then(() => {
    if (signal.aborted) return;
    const { slices, longestSliceMs, busyMs } = runner.stats;
    console.debug(
      `[Minutes Lens] first scan: ${store.size} mentions in ${(performance.now() - started).toFixed(0)} ms ` +
        `(${busyMs.toFixed(0)} ms of work in ${slices} slices, longest ${longestSliceMs.toFixed(1)} ms)` +
        (options.firstRead ? ", read on from the content script's first reading" : ''),
    );
    if (store.size) scheduleStats();
  });

  return {
    stop: () => {
      abort.abort();
      clearTimeout(statsTimer);
      watcher.disconnect();
      popover?.destroy();
      store.clear();
      for (const undo of unstyle.splice(0)) undo();
      shadowRoots.clear();
      trees.length = 0;
      if (options.reportStats && lastStats !== '' && lastStats !== '0/0') options.reportStats({ people: 0, terms: 0 });
    },
  };
}

export type { PageMention };
