/**
 * Which child frame a parent document means when it asks for the gate in one of its frames (lib/messages.ts,
 * `load-gate`). Chromium's content scripts cannot learn a frame element's frame id, so the parent describes the frame
 * by what it can see (its URL, and its place among its frames with that URL) and the background matches that against
 * the tab's frames (webNavigation.getAllFrames: each child's committed URL, frame id and parent). Firefox sends the
 * frame id itself (runtime.getFrameId) and needs none of this.
 */

/** What the parent knows of the frame it asks for. */
export interface FrameAsk {
  /** Firefox: the frame's id, from runtime.getFrameId in the parent's content script */
  frameId?: number;
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
 * The frame ids to inject into. Exactly one child per frame the parent has with that URL: the nth by frame id
 * (Chromium numbers frames in creation order, which is document order for frames written in the page). Otherwise the
 * answer errs on the side of lighting up, at the cost of a few scripts more:
 * - more or fewer children with that URL than the parent has frames with it (a frame still loading, or one that went
 *   elsewhere and another that came to this URL): every child with that URL;
 * - no child with that URL (a redirect, a frame that navigated itself, one not committed yet): every child whose URL is
 *   none of the parent's frames' URLs, as the frame asked for must be one of those.
 */
export function matchChildFrames(children: readonly ChildFrame[], ask: FrameAsk): number[] {
  const key = frameKey(ask.url);
  const known = new Set(ask.urls.map(frameKey));
  const same = children.filter((c) => frameKey(c.url) === key).sort((a, b) => a.frameId - b.frameId);
  if (same.length) {
    const expected = ask.urls.filter((u) => frameKey(u) === key).length;
    return same.length === expected && same[ask.nth] ? [same[ask.nth].frameId] : same.map((c) => c.frameId);
  }
  return children.filter((c) => !known.has(frameKey(c.url))).map((c) => c.frameId);
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
