import { extensionApi } from '../../platform/extension-api';
import { isAdSlotSize } from '../../lib/frames/ad-slot';
import { type FrameAsk, frameKey } from '../../lib/frames/match';

/** Frames smaller than this (either side, CSS pixels) are ad slots' helpers, trackers and spacers: left alone. */
const MIN_FRAME_SIDE = 50;

/**
 * Whether a frame may hold text worth reading: not a tracker or spacer (its border box), not a display-ad slot (its
 * inner size, the ad's size whatever border the page gives the frame).
 */
const worthReading = (outer: { width: number; height: number }, inner: { width: number; height: number }) =>
  outer.width >= MIN_FRAME_SIDE && outer.height >= MIN_FRAME_SIDE && !isAdSlotSize(inner.width, inner.height);
/** A frame the background did not find or refused is asked for again after 0.5, 1 and 1.5 s. */
const MAX_RETRIES = 3;
const RETRY_MS = 500;
/** Asks a little before a frame scrolls in, so its text is read as it arrives; a frame further down costs nothing. */
const ROOT_MARGIN = '200px';

type FrameElement = HTMLIFrameElement | HTMLFrameElement;

interface Watched {
  /** the frame's `load` events seen: each is a new document there, without our script */
  loads: number;
  /** `loads` when the frame was last asked for (-1: not asked, or refused) */
  asked: number;
  visible: boolean;
  big: boolean;
  /** found after the page's own `load`: its first document is ready only at its own `load` */
  late: boolean;
  /** refusals in a row for this document, and the timer that asks again */
  refusals: number;
  retry?: ReturnType<typeof setTimeout>;
  onLoad: () => void;
}

/**
 * The gate's watch over its document's frames. No script of the extension is declared in frames: a process's first
 * extension script costs 5–235 ms (its isolated world) even when it does nothing, so a frame gets the gate only once
 * this document sees it big enough and in (or near) the viewport, and asks the background for it; that frame's gate
 * then watches its own frames. Frames that stay small, hidden or below the fold, and display-ad slots (by their
 * standard sizes), never get a script. A frame that
 * loads a new document (its `load` event here) is asked for again.
 *
 * A frame is asked for once its document has loaded (its `load` event, or the page's own `load`, which waits for the
 * frames already there): before that the frame may still show its initial about:blank, which the real document
 * replaces; a script sent there is lost with it or, as seen in Chromium, turns up in the document that replaces it.
 * Frames inside shadow roots are not watched (the tag name lists below do not reach them, and walking every shadow
 * root for them would cost every page).
 */
