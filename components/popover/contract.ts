import type { EntityDetails, EntityRef } from '../../lib/corpus/views';

/**
 * What the content script and the popover's UI (loaded on first use, lens-popover.js) agree on. The UI registers a
 * factory under POPOVER_FACTORY on the isolated world's global object; the content script, which injected it, calls
 * it. Only types and a name here: importing this costs the content script nothing.
 */
export const POPOVER_FACTORY = '__minutesLensPopover';

export interface PopoverMention {
  range: Range;
  refs: readonly EntityRef[];
  kind: 'person' | 'term';
}

export interface PopoverDeps {
  details(mention: PopoverMention): Promise<EntityDetails[]>;
  openRoute(route: string): void;
  /** mentions in document order, for keyboard travel */
  ordered(): readonly PopoverMention[];
  dataDate?: string;
}

export interface PopoverUi {
  readonly open: PopoverMention | undefined;
  /** a settled hover: over a mention, or over nothing */
  hover(mention: PopoverMention | null, x: number, y: number): void;
  openFromKeyboard(mention: PopoverMention): void;
  onPointerDown(event: PointerEvent): void;
  onKeyDown(event: KeyboardEvent): void;
  /** a mention left the page */
  forget(mention: PopoverMention): void;
  destroy(): void;
}

export type PopoverFactory = (deps: PopoverDeps) => PopoverUi;
