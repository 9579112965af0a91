import { useCallback, useEffect, useRef, useState } from 'react';
import { type Route, formatRoute, parseRoute } from '../../lib/search/route';
import { dropPendingAddress, keepPendingAddress, startingAddress } from './pending-address';

/** How long the address waits for the reader to stop typing: longer than the search box's debounce plus its frame. */
const ADDRESS_PAUSE_MS = 500;

export type Navigate = (route: Route, options?: { replace?: boolean }) => void;

/**
 * The panel's route lives in location.hash, so a permalink, a reload, the background pointing the panel somewhere
 * (context menu, popover) and the back button all land on the same view. Typing in the search box replaces the
 * history entry rather than adding one per keystroke.
 */
export function useRoute(): [Route, Navigate] {
  const [route, setRoute] = useState(() => parseRoute(startingAddress()));
  // A replaced address (typing in the search box) is written once the reader has paused, while the panel is idle:
  // replaceState takes 1–25 ms, and a query's results, or the next query's, should not wait for it. Any other
  // navigation writes it first, so entries keep their order; one the reader leaves by the back button before it is
  // written is dropped (it belonged to the entry left). Until written, it is kept for a reload (pending-address.ts).
  const pending = useRef<string | null>(null);
  const pause = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    const onHashChange = () => {
      pending.current = null;
      dropPendingAddress();
      setRoute(parseRoute(location.hash));
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  const writePending = useCallback(() => {
    if (pending.current !== null) history.replaceState(null, '', pending.current);
    pending.current = null;
    dropPendingAddress();
  }, []);
  const navigate = useCallback<Navigate>(
    (next, { replace = false } = {}) => {
      const hash = formatRoute(next);
      if (replace) {
        clearTimeout(pause.current);
        pause.current = setTimeout(() => requestIdleCallback(writePending), ADDRESS_PAUSE_MS);
        pending.current = hash;
        keepPendingAddress(hash);
        setRoute(next);
        return;
      }
      writePending();
      if (location.hash !== hash) location.hash = hash;
    },
    [writePending],
  );
  return [route, navigate];
}
