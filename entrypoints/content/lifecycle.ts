import { POPOVER_FACTORY, type PopoverFactory } from '../../components/popover/contract';
import { type Hello, type Recognized, isBroadcast } from '../../lib/messages';
import { type Prefilter, PrefilterTest, coveredBy } from '../../lib/recognize/prefilter';
import { ask } from '../../platform/ask';
import { extensionAlive, extensionApi } from '../../platform/extension-api';
import { type CandidateWatch, type FirstRead, watchForCandidates } from './candidates';
import { watchFrames } from './frame-watch';
import { ASK_FIRST_KEY, GATE_KEY, type GateHandle } from './gate-contract';
import { yieldToPage } from './quirks';
import type { LensOptions } from './lens';
import { LENS_FACTORY, type LensFactory } from './lens-contract';

function sameBlocks(a: string[][], b: string[][]): boolean {
  return a.length === b.length && a.every((block, i) => block.length === b[i].length && block.every((s, j) => s === b[i][j]));
}

/**
 * The content script's whole life in one page or frame (see entrypoints/gate.ts).
 *
 * A page is read against `bundled`, the pre-filter of the bundled corpus, without a word to the background: a page
 * whose text passes nothing never touches the extension API (in Chromium its first touch costs a few milliseconds per
 * document). At the first candidate, or at the first frame in view, the background is asked whether this host is
 * switched on and for the database's pre-filter; nothing is built or sent before it says yes. Where the database holds
 * more than the bundled corpus, the background's flag (gate-contract.ts) makes the script ask first instead.
 */
