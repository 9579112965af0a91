/**
 * In Chromium content scripts `window.customElements` is null (the isolated world has no registry), so the popover's
 * host is an undefined custom-named element: it still takes an open shadow root. A page can still claim the name in
 * its own registry (customElements.define, e.g. with shadow roots disabled); the host then takes the name with a
 * random suffix (popover-host.ts), which no page can have defined in advance. Both names count as ours.
 */
export const POPOVER_TAG = 'minutes-lens-popover';

export function isPopoverTag(localName: string): boolean {
  return localName === POPOVER_TAG || localName.startsWith(`${POPOVER_TAG}-`);
}
