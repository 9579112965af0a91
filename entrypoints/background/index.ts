import { browser } from 'wxt/browser';
import type { Broadcast, Request } from '../../lib/messages';
import { setTabBadge } from './badge';
import { setUpContextMenu } from './context-menu';
import { corpusAccess, db } from './corpus';
import { type BackgroundDeps, handleRequest } from './handle-request';
import { openSidePanelOrTab } from '../../platform/open-sidepanel';

/**
 * The service worker: seeds the database from the bundled corpus and answers the content scripts, which cannot open
 * the extension's IndexedDB themselves. Logic lives in lib/ and in the small modules beside this file.
 */
async function broadcast(message: Broadcast): Promise<void> {
  const tabs = await browser.tabs.query({});
  // Tabs without our content script (browser pages, the store) reject the message; that is expected.
  await Promise.all(tabs.flatMap((t) => (t.id === undefined ? [] : [browser.tabs.sendMessage(t.id, message).catch(() => undefined)])));
}

export default defineBackground(() => {
  setUpContextMenu();
  const deps: BackgroundDeps = {
    db,
    access: corpusAccess,
    setBadge: setTabBadge,
    // The popover's "open in side panel": a tab where the panel cannot open (Firefox, or no user gesture left).
    openSidePanel: openSidePanelOrTab,
    broadcastSwitches: () => broadcast({ type: 'switches-changed' }),
    broadcastCorpusChanged: () => broadcast({ type: 'corpus-changed' }),
  };

  const seed = (why: string) =>
    corpusAccess.ensureSeeded().then(
      (report) =>
        report && console.info(`Minutes Lens: corpus ${report.version} seeded (${why}) in ${Math.round(report.ms)} ms`, report.rows),
      (error) => console.error('Minutes Lens: seeding failed; answering from the bundled corpus in memory', error),
    );

  // Install and update bring a (possibly new) bundled corpus. Every other start of the worker only checks that no seed
  // was left half-done, without reading the corpus file when the database is complete.
  browser.runtime.onInstalled.addListener((details) => void seed(details.reason));
  void db.meta
    .get('corpus')
    .then((meta) => (meta?.state === 'ready' ? undefined : seed(meta ? 'resume interrupted seed' : 'first start')))
    .catch((error) => console.error('Minutes Lens: cannot read the database', error));

  // Site data cleared while the browser runs: IndexedDB closes our connection (Dexie's 'close' event). Reopen and
  // seed at once instead of answering from memory until the next start; the tabs then rescan.
  db.on('close', () => {
    void db
      .open()
      .then(() => seed('database cleared'))
      .then(() => broadcast({ type: 'corpus-changed' }))
      .catch((error) => console.error('Minutes Lens: cannot reopen the database', error));
  });

  browser.runtime.onMessage.addListener((message: Request, sender, sendResponse) => {
    handleRequest(message, { tabId: sender.tab?.id, windowId: sender.tab?.windowId }, deps).then(sendResponse, (error) => {
      console.error('Minutes Lens: request failed', message.type, error);
      sendResponse(undefined);
    });
    // Keeps the channel open for the asynchronous answer (Chrome does not take a returned promise).
    return true;
  });
});
