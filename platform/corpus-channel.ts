/**
 * "The corpus changed", among the extension's own pages (side panels) and its background: a BroadcastChannel of the
 * extension's origin. Not a runtime message: those reach every page of the extension, so a panel listening for them
 * also received the text of every page that content scripts send to the background for recognition.
 */
const CHANNEL = 'minutes-lens-corpus';

/** Tells every other listener (a channel does not hear its own posts). */
export function announceCorpusChanged(): void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage('changed');
  channel.close();
}

/** Calls `onChanged` when another page or the background announces a change; `announce` tells the others from here. */
export function listenForCorpusChanges(onChanged: () => void): { announce(): void; close(): void } {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = () => onChanged();
  return { announce: () => channel.postMessage('changed'), close: () => channel.close() };
}
