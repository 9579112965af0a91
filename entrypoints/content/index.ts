import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { CompiledPatterns } from '../../lib/recognize/compile';
import { Recognizer } from '../../lib/recognize/recognizer';
import type { Broadcast } from '../../lib/messages';
// As text, parsed once with JSON.parse: half a megabyte of object literal made compiling this script a long task on
// every page and frame; a JSON string parses several times faster.
import compiledPatternsJson from '../../.generated/patterns.json?raw';
import { type LensSession, startLens } from './lens';
import { ask } from './messaging';

/**
 * The content script: thin wiring. Recognition lives in lib/recognize (patterns compiled at build time by
 * scripts/build-patterns.ts and bundled here, so no page ever waits on a message before highlighting); the page work
 * is in lens.ts and the modules beside it. Runs in every frame, so same-origin frames get their own lens.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    const compiled = JSON.parse(compiledPatternsJson) as CompiledPatterns;
    const recognizer = new Recognizer(compiled);
    const patternChars = new Set(compiled.patterns.flatMap((p) => [...p.text]));
    const isTop = window === window.top;
    let session: LensSession | undefined;
    let generation = 0;

    const apply = (enabled: boolean) => {
      if (enabled && !session) {
        session = startLens({
          recognizer,
          patternChars,
          dataDate: compiled.dataDate,
          details: (refs) => ask({ type: 'entity-details', refs }),
          openRoute: (route) => void ask({ type: 'open-sidepanel', route }).catch(() => undefined),
          reportStats: isTop ? (stats) => void ask({ type: 'page-stats', ...stats }).catch(() => undefined) : undefined,
        });
      } else if (!enabled && session) {
        session.stop();
        session = undefined;
      }
    };

    // Ask the switches (global and this site's); a later answer wins over an earlier one still in flight.
    const sync = async () => {
      const mine = ++generation;
      const enabled = await ask({ type: 'site-enabled', host: location.hostname }).catch(() => true);
      if (mine === generation && !ctx.isInvalid) apply(enabled !== false);
    };

    const onMessage = (message: Broadcast) => {
      if (message?.type === 'switches-changed') void sync();
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      apply(false);
    });
    void sync();
  },
});
