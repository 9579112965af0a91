import { ASK_FIRST_KEY, GATE_KEY, type GateHandle } from './content/gate-contract';

/**
 * Registered by the background for every page while the database holds patterns that the bundled pre-filter does not
 * cover (entrypoints/background/gate-flag.ts), and injected into open tabs when that starts: it tells the
 * content script to ask the background for the database's pre-filter before reading the page.
 */
export default defineUnlistedScript(() => {
  const global = globalThis as Record<string, unknown>;
  global[ASK_FIRST_KEY] = true;
  (global[GATE_KEY] as GateHandle | undefined)?.askFirst();
});
