/**
 * Which child frame a parent document means when it asks for the gate in one of its frames (lib/messages.ts,
 * `load-gate`). Chromium's content scripts cannot learn a frame element's frame id, so the parent describes the frame
 * by what it can see (its place among its frames, its URL) and the background matches that against the tab's frames
 * (webNavigation.getAllFrames: each child's committed URL, frame id and parent). Firefox sends the frame id itself
 * (runtime.getFrameId) and needs none of this.
 */

/** What the parent knows of the frame it asks for. */
export interface FrameAsk {
  /** Firefox: the frame's id, from runtime.getFrameId in the parent's content script */
  frameId?: number;
  /**
   * its place among the parent's child frames in the order they were created (Chromium's window.frames, the order of
   * its frame ids too); -1 if it has none
   */
  index: number;
  /** how many child frames the parent has (window.length) */
  count: number;
  /** its document's URL if the parent can read it (same origin), else its resolved src; about:srcdoc, about:blank */
  url: string;
  /** how many of the parent's frames before it (document order) have the same URL */
  nth: number;
  /** the URLs of all the parent's frames, this one included, in document order */
  urls: string[];
}

/** A child frame as the background sees it (webNavigation). */
export interface ChildFrame {
  frameId: number;
  url: string;
  /** the document the URL belongs to (Chromium 106+): a script sent to it cannot land in the document that replaces it */
  documentId?: string;
}

/** URLs compare without their fragment: a frame's own #anchor navigation does not make it another frame. */
export function frameKey(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/**
 * The child to inject into, or none. When the browser lists as many children as the parent has frames, the one at
 * the frame's place in creation order: frame ids are numbered in creation order, so this holds whatever the URLs show
 * (a frame still loading shows its initial about:blank; one the page wrote into has the writer's URL in the parent
 * and about:blank in the browser; one that navigated itself is known to the parent by its src only). Otherwise (a frame
 * created or removed meanwhile, or one the browser does not list), by URL: the nth child with that URL, only while as
 * many children have it as the parent has frames with it. Anything less certain answers none, and the parent asks again
 * (frame-watch.ts): a script sent to every child that could be the one reaches frames no one asked for, a hidden one or
 * one of a switched-off host among them.
 */
export function matchChildFrame(children: readonly ChildFrame[], ask: FrameAsk): ChildFrame | undefined {
  const byId = [...children].sort((a, b) => a.frameId - b.frameId);
  if (byId.length === ask.count) return byId[ask.index];
  const key = frameKey(ask.url);
  const same = byId.filter((c) => frameKey(c.url) === key);
  const expected = ask.urls.filter((u) => frameKey(u) === key).length;
  return same.length === expected ? same[ask.nth] : undefined;
}

/**
 * The host whose switch decides for a frame: its URL's host; for a frame with no host of its own (about:blank,
 * about:srcdoc, data:, blob:), the parent's, whose content it shows or was written by.
 */
export function frameHost(url: string, parentHost: string): string {
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname ? u.hostname : parentHost;
  } catch {
    return parentHost;
  }
}
