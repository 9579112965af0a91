import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContentScript } from './lifecycle';

/**
 * The content script, in every page's top frame and in each frame once its parent's gate sees it (frame-watch.ts):
 * small on purpose (no patterns, no automaton, no React). It asks the
 * background once whether this host is switched on and for the pre-filter; a page whose text passes no pre-filter
 * builds nothing more. Text that may hold mentions goes to the background's recognizer (the extension's own worker,
 * inside the browser), which answers with offsets; the popover's UI is injected on first use. After an extension
 * update or reload this script is orphaned: it notices (WXT's context, a disconnected port, a failed message) and
 * takes everything down through one path, stop(); the new background injects the new script into open tabs.
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  // No script is declared in frames: each is injected by the background once its parent's gate sees it (frame-watch.ts)
  allFrames: false,
  // At document_start so that the top frame's first question to the background travels while the page still loads;
  // the page is read once its DOM is complete (DOMContentLoaded).
  runAt: 'document_start',
  // WXT tells older copies of this script to stop by posting a message to the page's window as well as by a DOM event;
  // the page would see (and pay for) the message, and the event is enough: an orphaned copy also stops on its own.
  noScriptStartedPostMessage: true,
  main: (ctx) => runContentScript(ctx),
});
