import { browser } from 'wxt/browser';
import { createDispatcher } from '../../lib/messages';
import { openSidePanelOrTab } from '../../platform/open-sidepanel';
import { setTabBadge } from './badge';
import { announceReseeded, broadcast } from './broadcast';
import { setUpContextMenu } from './context-menu';
import { corpusAccess, db } from './corpus';
import { type BackgroundDeps, createHandlers } from './handle-request';
import { childFrames } from './frames';
import { syncAskFirst, syncAskFirstWith } from './gate-flag';
import { injectOnDemand, reinjectContentScripts } from './inject';
import { backgroundRecognizer } from './recognizer';
import { keepSeeded } from './seeding';

/**
 * The background (Chromium's service worker, Firefox's background page): seeds the database from the bundled corpus,
 * holds the one recognizer of the browser (built from the database's rows, cached in IndexedDB in binary form), and
 * answers the content scripts, which cannot open the extension's IndexedDB themselves. Logic lives in lib/ and in the
 * small modules beside this file.
 */
export default defineBackground(() => {
  setUpContextMenu();
  const recognizer = backgroundRecognizer();
  const deps: BackgroundDeps = {
    db,
    access: corpusAccess,
    recognizer,
    setBadge: setTabBadge,
    // The popover's "open in side panel": a tab where the panel cannot open (Firefox, or no user gesture left).
    openSidePanel: openSidePanelOrTab,
    broadcastSwitches: () => broadcast({ type: 'switches-changed' }),
    broadcastCorpusChanged: () => broadcast({ type: 'corpus-changed' }),
    injectOnDemand,
    syncAskFirst,
    childFrames,
  };
  const checkAskFirst = () => syncAskFirstWith(recognizer);
  const seed = keepSeeded({
    // built (and cached) now, not by the first page with a mention, whose first highlight it held back
    onSeeded: () => {
      recognizer.invalidate();
      void checkAskFirst();
    },
    // cleared site data took the imported minutes with it: the flag goes too
    onReseeded: () => checkAskFirst().then(announceReseeded),
  });

  // Install and update bring a (possibly new) bundled corpus and orphan the open tabs' content scripts (which clean up
  // after themselves): the new one, and the ask-first flag where needed, go into those tabs, so they keep working.
  browser.runtime.onInstalled.addListener((details) => {
    void seed(details.reason);
    if (details.reason === 'install' || details.reason === 'update') void checkAskFirst().then(reinjectContentScripts);
  });
  // Content scripts with highlights hold a port open: its closing tells them at once that they are orphaned.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== 'lens') port.disconnect();
  });
  const dispatch = createDispatcher(createHandlers(deps), (message) => {
    if (import.meta.env.DEV) console.warn('Minutes Lens: dropped a malformed or unknown message', message);
  });
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    // Only our own extension's pages and content scripts: another extension's message is not ours to answer.
    if (sender.id !== undefined && sender.id !== browser.runtime.id) return false;
    const answer = dispatch(message, {
      tabId: sender.tab?.id,
      windowId: sender.tab?.windowId,
      frameId: sender.frameId,
      documentId: sender.documentId,
    });
    if (!answer) return false;
    answer.then(sendResponse, (error) => {
      console.error('Minutes Lens: request failed', (message as { type?: unknown }).type, error);
      sendResponse(undefined);
    });
    // Keeps the channel open for the asynchronous answer (Chrome does not take a returned promise).
    return true;
  });
});
