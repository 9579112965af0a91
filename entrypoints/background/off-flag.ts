import { browser } from 'wxt/browser';
import { offSitePatterns } from '../../lib/db/off-site-patterns';
import type { MinutesDb } from '../../lib/db/schema';
import { type OffSites, switchBook } from '../../lib/db/switches';

/** The registered flag script (entrypoints/switched-off.ts; entrypoints/content/gate-contract.ts says why). */
const ID = 'minutes-lens-switched-off';
const FILE = 'switched-off.js';

/** The patterns registered, as last seen by this worker (undefined: not looked at since it started). */
let registered: string | undefined;
let wanted = '';
/** One change at a time: two registrations of one id would fail. */
let queue = Promise.resolve();

/**
 * Keeps the flag script registered exactly on the pages where highlighting is switched off, so that their content
 * script asks the background before it sends any text, while everywhere else the first text goes beside the question.
 * Cheap when nothing changed: called with every `hello` and after every switch.
 */
export function syncSwitchedOff(off: OffSites): Promise<void> {
  wanted = offSitePatterns(off).join(' ');
  queue = queue.then(apply).catch((error: unknown) => console.warn('Minutes Lens: cannot register the switched-off flag', error));
  return queue;
}

async function apply(): Promise<void> {
  if (registered === wanted) return;
  const scripting = browser.scripting;
  if (registered === undefined) {
    const [script] = await scripting.getRegisteredContentScripts({ ids: [ID] });
    registered = script?.matches?.join(' ') ?? '';
    if (registered === wanted) return;
  }
  const matches = wanted;
  if (registered) await scripting.unregisterContentScripts({ ids: [ID] });
  registered = '';
  if (!matches) return;
  await scripting.registerContentScripts([
    { id: ID, js: [FILE], matches: matches.split(' '), runAt: 'document_start', persistAcrossSessions: true },
  ]);
  registered = matches;
}

/** The same from the database (an update drops registered scripts). */
export function restoreSwitchedOff(db: MinutesDb): Promise<void> {
  return switchBook(db)
    .offSites()
    .then(syncSwitchedOff, (error: unknown) => console.warn('Minutes Lens: cannot read the switches', error));
}
