import { POPOVER_FACTORY, type PopoverFactory } from '../components/popover/contract';
import { PopoverController } from '../components/popover/popover-controller';

/**
 * The popover's UI (React, the cards, floating-ui): not part of the content script, which every page and frame loads,
 * but injected by the background into one frame's isolated world on the first hover or shortcut there
 * (scripting.executeScript). It only registers its factory; the content script that asked for it calls it.
 */
export default defineUnlistedScript(() => {
  const factory: PopoverFactory = (deps) => new PopoverController(deps);
  (globalThis as Record<string, unknown>)[POPOVER_FACTORY] = factory;
});
