import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, matchesGlob, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Broadcast, Request } from '../lib/messages';
import config from '../vitest.config';

/**
 * The README's conventions, held by tests rather than prose. (The layering rules — lib/ uses no browser API, no
 * entrypoint imports another, components/ import no entrypoint — are lint rules: eslint.config.js.)
 */

const ROOT = resolve(import.meta.dirname, '..');
const SKIP = new Set(['node_modules', '.git', '.output', '.wxt', '.generated', 'public', 'seeds', 'docs', 'test-results', 'fixtures']);

function files(dir = ROOT): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (SKIP.has(e.name) || e.name.startsWith('.')) return [];
    const path = join(dir, e.name);
    return e.isDirectory() ? files(path) : [relative(ROOT, path).split('\\').join('/')];
  });
}

const all = files();
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const isTest = (f: string) => /\.test\.tsx?$/.test(f);

interface Project {
  test?: { name?: string; include?: string[] };
}
const projects = ((config as { test?: { projects?: Project[] } }).test?.projects ?? []).map((p) => ({
  name: p.test?.name ?? '?',
  include: p.test?.include ?? [],
}));

describe('tests are where the README says, and all of them run', () => {
  it('every test file belongs to a vitest project (none is silently left out)', () => {
    const orphans = all.filter(isTest).filter((f) => !projects.some((p) => p.include.some((g) => matchesGlob(f, g))));
    expect(orphans).toEqual([]);
  });

  it('unit tests (*.test.ts) sit beside the code they test', () => {
    const units = all.filter(isTest).filter((f) => !f.startsWith('tests/'));
    expect(units.length).toBeGreaterThan(20);
    const lonely = units.filter((f) => !all.some((g) => dirname(g) === dirname(f) && !isTest(g) && /\.(tsx?|json)$/.test(g)));
    expect(lonely).toEqual([]);
  });

  it('real-browser tests are tests/e2e/*.e2e.test.ts, and only there', () => {
    const e2e = all.filter((f) => f.endsWith('.e2e.test.ts'));
    expect(e2e.length).toBeGreaterThan(5);
    expect(e2e.filter((f) => dirname(f) !== 'tests/e2e')).toEqual([]);
    expect(all.filter((f) => f.startsWith('tests/e2e/') && isTest(f) && !f.endsWith('.e2e.test.ts'))).toEqual([]);
  });

  it('every real-browser file sets up through the shared harness (useHarness), never by hand', () => {
    const e2e = all.filter((f) => f.endsWith('.e2e.test.ts'));
    const offenders = e2e.filter((f) => {
      const text = read(f);
      return !/\buseHarness\(/.test(text) || /\blaunch(?:PersistentContext)?\(/.test(text);
    });
    expect(offenders).toEqual([]);
  });
});

describe('entrypoints are thin wiring', () => {
  const entries = all.filter((f) => /^entrypoints\/[^/]+\/(index|main)\.tsx?$/.test(f) || /^entrypoints\/[^/]+\.tsx?$/.test(f));
  const MAX_LINES = 80;

  it(`every entrypoint's main file is at most ${MAX_LINES} lines`, () => {
    expect(entries.length).toBeGreaterThanOrEqual(4);
    const long = entries.map((f) => ({ f, lines: read(f).split('\n').length })).filter((e) => e.lines > MAX_LINES);
    expect(long).toEqual([]);
  });

  /**
   * The content script (gate.ts) and its other bundles: the lens (injected at the first candidate) and the ask-first
   * flag run in the same isolated world and are built from the content script's folder's modules.
   */
  const CONTENT_PARTS = new Set(['entrypoints/gate.ts', 'entrypoints/lens-session.ts', 'entrypoints/ask-first.ts']);

  it("imports only its own folder (the content script's parts: entrypoints/content/), lib/, components/, platform/ and packages", () => {
    const bad = entries.flatMap((f) =>
      [...read(f).matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]/g)]
        .map((m) => m[1])
        .filter((spec) => spec.startsWith('.'))
        .map((spec) =>
          relative(ROOT, resolve(ROOT, dirname(f), spec))
            .split('\\')
            .join('/'),
        )
        .filter((target) => {
          const own = dirname(f) === 'entrypoints' ? basename(f).replace(/\.tsx?$/, '') : dirname(f);
          const shared = CONTENT_PARTS.has(f) && target.startsWith('entrypoints/content/');
          return !(shared || target.startsWith(`${own}/`) || /^(lib|components|platform|\.generated)\//.test(target));
        })
        .map((target) => `${f} → ${target}`),
    );
    expect(bad).toEqual([]);
  });
});

describe('the README tells the truth about commands and layout', () => {
  const readme = read('README.md');
  const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;

  it('has one setup command and one test command, and both exist', () => {
    expect(readme).toContain('npm run setup');
    expect(readme).toContain('npm test');
    expect(scripts.setup).toBeDefined();
    expect(scripts.test).toBeDefined();
  });

  it('every `npm run X` it mentions is a script of package.json', () => {
    const named = [...readme.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(5);
    expect([...new Set(named)].filter((n) => !(n in scripts))).toEqual([]);
  });

  it('every folder of its Layout table exists', () => {
    const folders = [...readme.matchAll(/^\| `([\w./-]+\/)` \|/gm)].map((m) => m[1]);
    expect(folders.length).toBeGreaterThan(4);
    expect(folders.filter((f) => !existsSync(join(ROOT, f)))).toEqual([]);
  });
});

/**
 * "Text of the page that passes the pre-filter is sent to the extension's own background worker, inside the browser":
 * only the `recognize` request carries page text (its `blocks`); every other request and broadcast carries only ids,
 * host names, routes and counts, and `load-gate` the URLs of the asking document's frames (which the background sees
 * anyway: webNavigation, the sender of each frame's messages), to tell which frame it means.
 * Held by the type checker (`npm run typecheck`): the names of every string a message carries, at any depth, are
 * listed here; a request or broadcast that gains a string field of another name (text, snippet, url…) is a compile
 * error on the line below, naming the field.
 */
type StringFields<T, K extends string = never> = T extends string
  ? K
  : T extends readonly (infer E)[]
    ? StringFields<E, K>
    : T extends object
      ? { [P in keyof T & string]-?: StringFields<T[P], P> }[keyof T & string]
      : never;
type AllowedStrings = 'type' | 'host' | 'route' | 'id' | 'kind' | 'url' | 'urls';
type PageTextLeaks = Exclude<StringFields<Exclude<Request, { type: 'recognize' }> | Broadcast>, AllowedStrings>;
const noPageText: [PageTextLeaks] extends [never] ? true : { 'fields that may carry page text': PageTextLeaks } = true;

describe('messages carry no page text', () => {
  it('is checked by the type checker (see the type above)', () => {
    expect(noPageText).toBe(true);
  });
});