export function runContentScript(bundled: Prefilter): void {
  const global = globalThis as Record<string, unknown>;
  const isTop = window === window.top;
  /** what runs now: the watch for a first candidate, then the lens session that replaced it */
  let session: { stop(): void } | undefined;
  /** the watch over this document's frames, while its host is not known to be switched off */
  let frames: { stop(): void } | undefined;
  let port: ReturnType<ReturnType<typeof extensionApi>['runtime']['connect']> | undefined;
  /** the background's answer, once asked (undefined: not asked, or asked again since) */
  let hello: Promise<Hello | undefined> | undefined;
  let generation = 0;
  let ready = false;
  let contacted = false;
  let stopped = false;

  // A newer copy of this script (the background injects one into open tabs after an update) replaces an older one that
  // shares this isolated world.
  (global[GATE_KEY] as GateHandle | undefined)?.stop();
  const handle: GateHandle = {
    stop: () => {
      stopped = true;
      stop();
      forget();
    },
    askFirst: () => {
      if (stopped) return;
      if (!ready) void askHello();
      else if (!contacted) {
        // reading against the bundled pre-filter: start again with the database's
        stop();
        void sync(true);
      }
    },
  };
  global[GATE_KEY] = handle;

  /** The one way down: highlights, popover, listeners, port. */
  const stop = () => {
    session?.stop();
    session = undefined;
    frames?.stop();
    frames = undefined;
    port?.disconnect();
    port = undefined;
  };
  /** Drops the listeners on the extension and the page (this copy is orphaned or replaced). */
  let forget = () => {
    if (global[GATE_KEY] === handle) global[GATE_KEY] = undefined;
  };
  /** A message failed or the port closed: if the extension is gone (reloaded, updated, removed), go down with it. */
  const checkAlive = () => {
    if (!extensionAlive()) handle.stop();
  };
  const safely = <T>(promise: Promise<T>, fallback: T) =>
    promise.catch(() => {
      checkAlive();
      return fallback;
    });

  /** Asks the background (once, until a broadcast makes it ask again); the first ask also starts listening to it. */
  const askHello = (): Promise<Hello | undefined> => {
    if (hello) return hello;
    if (!contacted) listen();
    hello = ask({ type: 'hello', host: location.hostname }).catch(() => undefined);
    return hello;
  };

  const watchForOrphaning = () => {
    if (port) return;
    try {
      port = extensionApi().runtime.connect({ name: 'lens' });
    } catch {
      checkAlive();
      return;
    }
    port.onDisconnect.addListener(() => {
      port = undefined;
      try {
        // read, so Chromium does not log it as unchecked (throws in an orphaned script)
        void extensionApi().runtime?.lastError;
      } catch {
        // gone: checkAlive sees it
      }
      // Also when the background was only stopped for idleness (Chromium): then we stay, and look again on the next
      // interaction rather than waking the worker every 30 s with a new port.
      checkAlive();
    });
  };

  /**
   * Code the background injects into this frame on first need, which registers a factory on the isolated world's
   * global object (lens-contract.ts, components/popover/contract.ts); undefined when the browser refused.
   */
  const loadInjected = async <T>(
    name: string,
    request: { type: 'load-lens'; host: string } | { type: 'load-popover' },
  ): Promise<T | undefined> => {
    if (!global[name] && !(await safely(ask(request), false))) return undefined;
    return global[name] as T | undefined;
  };

  /** Watches the page's text and frames with `prefilter`; `checked`: the background has already said yes. */
  const start = (prefilter: PrefilterTest, checked: Hello | undefined) => {
    const watch = watchForCandidates(prefilter, (firstBatch) => {
      // The lens's injection is the longer way (the browser process, then compiling it): asked for at once, beside the
      // question (the background injects it only into a switched-on site). The page's text goes after the answer.
      const lens = loadInjected<LensFactory>(LENS_FACTORY, { type: 'load-lens', host: location.hostname });
      void (async () => {
        const answer = checked ?? (await askHello());
        if (session !== watch) return;
        if (!answer?.enabled) {
          // switched off (or the extension is gone): nothing more here until a switch changes
          if (!answer) checkAlive();
          stop();
          return;
        }
        // The database holds patterns the bundled pre-filter does not know: read again with the database's.
        if (!checked && answer.prefilter && !coveredBy(answer.prefilter, bundled)) {
          stop();
          start(new PrefilterTest(answer.prefilter), answer);
          return;
        }
        found(watch, prefilter, answer, firstBatch, lens);
      })();
    });
    session = watch;
    frames = watchFrames(async (frame) => {
      const answer = checked ?? (await askHello());
      if (!answer?.enabled) {
        if (answer) stop();
        return false;
      }
      return safely(ask({ type: 'load-gate', host: location.hostname, frame }), false);
    });
  };

  /** A candidate on a switched-on host: the first batch is recognised while the lens loads. */
  const found = (
    watch: CandidateWatch,
    prefilter: PrefilterTest,
    answer: Hello,
    firstBatch: string[][] | undefined,
    lens: Promise<LensFactory | undefined>,
  ) => {
    const early = firstBatch && { blocks: firstBatch, answer: ask({ type: 'recognize', blocks: firstBatch }) };
    early?.answer.catch(() => undefined);
    void lens.then((startLens) => {
      // switched off, orphaned or restarted while the lens was loading
      if (session !== watch) return;
      // the browser refused the lens: the watch, kept on for the hand-over, stops observing the page
      if (!startLens) return watch.stop();
      const firstRead = watch.firstRead();
      watch.stop();
      session = startLens(lensOptions(prefilter, answer.dataDate, early, firstRead));
    });
  };

  const lensOptions = (
    prefilter: PrefilterTest,
    dataDate: string | undefined,
    early: { blocks: string[][]; answer: Promise<Recognized> } | undefined,
    firstRead?: FirstRead,
  ): LensOptions => ({
    prefilter,
    dataDate,
    firstRead,
    recognize: (blocks) => {
      // the answer asked for early, if the lens's first batch is the one it was asked for (the page may have changed)
      const ready = early && sameBlocks(blocks, early.blocks) ? early.answer : undefined;
      early = undefined;
      return ready ?? ask({ type: 'recognize', blocks });
    },
    details: (refs) =>
      ask({ type: 'entity-details', refs }).catch((error) => {
        checkAlive();
        throw error;
      }),
    openRoute: (route) => void safely(ask({ type: 'open-sidepanel', route }), undefined),
    loadPopover: () => loadInjected<PopoverFactory>(POPOVER_FACTORY, { type: 'load-popover' }),
    onFirstMention: watchForOrphaning,
    reportStats: isTop ? (stats) => void safely(ask({ type: 'page-stats', ...stats }), undefined) : undefined,
  });

  /** Asks the background (`again`: a switch or the corpus changed, or the flag came late); a later answer wins. */
  const sync = async (again: boolean) => {
    const mine = ++generation;
    if (again) hello = undefined;
    const answer = await askHello();
    if (!answer) checkAlive();
    if (mine !== generation || stopped || !ready || !answer) return;
    if (answer.enabled && answer.prefilter && !session) start(new PrefilterTest(answer.prefilter), answer);
    else if (!answer.enabled && session) stop();
  };

  /** From the first ask on: the background's broadcasts, and a look at the extension when the tab shows again. */
  const listen = () => {
    contacted = true;
    const onMessage = (message: unknown) => {
      if (!isBroadcast(message)) {
        if (import.meta.env.DEV) console.debug('[Minutes Lens] dropped a message', message);
        return;
      }
      if (message.type === 'switches-changed') void sync(true);
      else if (message.type === 'corpus-changed') {
        // new patterns: start again with the new pre-filter
        stop();
        void sync(true);
      }
    };
    // A tab coming back into view is where a stale page would be noticed.
    const onVisible = () => document.visibilityState === 'visible' && checkAlive();
    try {
      extensionApi().runtime.onMessage.addListener(onMessage);
    } catch {
      // orphaned already: the failed ask says so
    }
    document.addEventListener('visibilitychange', onVisible);
    const forgetPage = forget;
    forget = () => {
      forgetPage();
      document.removeEventListener('visibilitychange', onVisible);
      try {
        extensionApi().runtime.onMessage.removeListener(onMessage);
      } catch {
        // the extension's API is already gone
      }
    };
  };

  const askFirst = () => global[ASK_FIRST_KEY] === true;
  // With the flag, the question travels while the page still loads.
  if (askFirst()) void askHello();
  const domReady = new Promise<void>((resolve) => {
    if (document.readyState !== 'loading') resolve();
    else document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
  });
  // in a task of its own: DOMContentLoaded fires inside the page's last parsing task, often its longest
  void domReady.then(yieldToPage).then(() => {
    ready = true;
    if (stopped) return;
    if (askFirst()) void sync(false);
    else start(new PrefilterTest(bundled), undefined);
  });
}
