import { useCallback, useEffect, useState } from 'react';
import { type Route, formatRoute, parseRoute } from '../../lib/search/route';

export type Navigate = (route: Route, options?: { replace?: boolean }) => void;

/**
 * The panel's route lives in location.hash, so a permalink, a reload, the background pointing the panel somewhere
 * (context menu, popover) and the back button all land on the same view. Typing in the search box replaces the
 * history entry rather than adding one per keystroke.
 */
export function useRoute(): [Route, Navigate] {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onHashChange = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  const navigate = useCallback<Navigate>((next, { replace = false } = {}) => {
    const hash = formatRoute(next);
    if (replace) {
      history.replaceState(null, '', hash);
      setRoute(next);
    } else if (location.hash !== hash) {
      location.hash = hash;
    }
  }, []);
  return [route, navigate];
}
