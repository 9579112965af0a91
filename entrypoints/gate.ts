import bundledPrefilter from '../.generated/prefilter.json';
import { runContentScript } from './content/lifecycle';

/**
 * The content script (`gate.js`), in every page's top frame from the manifest (wxt.config.ts) and in each frame once
 * its parent's gate sees it (frame-watch.ts): small on purpose (no patterns, no automaton, no React), and silent on a
 * page that mentions nothing. It reads the page once its DOM is complete against the bundled corpus's pre-filter
 * (.generated/prefilter.json, `npm run corpus`) and asks the background only at a candidate (lifecycle.ts). Text that
 * may hold mentions goes to the background's recognizer (the extension's own worker, inside the browser), which answers
 * with offsets; the lens and the popover's UI are injected on first use. An unlisted script rather than WXT's content
 * script, whose start-up touches the extension API in every page.
 */
export default defineUnlistedScript(() => runContentScript(bundledPrefilter));
