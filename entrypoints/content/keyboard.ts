import type { MentionStore, PageMention } from './mention-store';

/**
 * Alt+Shift+L opens the popover from the keyboard: for the mention at the text caret or selection (caret browsing,
 * F7), else the first mention in view, else the first on the page. Inside the popover, its buttons step to the
 * previous and next mention. Matched by `code`, so it works on any keyboard layout and with Option on macOS.
 */
export function isLensShortcut(event: KeyboardEvent): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyL';
}

export function mentionForKeyboard(store: MentionStore): PageMention | undefined {
  const selection = document.getSelection();
  if (selection?.focusNode) {
    const node = selection.focusNode;
    const offset = selection.focusOffset;
    const atCaret = store.at(node).find((m) => m.range.isPointInRange(node, offset));
    if (atCaret) return atCaret;
  }
  const ordered = store.ordered();
  const inView = firstInView(ordered);
  const target = inView ?? ordered[0];
  if (target && !inView) target.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  return target;
}

const isInView = (m: PageMention) => {
  const rect = m.range.getBoundingClientRect();
  return rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth && rect.width > 0;
};

/** How many mentions are looked at from where the viewport starts, before looking at all of them. */
const NEAR_START = 200;

/**
 * The first mention in view, without measuring thousands of them: in document order mentions mostly run down the
 * page, so a binary search finds where the viewport starts and the next few are looked at; a page laid out otherwise
 * (columns, fixed boxes, shadow roots placed elsewhere) falls back to looking at every mention.
 */
function firstInView(ordered: readonly PageMention[]): PageMention | undefined {
  let lo = 0;
  let hi = ordered.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ordered[mid].range.getBoundingClientRect().bottom <= 0) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < Math.min(ordered.length, lo + NEAR_START); k++) if (isInView(ordered[k])) return ordered[k];
  return ordered.find(isInView);
}
