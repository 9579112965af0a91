// @ts-check
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ROOT = dirname(fileURLToPath(import.meta.url));

/**
 * The README's layering, as a rule (the table below is the whole policy):
 * - lib/ is browser-free logic: it imports neither the UI (components/), nor the wiring (entrypoints/), nor any
 *   browser-extension API (wxt's runtime, #imports, webextension-polyfill; the `browser`/`chrome` globals are banned
 *   below by no-restricted-globals). Pass functions in instead.
 * - components/ is UI shared by the surfaces: it never imports an entrypoint.
 * - entrypoints/X/ is one surface's wiring: it never imports another surface's files (entrypoints/Y/).
 * Relative specifiers and the `@/`, `~/`, `@@/`, `~~/` aliases are resolved against the repository, so a deep `../../`
 * cannot slip past.
 */
const EXTENSION_API = /^(?:wxt(?:\/(?!testing(?:\/|$)).*)?|#imports|@wxt-dev\/.*|webextension-polyfill)$/;

/** @param {string} from repository-relative path of the importing file; @param {string} spec the import specifier */
function layeringViolation(from, spec) {
  let target = null;
  if (spec.startsWith('.')) target = relative(ROOT, resolve(ROOT, dirname(from), spec));
  else {
    const alias = /^(?:@@|~~|@|~)\/(.*)$/.exec(spec);
    if (alias) target = alias[1];
  }
  const top = from.split('/');
  if (top[0] === 'lib') {
    if (target === null && EXTENSION_API.test(spec)) return `lib/ uses no browser or extension API ("${spec}"): pass functions in`;
    if (target?.startsWith('entrypoints/') || target?.startsWith('components/'))
      return `lib/ is browser-free logic and may not import ${target.split('/')[0]}/ ("${spec}")`;
  }
  // (a test may exercise a component together with the surface that uses it)
  if (top[0] === 'components' && !/\.test\.tsx?$/.test(from) && target?.startsWith('entrypoints/'))
    return `components/ may not import an entrypoint ("${spec}"): move what both need to lib/ or platform/`;
  if (top[0] === 'entrypoints' && top.length > 2 && target?.startsWith('entrypoints/')) {
    const other = target.split('/')[1];
    if (other !== top[1])
      return `entrypoints/${top[1]}/ may not import entrypoints/${other}/ ("${spec}"): move what both need to lib/, components/ or platform/`;
  }
  if (top[0] === 'platform' && (target?.startsWith('entrypoints/') || target?.startsWith('components/')))
    return `platform/ is below the entrypoints and the UI and may not import ${target.split('/')[0]}/ ("${spec}")`;
  return null;
}

/** @type {import('eslint').Rule.RuleModule} */
const layering = {
  meta: { type: 'problem', docs: { description: "the README's layering: lib ← components ← entrypoints, surfaces apart" }, schema: [] },
  create(context) {
    const from = relative(ROOT, context.filename).split('\\').join('/');
    /** @param {any} node */
    const check = (node) => {
      const source = node.source;
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const message = layeringViolation(from, source.value);
      if (message) context.report({ node: source, message });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export default tseslint.config(
  {
    ignores: ['.output/', '.wxt/', '.generated/', 'node_modules/', 'public/', 'seeds/', 'test-results/', 'bench/out/', 'docs/'],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: ROOT },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { local: { rules: { layering } } },
    rules: {
      'local/layering': 'error',
      // Promises nobody awaits lose their errors; `void promise` marks the deliberate ones.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Template literals with numbers are how every message here is written.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true, allowNullish: true }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // The ideographic space (U+3000) is ordinary Japanese text: in examples, strings and patterns it is meant.
      'no-irregular-whitespace': ['error', { skipComments: true, skipStrings: true, skipTemplates: true, skipRegExps: true }],
      // An async function without await is how an interface's promise-returning method is implemented here.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['**/*.test.{ts,tsx}'],
    rules: {
      // vitest mocks are passed around as unbound methods: expect(deps.setBadge).toHaveBeenCalled()
      '@typescript-eslint/unbound-method': 'off',
      // vitest's asymmetric matchers (expect.stringMatching, expect.any…) are typed `any`
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    // One ask for every surface (platform/ask.ts): typed by the request, and a send that throws becomes a rejection.
    files: ['entrypoints/**', 'components/**', 'platform/**'],
    ignores: ['platform/ask.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='sendMessage'][callee.object.property.name='runtime']",
          message: 'Ask the background through platform/ask.ts (typed by lib/messages.ts), not runtime.sendMessage.',
        },
      ],
    },
  },
  {
    files: ['lib/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'lib/ uses no browser or extension API: pass functions in.' },
        { name: 'chrome', message: 'lib/ uses no browser or extension API: pass functions in.' },
      ],
    },
  },
  {
    files: ['tests/e2e/**/*.e2e.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: './harness',
              importNames: ['launch'],
              message: 'End-to-end files set up through useHarness() (tests/e2e/harness.ts), not launch().',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['bench/page-probe.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
  {
    files: ['eslint.config.js'],
    languageOptions: { globals: globals.node },
  },
);
