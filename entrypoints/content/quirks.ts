/**
 * Browser differences the content script depends on, in one place. Each says which browser and why.
 */

/**
 * CSS Custom Highlight API: Chromium 105+, Safari 17.2+, Firefox 140+. Older browsers get the wrapper-element
 * fallback (wrapper-painter.ts).
 */
export function hasHighlightApi(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/**
 * The caret position under a point. Firefox and Chromium 128+ have the standard caretPositionFromPoint, which can
 * also look inside the open shadow roots passed to it; Safari and older Chromium only have caretRangeFromPoint, which
 * stops at the shadow host.
 */
export function caretFromPoint(x: number, y: number, shadowRoots: ShadowRoot[]): { node: Node; offset: number } | null {
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => CaretPosition | null;
  };
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y, { shadowRoots });
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/**
 * Adds a style sheet to a document or shadow root. Constructed sheets (adoptedStyleSheets) leave the page's DOM
 * alone, but Firefox content scripts see the page through Xray wrappers, where assigning adoptedStyleSheets a sheet
 * built in the content script's compartment throws; there, and where constructed sheets are missing, a <style>
 * element carries the rules instead (in <head>, or first in a shadow root).
 */
export function adoptStyles(root: Document | ShadowRoot, css: string): () => void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return () => {
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch {
    const style = document.createElement('style');
    style.textContent = css;
    const parent = root instanceof Document ? (root.head ?? root.documentElement) : root;
    parent.prepend(style);
    return () => style.remove();
  }
}

/**
 * Gives the page a moment between time slices. scheduler.yield (Chromium 129+) resumes ahead of other queued tasks;
 * elsewhere a MessageChannel message avoids setTimeout's 4 ms clamp on nested timers.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** The popover's tag name (why a custom-named element: components/popover/tag.ts). */
export { POPOVER_TAG, isPopoverTag } from '../../components/popover/tag';
/** The fallback wrapper: a custom-named element is inline, unstyled by page rules for ordinary tags. */
export const MARK_TAG = 'minutes-lens-mark';
