// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PopoverMention } from './contract';
import { PopoverController } from './popover-controller';
import { mentionRange } from './test-mention';

/** A mention whose one line box is at (100, 200)–(160, 220). */
function mention(): PopoverMention {
  return { range: mentionRange(new DOMRect(100, 200, 60, 20)), refs: [], kind: 'person' };
}

function opened(): { controller: PopoverController; host: Element; at: PopoverMention } {
  const controller = new PopoverController({ details: () => new Promise(() => undefined), openRoute: () => undefined, ordered: () => [] });
  const at = mention();
  controller.hover(at, 130, 210);
  const host = document.documentElement.lastElementChild!;
  host.dispatchEvent(new PointerEvent('pointerenter', { clientX: 130, clientY: 210 }));
  return { controller, host, at };
}

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('PopoverController', () => {
  it('stays open when the popover passes from under a pointer resting on its mention', () => {
    vi.useFakeTimers();
    const { controller, host, at } = opened();
    host.dispatchEvent(new PointerEvent('pointerleave', { clientX: 130, clientY: 210 }));
    vi.advanceTimersByTime(2000);
    expect(controller.open).toBe(at);
    controller.destroy();
  });

  it('closes a while after the pointer left it for elsewhere', () => {
    vi.useFakeTimers();
    const { controller, host } = opened();
    host.dispatchEvent(new PointerEvent('pointerleave', { clientX: 400, clientY: 500 }));
    vi.advanceTimersByTime(2000);
    expect(controller.open).toBeUndefined();
    controller.destroy();
  });
});
