import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { POPOVER_FACTORY, type PopoverFactory } from '../../components/popover/contract';
import { type Recognized, isBroadcast } from '../../lib/messages';
import { PrefilterTest } from '../../lib/recognize/prefilter';
import { ask } from '../../platform/ask';
import { watchForCandidates } from './candidates';
import { watchFrames } from './frame-watch';
import { dropPageSheet, stylePageEarly } from './page-sheet';
import { yieldToPage } from './quirks';
import type { LensOptions } from './lens';
import { LENS_FACTORY, type LensFactory } from './lens-contract';

function sameBlocks(a: string[][], b: string[][]): boolean {
  return a.length === b.length && a.every((block, i) => block.length === b[i].length && block.every((s, j) => s === b[i][j]));
}

/** The content script's whole life in one page or frame (see index.ts). */
export function runContentScript(ctx: ContentScriptContext): void {
  const isTop = window === window.top;
  const domReady = new Promise<void>((resolve) => {
    if (document.readyState !== 'loading') resolve();
    else document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
  });
  // The question travels while the page still loads (a frame gets this script once its parent's gate sees it: frame-watch.ts).
  let early: ReturnType<typeof safeHello> | undefined = safeHello();
  void early.then((hello) => stylePageEarly(hello?.enabled));
  function safeHello() {
    return ask({ type: 'hello', host: location.hostname }).catch(() => undefined);
  }
  // in a task of its own: DOMContentLoaded fires inside the page's last parsing task, often its longest
  void domReady.then(yieldToPage).then(run);

  function run(): void {
    /** what runs now: the watch for a first candidate, then the lens session that replaced it */
    let session: { stop(): void } | undefined;
    /** the watch over this document's frames, while its host is switched on */
    let frames: { stop(): void } | undefined;
    let port: ReturnType<typeof browser.runtime.connect> | undefined;
    let generation = 0;

    /** The one way down: highlights, popover, listeners, port. */
    const stop = () => {
      session?.stop();
      session = undefined;
      frames?.stop();
      frames = undefined;
      dropPageSheet();
      port?.disconnect();
      port = undefined;
    };
    /** A message failed or the port closed: if the extension is gone (reloaded, updated, removed), go down with it. */
    const checkAlive = () => {
      // reading isInvalid checks browser.runtime.id and, when it is gone, fires onInvalidated (which stops us)
      if (ctx.isInvalid) stop();
    };
    const safely = <T>(promise: Promise<T>, fallback: T) =>
      promise.catch(() => {
        checkAlive();
        return fallback;
      });

    const watchForOrphaning = () => {
      if (port) return;
      try {
        port = browser.runtime.connect({ name: 'lens' });
      } catch {
        checkAlive();
        return;
      }
      port.onDisconnect.addListener(() => {
        port = undefined;
        try {
          // read, so Chromium does not log it as unchecked (throws in an orphaned script)
          void browser.runtime?.lastError;
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
    const loadInjected = async <T>(name: string, type: 'load-lens' | 'load-popover'): Promise<T | undefined> => {
      const global = globalThis as Record<string, unknown>;
      if (!global[name] && !(await safely(ask({ type }), false))) return undefined;
      return global[name] as T | undefined;
    };

    const start = (prefilter: PrefilterTest, dataDate: string | undefined) => {
      const watch = watchForCandidates(prefilter, (firstBatch) => {
        // The lens's first batch is recognised while the lens loads: two round trips at once instead of one after the
        // other. The lens is asked for first: its injection is the longer way (the browser process, then compiling it).
        const lens = loadInjected<LensFactory>(LENS_FACTORY, 'load-lens');
        const early = firstBatch && { blocks: firstBatch, answer: ask({ type: 'recognize', blocks: firstBatch }) };
        early?.answer.catch(() => undefined);
        void lens.then((startLens) => {
          // switched off, orphaned or restarted while the lens was loading
          if (session !== watch || !startLens) return;
          watch.stop();
          session = startLens(lensOptions(prefilter, dataDate, early));
        });
      });
      session = watch;
      frames = watchFrames((frame) => safely(ask({ type: 'load-gate', host: location.hostname, frame }), false));
    };

    const lensOptions = (
      prefilter: PrefilterTest,
      dataDate: string | undefined,
      early: { blocks: string[][]; answer: Promise<Recognized> } | undefined,
    ): LensOptions => ({
      prefilter,
      dataDate,
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
      loadPopover: () => loadInjected<PopoverFactory>(POPOVER_FACTORY, 'load-popover'),
      onFirstMention: watchForOrphaning,
      reportStats: isTop ? (stats) => void safely(ask({ type: 'page-stats', ...stats }), undefined) : undefined,
    });

    // Ask the switches and the pre-filter; a later answer wins over an earlier one still in flight.
    const sync = async () => {
      const mine = ++generation;
      const pending = early;
      early = undefined;
      const hello = await (pending ?? safeHello());
      if (!hello) checkAlive();
      if (mine !== generation || ctx.isInvalid || !hello) return;
      if (hello.enabled && hello.prefilter && !session) start(new PrefilterTest(hello.prefilter), hello.dataDate);
      else if (!hello.enabled && session) stop();
    };

    const onMessage = (message: unknown) => {
      if (!isBroadcast(message)) {
        if (import.meta.env.DEV) console.debug('[Minutes Lens] dropped a message', message);
        return;
      }
      if (message.type === 'switches-changed') void sync();
      else if (message.type === 'corpus-changed') {
        // new patterns: start again with the new pre-filter
        stop();
        void sync();
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    // A tab coming back into view is where a stale page would be noticed: look then too.
    const onVisible = () => document.visibilityState === 'visible' && checkAlive();
    document.addEventListener('visibilitychange', onVisible);
    ctx.onInvalidated(() => {
      document.removeEventListener('visibilitychange', onVisible);
      try {
        browser.runtime.onMessage.removeListener(onMessage);
      } catch {
        // the extension's API is already gone
      }
      stop();
    });
    void sync();
  }
}
