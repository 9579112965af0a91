import { autoUpdate, computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';
import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { themeCss } from '../theme';
import { guarded } from '../../lib/guard';
import { POPOVER_CSS } from './popover-styles';
import { POPOVER_TAG } from './tag';

/** How long an emptied host stays in the page for the next hover. */
const LINGER_MS = 5_000;

/** Resists page rules that target every element (`* { … !important }` still loses to inline !important). */
const HOST_STYLE =
  'all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important;' +
  ' height: 0 !important; z-index: 2147483647 !important; display: block !important; pointer-events: auto !important;';

/**
 * The host and its open shadow root. When the page has claimed our tag name (its own customElements.define, which
 * can forbid shadow roots or attach one first), the name with a random suffix is used instead (see quirks.ts).
 */
function createHost(): { element: HTMLElement; shadow: ShadowRoot } {
  try {
    const element = document.createElement(POPOVER_TAG);
    return { element, shadow: element.attachShadow({ mode: 'open' }) };
  } catch {
    const element = document.createElement(`${POPOVER_TAG}-${crypto.randomUUID().slice(0, 8)}`);
    return { element, shadow: element.attachShadow({ mode: 'open' }) };
  }
}

/**
 * The popover's place on the page: an undefined custom-named element (see quirks.ts for why) with an open shadow
 * root holding its own styles, so the page's CSS cannot reach in and ours cannot leak out. Positioned next to the
 * mention with @floating-ui/dom and kept there while the page scrolls. While an element is fullscreen, the host moves
 * into it: only the fullscreen element's subtree is drawn then.
 *
 * Inserting or removing a child of the root element costs the next frame 17–33 ms on the 1 MB benchmark page (a
 * frame or two of the popover's time), changing what is inside a host already there 5–8 ms. So a popover that closes
 * because the pointer left only empties the host, which lingers for the next hover and leaves after LINGER_MS; one
 * dismissed (Escape, a click elsewhere, the close button) takes the host with it at once.
 */
export class PopoverHost {
  readonly element: HTMLElement;
  private readonly floating: HTMLDivElement;
  private readonly root: Root;
  private stopUpdating: (() => void) | undefined;
  private anchor: { range: Range; x?: number; y?: number } | undefined;
  private leaveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    const { element, shadow } = createHost();
    this.element = element;
    this.element.setAttribute('style', HOST_STYLE);
    const style = document.createElement('style');
    style.textContent = themeCss + POPOVER_CSS;
    this.floating = document.createElement('div');
    this.floating.className = 'ml-floating';
    shadow.append(style, this.floating);
    this.root = createRoot(this.floating);
    document.addEventListener('fullscreenchange', this.reattach);
  }

  get visible(): boolean {
    return this.anchor !== undefined;
  }

  /** The dialog element inside the shadow root, for focusing. */
  get dialog(): HTMLElement | null {
    return this.floating.querySelector('[role="dialog"]');
  }

  /** Renders synchronously, so the dialog exists (to focus) and has its size (to position) right after. */
  render(content: ReactNode): void {
    flushSync(() => this.root.render(content));
  }

  /** Shows the popover at a mention; x and y (the pointer) pick the line of a mention that wraps. */
  show(range: Range, x?: number, y?: number): void {
    clearTimeout(this.leaveTimer);
    this.anchor = { range, x, y };
    this.reattach();
    this.stopUpdating?.();
    const reference = {
      getBoundingClientRect: () => range.getBoundingClientRect(),
      getClientRects: () => range.getClientRects(),
      contextElement: range.startContainer.parentElement ?? undefined,
    };
    this.stopUpdating = autoUpdate(reference, this.floating, () => void this.position(reference).catch(() => undefined));
  }

  /** Empties the popover; `linger`: the host stays for LINGER_MS (the pointer left), else it leaves the page now. */
  hide(linger = false): void {
    this.stopUpdating?.();
    this.stopUpdating = undefined;
    clearTimeout(this.leaveTimer);
    if (this.anchor) {
      this.anchor = undefined;
      this.render(null);
    }
    if (linger)
      this.leaveTimer = setTimeout(
        guarded(() => this.element.remove()),
        LINGER_MS,
      );
    else this.element.remove();
  }

  /** Whether an event happened inside the popover (events from the shadow root are retargeted to the host). */
  contains(event: Event): boolean {
    return event.composedPath().includes(this.element);
  }

  destroy(): void {
    this.hide();
    document.removeEventListener('fullscreenchange', this.reattach);
    this.root.unmount();
  }

  private reattach = guarded((): void => {
    if (!this.anchor) return;
    const container = document.fullscreenElement ?? document.documentElement;
    if (this.element.parentNode !== container) container.append(this.element);
  });

  private async position(reference: { getBoundingClientRect(): DOMRect; getClientRects(): DOMRectList }): Promise<void> {
    const anchor = this.anchor;
    if (!anchor) return;
    const { x, y, placement } = await computePosition(reference, this.floating, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        inline(anchor.x !== undefined && anchor.y !== undefined ? { x: anchor.x, y: anchor.y } : {}),
        offset(6),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        size({
          padding: 8,
          apply: ({ availableHeight, elements }) => {
            elements.floating.style.maxHeight = `${Math.max(180, Math.min(560, availableHeight))}px`;
          },
        }),
      ],
    });
    if (this.anchor !== anchor) return;
    // Above the mention it is held by its bottom edge, so that it grows away from the mention when its cards arrive
    // instead of over it (and over the pointer resting there).
    const bottom = document.documentElement.clientHeight - (y + this.floating.offsetHeight);
    Object.assign(
      this.floating.style,
      placement.startsWith('top')
        ? { left: `${x}px`, top: 'auto', bottom: `${bottom}px` }
        : { left: `${x}px`, top: `${y}px`, bottom: 'auto' },
    );
  }
}
