import { guarded } from '../../lib/guard';
import type { PopoverDeps, PopoverMention as PageMention, PopoverUi } from './contract';
import { PopoverHost } from './popover-host';
import { type PopoverContent, PopoverView } from './PopoverView';

/** How long the popover waits after the pointer leaves before closing: time to travel from the mention to it. */
const CLOSE_GRACE_MS = 400;

/** Whether a point is on one of a range's line boxes (with the pixel of slack the hover's hit test allows). */
function onRange(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
  }
  return false;
}

/**
 * What the popover shows and when it closes: opens on a settled hover or from the keyboard, stays open while the
 * pointer is over it (or travelling to it), can be pinned, closes on Escape, on a click elsewhere or after the pointer
 * has left for CLOSE_GRACE_MS. Focus returns where it was when a keyboard-opened popover closes.
 */
export class PopoverController implements PopoverUi {
  private host: PopoverHost | undefined;
  private current: PageMention | undefined;
  private content: PopoverContent = { status: 'loading' };
  private pinned = false;
  private pointerInside = false;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private returnFocus: HTMLElement | null = null;
  /** opened from the keyboard: a settled hover over nothing does not close it (the pointer was just resting) */
  private fromKeyboard = false;
  private request = 0;

  constructor(private readonly deps: PopoverDeps) {}

  get open(): PageMention | undefined {
    return this.current;
  }

  /** A settled hover: over a mention, or over nothing. */
  hover(mention: PageMention | null, x: number, y: number): void {
    if (this.pinned || this.pointerInside) return;
    if (mention) {
      this.cancelClose();
      this.fromKeyboard = false;
      if (mention !== this.current) this.show(mention, { x, y });
    } else if (this.current && !this.fromKeyboard) {
      this.scheduleClose();
    }
  }

  /** Opens at a mention from the keyboard and moves focus into the dialog. */
  openFromKeyboard(mention: PageMention): void {
    // Focus inside the popover shows as its host; keep the place focus came from before the popover took it.
    const active = document.activeElement;
    if (active !== this.host?.element) this.returnFocus = active instanceof HTMLElement ? active : null;
    // A hover-close timer still pending from the pointer's last move must not close what the keyboard opened.
    this.cancelClose();
    this.fromKeyboard = true;
    this.show(mention, { focus: true });
  }

  /** `pointerLeft`: closing by itself after the pointer left, when the next hover is likely to follow soon. */
  close(pointerLeft = false): void {
    this.cancelClose();
    this.fromKeyboard = false;
    this.current = undefined;
    this.pinned = false;
    this.pointerInside = false;
    this.host?.hide(pointerLeft);
    const focus = this.returnFocus;
    this.returnFocus = null;
    focus?.focus({ preventScroll: true });
  }

  /** A mention left the page (rescan, removal): a popover showing it closes unless pinned. */
  forget(mention: PageMention): void {
    if (mention === this.current && !this.pinned) this.close();
  }

  destroy(): void {
    this.close();
    this.host?.destroy();
    this.host = undefined;
  }

  onPointerEnter = (): void => {
    this.pointerInside = true;
    this.fromKeyboard = false;
    this.cancelClose();
  };

  onPointerLeave = (event: PointerEvent): void => {
    this.pointerInside = false;
    // The popover can pass under a resting pointer: it grows when its content arrives, then moves off the mention. The
    // pointer is then back on the mention it opened for, and no move will settle there again: stay open.
    if (this.pinned || (this.current && onRange(this.current.range, event.clientX, event.clientY))) return;
    this.scheduleClose();
  };

  /** Pointer down anywhere: outside the popover it closes it. */
  onPointerDown = (event: PointerEvent): void => {
    if (this.current && !this.host?.contains(event)) this.close();
  };

  onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.current) {
      event.stopPropagation();
      this.close();
    }
  };

  private show(mention: PageMention, at: { x?: number; y?: number; focus?: boolean }): void {
    const host = this.ensureHost();
    this.current = mention;
    this.content = { status: 'loading' };
    const request = ++this.request;
    this.render();
    host.show(mention.range, at.x, at.y);
    if (at.focus) host.dialog?.focus();
    this.deps.details(mention).then(
      (details) => {
        if (request !== this.request) return;
        this.content = details.length ? { status: 'ready', details } : { status: 'failed' };
        this.render();
      },
      () => {
        if (request !== this.request) return;
        this.content = { status: 'failed' };
        this.render();
      },
    );
  }

  private step(direction: -1 | 1): void {
    const mentions = this.deps.ordered();
    if (!mentions.length) return;
    const index = this.current ? mentions.indexOf(this.current) : -1;
    const next = mentions[(index + direction + mentions.length) % mentions.length];
    next.range.startContainer.parentElement?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    this.show(next, { focus: true });
  }

  private render(): void {
    const mention = this.current;
    if (!mention || !this.host) return;
    this.host.render(
      <PopoverView
        mentionText={mention.range.toString()}
        content={this.content}
        dataDate={this.deps.dataDate}
        pinned={this.pinned}
        onPin={(pinned) => {
          this.pinned = pinned;
          this.cancelClose();
          this.render();
        }}
        onClose={() => this.close()}
        onOpenRoute={(route) => this.deps.openRoute(route)}
        onStep={(direction) => this.step(direction)}
      />,
    );
  }

  private ensureHost(): PopoverHost {
    if (!this.host) {
      this.host = new PopoverHost();
      this.host.element.addEventListener('pointerenter', guarded(this.onPointerEnter));
      this.host.element.addEventListener('pointerleave', guarded(this.onPointerLeave));
    }
    return this.host;
  }

  private scheduleClose(): void {
    if (this.closeTimer !== undefined) return;
    this.closeTimer = setTimeout(
      guarded(() => {
        this.closeTimer = undefined;
        if (!this.pinned && !this.pointerInside) this.close(true);
      }),
      CLOSE_GRACE_MS,
    );
  }

  private cancelClose(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = undefined;
  }
}