export function watchFrames(ask: (frame: FrameAsk) => Promise<boolean>): { stop(): void } {
  // live lists in document order: no walk of the page to keep them current
  const iframes = document.getElementsByTagName('iframe');
  const frameset = document.getElementsByTagName('frame');
  const all = () => [...iframes, ...frameset];
  const watched = new Map<FrameElement, Watched>();
  let pageLoaded = document.readyState === 'complete';

  const consider = (element: FrameElement) => {
    const w = watched.get(element);
    if (!w?.visible || !w.big || w.asked === w.loads) return;
    if (w.loads === 0 && (!pageLoaded || w.late) && !isInitialBlank(element)) return;
    const mine = (w.asked = w.loads);
    void ask(describe(element)).then((injected) => {
      // refused or not found: a later look (scrolled back, resized, reloaded) asks again
      if (injected || w.asked !== mine) return;
      w.asked = -1;
      // Not found may only mean not yet: the browser may list a frame a moment after its document shows here (an
      // about:blank the page writes into at once). A switched-off host says no again, three times at most.
      if (++w.refusals <= MAX_RETRIES) w.retry = setTimeout(() => consider(element), RETRY_MS * w.refusals);
    });
  };

  const describe = (element: FrameElement): FrameAsk => {
    const url = frameUrl(element);
    const frameId = firefoxFrameId(element);
    if (frameId !== undefined) return { frameId, index: -1, count: 0, url, nth: 0, urls: [] };
    // Chromium's window.frames lists this document's frames in the order they were created (not document order), the
    // order of their frame ids
    const count = window.length;
    let index = count - 1;
    while (index >= 0 && window.frames[index] !== element.contentWindow) index--;
    const frames = all();
    const urls = frames.map(frameUrl);
    const key = frameKey(url);
    const nth = urls.slice(0, frames.indexOf(element)).filter((u) => frameKey(u) === key).length;
    return { index, count, url, nth, urls };
  };

  // Made at the first frame: most pages have none, and each observer's interface costs the isolated world memory.
  let observers: { intersections: IntersectionObserver; sizes: ResizeObserver } | undefined;
  const observe = () =>
    (observers ??= {
      intersections: new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            const w = watched.get(entry.target as FrameElement);
            if (!w) continue;
            w.visible = entry.isIntersecting;
            const element = entry.target as FrameElement;
            w.big = worthReading(entry.boundingClientRect, { width: element.clientWidth, height: element.clientHeight });
          }
          for (const entry of entries) consider(entry.target as FrameElement);
        },
        { rootMargin: ROOT_MARGIN },
      ),
      // an ad slot that starts 1×1 and grows later, in view all along, gives the intersection observer nothing to report
      sizes: new ResizeObserver((entries) => {
        for (const entry of entries) {
          const w = watched.get(entry.target as FrameElement);
          if (!w) continue;
          const [outer, inner] = [entry.borderBoxSize[0], entry.contentBoxSize[0]];
          w.big = worthReading({ width: outer.inlineSize, height: outer.blockSize }, { width: inner.inlineSize, height: inner.blockSize });
          consider(entry.target as FrameElement);
        }
      }),
    });

  const watch = (element: FrameElement, late: boolean) => {
    const w: Watched = { loads: 0, asked: -1, visible: false, big: false, late, refusals: 0, onLoad: () => {} };
    w.onLoad = () => {
      w.loads++;
      w.refusals = 0;
      consider(element);
    };
    watched.set(element, w);
    element.addEventListener('load', w.onLoad);
    const { intersections, sizes } = observe();
    intersections.observe(element);
    sizes.observe(element);
  };
  const unwatch = (element: FrameElement) => {
    element.removeEventListener('load', watched.get(element)!.onLoad);
    clearTimeout(watched.get(element)!.retry);
    observers?.intersections.unobserve(element);
    observers?.sizes.unobserve(element);
    watched.delete(element);
  };
  // frames added and removed later; the lists are short, so a look at each is cheaper than reading the mutations
  const update = () => {
    for (const element of watched.keys()) if (!element.isConnected) unwatch(element);
    for (const element of all()) if (!watched.has(element)) watch(element, pageLoaded);
  };

  const onPageLoad = () => {
    pageLoaded = true;
    for (const element of watched.keys()) consider(element);
  };
  for (const element of all()) watch(element, false);
  const mutations = new MutationObserver(update);
  mutations.observe(document, { childList: true, subtree: true });
  if (!pageLoaded) window.addEventListener('load', onPageLoad, { once: true });

  return {
    stop() {
      mutations.disconnect();
      window.removeEventListener('load', onPageLoad);
      for (const element of [...watched.keys()]) unwatch(element);
      observers?.intersections.disconnect();
      observers?.sizes.disconnect();
    },
  };
}

/** A frame with no document of its own to load: its about:blank is there (and loaded) as soon as it is inserted. */
function isInitialBlank(element: FrameElement): boolean {
  const src = element.getAttribute('src')?.trim();
  return !element.hasAttribute('srcdoc') && (!src || src === 'about:blank');
}

/** What this document knows of a frame's URL: its document's own (same origin, also after it navigated), else its src. */
function frameUrl(element: FrameElement): string {
  const src = element.hasAttribute('srcdoc') ? 'about:srcdoc' : element.getAttribute('src')?.trim() ? element.src : 'about:blank';
  const own = element.contentDocument?.URL;
  // A frame whose document is still the initial about:blank while its src loads is counted under its src: counted as
  // about:blank, it could take the place of a real about:blank frame in the background's matching (lib/frames/match.ts).
  return own && !(own === 'about:blank' && src !== 'about:blank') ? own : src;
}

/** Firefox tells a content script a frame element's frame id (no permission); Chromium has no such API. */
function firefoxFrameId(element: FrameElement): number | undefined {
  const runtime = extensionApi().runtime as { getFrameId?: (target: Element) => number };
  if (!runtime.getFrameId) return undefined;
  try {
    const id = runtime.getFrameId(element);
    return id > 0 ? id : undefined;
  } catch {
    return undefined;
  }
}
