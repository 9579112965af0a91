/**
 * What the content script and the background's small flag script (entrypoints/ask-first.ts) agree on, through the
 * isolated world's global object. A name and types only.
 *
 * The content script reads a page against the pre-filter of the bundled corpus without asking the background. When the
 * database holds patterns beyond it (imported minutes), the background registers the flag script for every page: then
 * the content script asks first, for the database's pre-filter. The flag may run before or after the content script.
 */
export const GATE_KEY = '__minutesLensGate';
export const ASK_FIRST_KEY = '__minutesLensAskFirst';

export interface GateHandle {
  /** takes this copy down (a newer copy of the content script replaces it) */
  stop(): void;
  /** the flag arrived after this copy started: ask the background now */
  askFirst(): void;
}
