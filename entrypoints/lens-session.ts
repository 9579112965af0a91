import { LENS_FACTORY, type LensFactory } from './content/lens-contract';
import { startLens } from './content/lens';

/**
 * The lens: scanning, highlights, hover, keyboard and the mutation watcher. Not part of the content script, which
 * every page and frame loads, but injected by the background into one frame's isolated world once that frame's text
 * passes the pre-filter (scripting.executeScript). It only registers its factory; the content script calls it.
 */
export default defineUnlistedScript(() => {
  const factory: LensFactory = startLens;
  (globalThis as Record<string, unknown>)[LENS_FACTORY] = factory;
});
