import { browser } from 'wxt/browser';
import { ASK_FIRST_FILE, askFirstNow } from './gate-flag';

/**
 * Built file names (WXT): the content script, the gate (a page's top frame, from the manifest; a frame once its parent's
 * gate sees it, injected on demand like the lens and the popover's UI), and the highlight rules that come with it in
 * Chromium.
 */
const CONTENT_SCRIPT = '/gate.js';
const PAGE_CSS = '/page-highlight.css';
const ON_DEMAND = { gate: CONTENT_SCRIPT, lens: '/lens-session.js', popover: '/lens-popover.js' } as const;

interface TabsExecuteScript {
  executeScript(tabId: number, details: { file: string; frameId: number; runAt: 'document_start' }): Promise<unknown>;
}

/**
 * Runs an extension script file in a tab's frames, in the content scripts' isolated world. chrome.scripting (Chrome MV3;
 * Firefox 102+ also has it in MV2); tabs.executeScript where it is missing. The content script's own match patterns
 * are what allows it on the page: no host permission beyond them.
 */
async function executeFile(tabId: number, file: string, frameId: number, documentId?: string): Promise<void> {
  const target = documentId === undefined ? { tabId, frameIds: [frameId] } : { tabId, documentIds: [documentId] };
  // The content script's rules come with it, as the manifest declares them for top frames (Chromium: wxt.config.ts).
  if (file === CONTENT_SCRIPT && !import.meta.env.FIREFOX) await browser.scripting.insertCSS({ target, files: [PAGE_CSS] });
  // with the flag first while the database holds more than the bundled pre-filter (gate-flag.ts)
  const files = file === CONTENT_SCRIPT && askFirstNow() ? [ASK_FIRST_FILE, file] : [file];
  if (browser.scripting?.executeScript) {
    await browser.scripting.executeScript({
      target,
      files: files as never[],
      // Not held back until document_idle (up to 200 ms after DOMContentLoaded in Chromium, or the load event): the
      // gate asks for the lens as soon as it reads the page, and each part waits for what it needs itself.
      injectImmediately: true,
    });
    return;
  }
  for (const one of files)
    await (browser.tabs as unknown as TabsExecuteScript).executeScript(tabId, { file: one, frameId, runAt: 'document_start' });
}

/**
 * The content script (into a frame its parent's gate saw come into view), the lens (once a frame's text passes the pre-filter) or the popover's
 * UI (on its first hover or shortcut). Given the document's id (Chromium), the script is meant for that document only:
 * a frame that navigated meanwhile usually refuses it, and the frame's parent asks again for the new document. Not
 * always: a script sent to a frame's initial about:blank was seen running in the document that replaced it, so the
 * frame is chosen with care before (lib/frames/match.ts), never by sending to every frame that could be the one.
 */
export async function injectOnDemand(part: keyof typeof ON_DEMAND, tabId: number, frameId: number, documentId?: string): Promise<boolean> {
  try {
    await executeFile(tabId, ON_DEMAND[part], frameId, documentId);
    return true;
  } catch (error) {
    console.warn(`Minutes Lens: cannot load the ${part} into the page`, error);
    return false;
  }
}

/**
 * After an install or update, Chromium leaves open tabs with no content script of the new version (the old one is
 * orphaned and removes its highlights): inject it into every tab's top frame; each gate then asks for its own frames as
 * they show, as on a page load (frame-watch.ts), so frames out of view stay without a script. Tabs where that fails (browser pages, the web store, discarded tabs) are skipped quietly. Firefox injects manifest
 * content scripts into open tabs itself.
 */
export async function reinjectContentScripts(): Promise<void> {
  if (import.meta.env.FIREFOX) return;
  const tabs = await browser.tabs.query({}).catch(() => []);
  await Promise.all(
    tabs.flatMap((tab) => (tab.id === undefined || tab.discarded ? [] : [executeFile(tab.id, CONTENT_SCRIPT, 0).catch(() => undefined)])),
  );
}
