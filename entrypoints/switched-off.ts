import { SWITCHED_OFF_KEY } from './content/gate-contract';

/**
 * Registered by the background for the pages where highlighting is switched off (entrypoints/background/off-flag.ts):
 * it tells the content script there to send no text before the background has answered. Runs at document_start,
 * before the content script reads anything.
 */
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[SWITCHED_OFF_KEY] = true;
});
