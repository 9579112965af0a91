import type { EntityDetails, EntityRef } from '../../lib/corpus/views';
import type { Recognizer } from '../../lib/recognize/recognizer';
import { guarded } from './guard';
import { HighlightPainter } from './highlight-painter';
import { HIGHLIGHT_CSS } from './highlight-styles';
import { mentionAt, watchHover } from './hover';
import { isLensShortcut, mentionForKeyboard } from './keyboard';
import { MentionStore, type Painter } from './mention-store';
import { type DirtyBatch, MutationWatcher } from './mutation-watcher';
import { PopoverController } from './popover-controller';
import { POPOVER_TAG, adoptStyles, hasHighlightApi, isPopoverTag } from './quirks';
import { scanRoot } from './scanner';
import { SliceRunner } from './slices';
import { inSkippedContext } from './text-blocks';
import { WrapperPainter } from './wrapper-painter';

/** The badge is updated at most this often while a page is still being scanned or keeps changing. */
const STATS_DEBOUNCE_MS = 300;

export interface LensOptions {
  recognizer: Recognizer;
  patternChars: ReadonlySet<string>;
  dataDate?: string;
  details(refs: EntityRef[]): Promise<EntityDetails[]>;
  openRoute: (route: string) => void;
  /** toolbar badge counts; only the top frame reports, so frames do not overwrite each other's counts */
  reportStats?(stats: { people: number; terms: number }): void;
}

export interface LensSession {
  /** resolves when the current scan work is done */
  whenIdle(): Promise<void>;
  /** removes every highlight, the popover and every listener; the page is as before */
  stop(): void;
}

/**
 * Highlighting on one page, from start to stop: scan the document (and open shadow roots) in time slices, keep up
 * with changes, show the popover on hover or keyboard, report counts for the badge. Everything is undone by stop().
 */
export function startLens(options: LensOptions): LensSession {
  const abort = new AbortController();
  const signal = abort.signal;
  // The host keeps its content in its shadow root; closest() covers anything put inside it under the usual name.
  const isOwn = (node: Node) => node instanceof Element && (isPopoverTag(node.localName) || node.closest(POPOVER_TAG) !== null);
  const runner = new SliceRunner(signal);
  const watcher = new MutationWatcher((batch) => rescan(batch), isOwn);
  const painter: Painter = hasHighlightApi() ? new HighlightPainter() : new WrapperPainter(watcher.quietly);
  const popover = new PopoverController({
    details: (mention) => options.details([...mention.refs]),
    openRoute: options.openRoute,
    ordered: () => store.ordered(),
    dataDate: options.dataDate,
  });
  const store = new MentionStore(painter, (mention) => popover.forget(mention));
  const shadowRoots = new Set<ShadowRoot>();
  const unstyle: (() => void)[] = [];

  const scan = (root: Node) => scanRoot(root, options.recognizer, options.patternChars, store, (shadowRoot) => addTree(shadowRoot));

  function addTree(root: Document | ShadowRoot): void {
    if (root instanceof ShadowRoot) {
      if (shadowRoots.has(root)) return;
      shadowRoots.add(root);
    }
    watcher.quietly(() => unstyle.push(adoptStyles(root, HIGHLIGHT_CSS)));
    watcher.observe(root);
    runner.push(scan(root));
  }

  async function rescan(batch: DirtyBatch): Promise<void> {
    // One pass over the mentions, however many nodes left: a removed subtree's text is no longer connected.
    if (batch.removed) {
      store.removeDetached();
      store.resolve();
    }
    for (const root of batch.rescan) if (!inSkippedContext(root)) runner.push(scan(root));
    await runner.whenIdle();
    scheduleStats();
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

  watchHover(
    (event) => popover.open !== undefined && event.composedPath().some((t) => t instanceof Element && isPopoverTag(t.localName)),
    guarded((x: number, y: number) => popover.hover(mentionAt(x, y, store, [...shadowRoots]), x, y)),
    signal,
  );
  document.addEventListener('pointerdown', guarded(popover.onPointerDown), { capture: true, signal });
  document.addEventListener(
    'keydown',
    guarded((event: KeyboardEvent) => {
      if (isLensShortcut(event)) {
        const mention = mentionForKeyboard(store);
        if (!mention) return;
        event.preventDefault();
        popover.openFromKeyboard(mention);
      } else {
        popover.onKeyDown(event);
      }
    }),
    { capture: true, signal },
  );

  const started = performance.now();
  if (document.designMode !== 'on') addTree(document);
  void runner.whenIdle().then(() => {
    if (signal.aborted) return;
    const { slices, longestSliceMs, busyMs } = runner.stats;
    console.debug(
      `[Minutes Lens] first scan: ${store.size} mentions in ${(performance.now() - started).toFixed(0)} ms ` +
        `(${busyMs.toFixed(0)} ms of work in ${slices} slices, longest ${longestSliceMs.toFixed(1)} ms)`,
    );
    scheduleStats();
  });

  return {
    whenIdle: () => runner.whenIdle(),
    stop: () => {
      abort.abort();
      clearTimeout(statsTimer);
      watcher.disconnect();
      popover.destroy();
      store.clear();
      for (const undo of unstyle.splice(0)) undo();
      shadowRoots.clear();
      if (options.reportStats && lastStats !== '0/0') options.reportStats({ people: 0, terms: 0 });
    },
  };
}
