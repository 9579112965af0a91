import type { browser } from 'wxt/browser';

/** The API's type, as `wxt/browser` has it (a type only: importing that module's value would touch the API). */
type Api = typeof browser;

/**
 * The extension API (`browser` in Firefox, `chrome` in Chromium), looked up when first needed rather than when a bundle
 * starts, as `wxt/browser` does. In a page, Chromium builds the API's bindings at the first touch of `chrome`: about
 * 3 ms of the page's main thread per document, which the content script pays only on a page whose text may hold a
 * mention (entrypoints/content/lifecycle.test.ts holds it to that).
 */
export function extensionApi(): Api {
  const global = globalThis as unknown as { browser?: Api; chrome?: Api };
  return (global.browser?.runtime?.id ? global.browser : global.chrome) as Api;
}

/** Whether this script's extension is still there: false once it was reloaded, updated or removed under the page. */
export function extensionAlive(): boolean {
  try {
    return extensionApi()?.runtime?.id !== undefined;
  } catch {
    return false;
  }
}
