/**
 * The address the search box has asked for but use-route.ts has not written yet (it waits for typing to pause), kept
 * in the panel's session storage beside the address it replaces, so a reload in that moment still comes back to the
 * latest query. Writing the address as the page unloads comes too late for that: the browser reloads the address its
 * history entry holds when the reload starts, before the page hears of it (Chromium: replaceState in `beforeunload` or
 * `pagehide` is not seen by a reload from the browser, only by one the page starts itself).
 */
const KEY = 'minutes-lens:pending-address';

interface Pending {
  /** the address written when this one was asked for */
  from: string;
  to: string;
}

/** Remembers that `to` replaces the address now written. */
export function keepPendingAddress(to: string): void {
  sessionStorage.setItem(KEY, JSON.stringify({ from: location.hash, to } satisfies Pending));
}

/** Forgets the pending address: it has been written, or another navigation made it moot. */
export function dropPendingAddress(): void {
  sessionStorage.removeItem(KEY);
}

/**
 * The address the panel starts from: the pending one when the page was reloaded on the address it replaces (it is
 * written then), else the page's own.
 */
export function startingAddress(): string {
  const kept = sessionStorage.getItem(KEY);
  dropPendingAddress();
  const pending = kept ? (JSON.parse(kept) as Pending) : null;
  if (pending?.from !== location.hash) return location.hash;
  history.replaceState(null, '', pending.to);
  return pending.to;
}
