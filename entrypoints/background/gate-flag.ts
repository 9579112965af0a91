import { browser } from 'wxt/browser';
import bundledPrefilter from '../../.generated/prefilter.json';
import { type Prefilter, coveredBy } from '../../lib/recognize/prefilter';

/** The registered flag script (entrypoints/ask-first.ts; entrypoints/content/gate-contract.ts says why). */
const ID = 'minutes-lens-ask-first';
export const ASK_FIRST_FILE = '/ask-first.js';

/** Whether the flag is registered, as last seen by this worker (undefined: not looked at since it started). */
let registered: boolean | undefined;
/** Whether it should be, from the last pre-filter this worker saw (the recognizer's: one object per corpus revision). */
let wanted = false;
let seen: Prefilter | undefined;
/** One change at a time: two registrations of one id would fail. */
let queue = Promise.resolve();

/** Whether content scripts must ask before reading a page: the database's pre-filter says more than the bundled one. */
function mustAskFirst(prefilter: Prefilter): boolean {
  return !coveredBy(prefilter, bundledPrefilter);
}

/** Whether a content script injected now should ask first (it is then injected with the flag). */
export function askFirstNow(): boolean {
  return wanted;
}

/**
 * Registers the flag for every page while the database's pre-filter (`prefilter`) says more than the one bundled in the
 * content script, and takes it away when it no longer does. When it starts, the open tabs get it at once: their
 * content scripts, reading against the bundled pre-filter, start again with the database's. Cheap when nothing
 * changed: called with every `hello`.
 */
export function syncAskFirst(prefilter: Prefilter): Promise<void> {
  if (prefilter === seen) return queue;
  seen = prefilter;
  wanted = mustAskFirst(prefilter);
  queue = queue.then(apply).catch((error: unknown) => console.warn('Minutes Lens: cannot register the ask-first flag', error));
  return queue;
}

async function apply(): Promise<void> {
  if (registered === wanted) return;
  const scripting = browser.scripting;
  registered ??= (await scripting.getRegisteredContentScripts({ ids: [ID] })).length > 0;
  if (registered === wanted) return;
  registered = wanted;
  if (!wanted) {
    await scripting.unregisterContentScripts({ ids: [ID] });
    return;
  }
  await scripting.registerContentScripts([
    { id: ID, js: [ASK_FIRST_FILE.slice(1)], matches: ['<all_urls>'], runAt: 'document_start', persistAcrossSessions: true },
  ]);
  const tabs = await browser.tabs.query({}).catch(() => []);
  await Promise.all(
    tabs.flatMap((tab) =>
      tab.id === undefined || tab.discarded
        ? []
        : [scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files: [ASK_FIRST_FILE] }).catch(() => undefined)],
    ),
  );
}

/** The same from the recognizer's current pre-filter (at start-up, after seeding: registrations do not survive an update). */
export async function syncAskFirstWith(recognizer: { get(): Promise<{ prefilter: Prefilter }> }): Promise<void> {
  const { prefilter } = await recognizer.get().catch(() => ({ prefilter: undefined }));
  if (prefilter) await syncAskFirst(prefilter);
}
