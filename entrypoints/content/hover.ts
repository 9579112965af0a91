import type { MentionStore, PageMention } from './mention-store';
import { caretFromPoint } from './quirks';

/** The pointer must rest this long before we look under it: passing over text opens nothing. */
export const SETTLE_MS = 120;

/**
 * The mention under a point: the caret position there gives the text node, and the point must be inside one of the
 * mention's line boxes (the caret snaps to the nearest character even when the pointer is beside the text).
 */
export function mentionAt(x: number, y: number, store: MentionStore, shadowRoots: ShadowRoot[]): PageMention | null {
  const caret = caretFromPoint(x, y, shadowRoots);
  if (!caret) return null;
  const candidates = [caret.node, caret.node.previousSibling, caret.node.nextSibling].flatMap((n) => (n ? store.at(n) : []));
  for (const mention of candidates) {
    for (const rect of mention.range.getClientRects()) {
      if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return mention;
    }
  }
  return null;
}

/**
 * Watches the pointer and reports where it settles. A pointermove only restarts a timer, so moving the mouse costs
 * nothing; the hit test runs once per settle. Moves over the popover itself are left to the popover.
 */
export function watchHover(
  isInsidePopover: (event: Event) => boolean,
  onSettle: (x: number, y: number) => void,
  signal: AbortSignal,
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(timer));
  document.addEventListener(
    'pointermove',
    (event) => {
      clearTimeout(timer);
      if (event.pointerType === 'touch' || isInsidePopover(event)) return;
      const { clientX, clientY } = event;
      timer = setTimeout(() => onSettle(clientX, clientY), SETTLE_MS);
    },
    { capture: true, passive: true, signal },
  );
}
