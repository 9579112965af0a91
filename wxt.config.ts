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
      return { code: code.replace(/\bnew\s+Function\s*\(/g, '(function () { throw new EvalError("no eval in Minutes Lens"); })('), map: null };
    },
  };
}

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  vite: () => ({ plugins: [pdfjsNoEval()], worker: { plugins: () => [pdfjsNoEval()] } }),
  manifest: ({ browser }) => ({
    name: 'Minutes Lens (議事概要レンズ)',
    description: "Japan's cybersecurity policy minutes, readable in context: names and terms on any page, with what was said.",
    // Why each permission: README.md, "Permissions".
    permissions: ['contextMenus', 'activeTab', ...(browser === 'firefox' ? [] : ['sidePanel'])],
  }),
});
