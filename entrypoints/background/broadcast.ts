import { browser } from 'wxt/browser';
import type { Broadcast } from '../../lib/messages';
import { announceCorpusChanged } from '../../platform/corpus-channel';

/** Tells every tab's content script (switches or corpus changed). */
export async function broadcast(message: Broadcast): Promise<void> {
  const tabs = await browser.tabs.query({});
  // Tabs without our content script (browser pages, the store) reject the message; that is expected.
  await Promise.all(tabs.flatMap((t) => (t.id === undefined ? [] : [browser.tabs.sendMessage(t.id, message).catch(() => undefined)])));
}

/** The database was reseeded (cleared site data took the imports with it): tells the open side panels and every tab. */
export function announceReseeded(): Promise<void> {
  announceCorpusChanged();
  return broadcast({ type: 'corpus-changed' });
}
