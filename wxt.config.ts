import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';

/**
 * pdf.js (PDF import) can compile PostScript functions with `new Function` and probes for eval the same way. Extension
 * pages forbid eval anyway (and the import passes isEvalSupported: false); this removes the calls from the bundle so
 * the build evaluates no strings at all (tests/e2e/security.e2e.test.ts checks the built files).
 */
function pdfjsNoEval(): Plugin {
  return {
    name: 'minutes-lens:pdfjs-no-eval',
    transform(code, id) {
      if (!/pdfjs-dist[\\/]build[\\/]pdf(?:\.worker)?\.mjs$/.test(id.split('?')[0])) return null;
      return {
        code: code.replace(/\bnew\s+Function\s*\(/g, '(function () { throw new EvalError("no eval in Minutes Lens"); })('),
        map: null,
      };
    },
  };
}

/**
 * The add-on's fixed Gecko id. Without one, Firefox makes up a new id (and a new moz-extension:// UUID) at every
 * temporary install; with it, the id is stable and tests can choose the UUID (tests/firefox/harness.ts).
 */
export const GECKO_ID = 'minutes-lens@minutes-lens.invalid';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  vite: () => ({ plugins: [pdfjsNoEval()], worker: { plugins: () => [pdfjsNoEval()] } }),
  manifest: ({ browser }) => ({
    // Name and description in the browser's language: public/_locales/{en,ja}/messages.json.
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // The content script (entrypoints/gate.ts) in every page's top frame, from the document's start. In Chromium its
    // highlight rules come with it (page-highlight.css): styled from the first byte, no restyle of a parsed page later.
    content_scripts: [
      {
        matches: ['<all_urls>'],
        js: ['gate.js'],
        ...(browser === 'firefox' ? {} : { css: ['page-highlight.css'] }),
        run_at: 'document_start',
      },
    ],
    // Why each permission: README.md, "Permissions".
    // webNavigation (Chromium only): which frame a gate means when it asks for one of its frames; Chromium shows no warning
    // for it beside all sites' host access. Firefox needs none (runtime.getFrameId) and would show a prompt for it.
    permissions: ['contextMenus', 'activeTab', 'scripting', ...(browser === 'firefox' ? ['<all_urls>'] : ['sidePanel', 'webNavigation'])],
    // The same sites as the content script's matches (so no new permission warning): chrome.scripting may then inject
    // the popover's UI on first use and the updated content script into open tabs after an update.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : { host_permissions: ['<all_urls>'] }),
  }),
});
