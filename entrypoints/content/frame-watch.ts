import { ask } from '../../platform/ask';

/** Frames smaller than this (either side, CSS pixels) are ad slots' helpers, trackers and spacers: left alone. */
const MIN_FRAME_SIDE = 50;

/**
 * All a frame runs until it shows: the content script (with its question to the background, the pre-filter and the
 * page walk) is injected into a frame only once the frame is big enough and first seen in the top page's viewport (in
 * a frame, an IntersectionObserver's implicit root is that viewport). Ad slots below the fold, trackers and hidden
 * frames never get further than this.
 */
export function watchFrame(): void {
  if (window === window.top || innerWidth < MIN_FRAME_SIDE || innerHeight < MIN_FRAME_SIDE) return;
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    ask({ type: 'load-gate', host: location.hostname }).catch(() => undefined);
  });
  observer.observe(document.documentElement);
}
