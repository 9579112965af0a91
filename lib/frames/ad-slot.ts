/**
 * The display-ad sizes (IAB's standard units and the older ones still sold), width × height in CSS pixels. A frame of
 * exactly such a size is an ad slot: its text is the ad's, and its process's first extension script would cost 5–235
 * ms (bench/RESULTS.md) for nothing. Full-screen interstitial sizes are left out: an embed may be that big.
 */
const AD_SIZES = new Set([
  '728x90',
  '970x90',
  '970x250',
  '300x250',
  '336x280',
  '300x600',
  '300x1050',
  '160x600',
  '120x600',
  '120x240',
  '320x50',
  '320x100',
  '300x50',
  '468x60',
  '234x60',
  '250x250',
  '200x200',
  '180x150',
  '125x125',
]);

/** Whether a frame of this size (its inner size, CSS pixels: the ad's, whatever border the page gives it) is a display-ad slot. */
export function isAdSlotSize(width: number, height: number): boolean {
  return AD_SIZES.has(`${Math.round(width)}x${Math.round(height)}`);
}
