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
  const inView = ordered.find((m) => {
    const rect = m.range.getBoundingClientRect();
    return rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth && rect.width > 0;
  });
  const target = inView ?? ordered[0];
  if (target && !inView) target.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  return target;
}
