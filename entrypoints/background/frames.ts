import { browser } from 'wxt/browser';
import type { ChildFrame } from '../../lib/frames/match';

/**
 * The child frames of one document of a tab, with their committed URLs (Chromium: webNavigation.getAllFrames; its
 * documentId fields from Chrome 106). The parent document's id keeps out the children of a document that was there
 * before (the parent navigated meanwhile). Undefined where the browser cannot tell (Firefox without the webNavigation
 * permission, which the extension does not ask for there: the gate sends runtime.getFrameId's answer instead).
 */
export async function childFrames(tabId: number, parentFrameId: number, parentDocumentId?: string): Promise<ChildFrame[] | undefined> {
  if (import.meta.env.FIREFOX || !browser.webNavigation?.getAllFrames) return undefined;
  const frames = (await browser.webNavigation.getAllFrames({ tabId }).catch(() => null)) ?? [];
  return frames
    .filter(
      (f) =>
        f.parentFrameId === parentFrameId &&
        (parentDocumentId === undefined || f.parentDocumentId === undefined || f.parentDocumentId === parentDocumentId),
    )
    .map((f) => ({ frameId: f.frameId, url: f.url, documentId: f.documentId }));
}
