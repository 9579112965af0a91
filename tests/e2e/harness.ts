import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { type BrowserContext, type Page, type Worker, chromium } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { type FixtureServer, startFixtureServer } from './server';

/**
 * The real-browser harness every end-to-end test uses: Debian's Chromium with the built extension loaded unpacked, a
 * static server for fixture pages on 127.0.0.1, and a record of every request the browser makes (pages, frames and the
 * extension's service worker), so any test can assert that nothing left the machine.
 *
 * Test files set it up with `useHarness(options)` (below): one browser per describe block, launched before its first
 * test and closed after its last. `launch()` is for the benchmarks, which manage the browser themselves.
 */

const ROOT = resolve(import.meta.dirname, '../..');
/** the unpacked build to load; MINUTES_LENS_EXTENSION points elsewhere (e.g. a build of a clean checkout) */
export const EXTENSION_DIR = resolve(process.env.MINUTES_LENS_EXTENSION ?? join(ROOT, '.output/chrome-mv3'));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/**
 * Where screenshots go: .output/screenshots by default, so test runs leave the repository clean;
 * `SCREENSHOT_DIR=docs npm run test:e2e` refreshes the ones the README shows.
 */
const SCREENSHOT_DIR = resolve(ROOT, process.env.SCREENSHOT_DIR ?? '.output/screenshots');

export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
  /** made by the extension's service worker rather than by a page */
  fromServiceWorker: boolean;
}

export interface SeedMeta {
  version: string;
  state: 'seeding' | 'ready';
  startedAt: number;
  finishedAt?: number;
}

export interface LaunchOptions {
  /** browser UI language and navigator.languages, e.g. 'ja-JP' (default) or 'en-US' */
  locale?: string;
  colorScheme?: 'light' | 'dark';
  /** default viewport of new tabs */
  viewport?: { width: number; height: number };
  /** the unpacked build to load (default EXTENSION_DIR); a benchmark comparing two builds passes each */
  extensionDir?: string;
}

export interface Harness {
  context: BrowserContext;
  /** Date.now() when launch() was called */
  launchedAt: number;
  extensionId: string;
  /** chrome-extension://ID */
  extensionOrigin: string;
  server: FixtureServer;
  /** every request the browser made since launch, in order */
  requests: RecordedRequest[];
  /** requests to anything other than the fixture server (as 127.0.0.1 or localhost) and the extension itself */
  externalRequests(): RecordedRequest[];
  /** the extension's service worker (found again if Chromium stopped and restarted it) */
  serviceWorker(): Promise<Worker>;
  /** waits until the service worker has seeded the database; returns the corpus meta record (lib/db/schema.ts) */
  waitForSeed(timeoutMs?: number): Promise<SeedMeta>;
  /** an extension page as an ordinary tab, e.g. openExtensionPage('popup.html'), ('sidepanel.html', '#/person/p-x') */
  openExtensionPage(path: string, hash?: string, viewport?: { width: number; height: number }): Promise<Page>;
  /** the popup as a tab, sized like the real popup */
  openPopup(): Promise<Page>;
  /** the side panel as a tab, sized like a side panel, at a route such as '#/person/p-murai-jun' */
  openSidePanel(route?: string): Promise<Page>;
  /** a fixture page from tests/e2e/fixtures, e.g. openFixture('news-ja.html') */
  openFixture(path: string): Promise<Page>;
  /** saves a PNG of the page (or one element) in SCREENSHOT_DIR (or at an absolute path), e.g. screenshot(page, 'popup-ja-light.png'); returns the path */
  screenshot(page: Page, file: string, selector?: string): Promise<string>;
  close(): Promise<void>;
}

/** Throws with a message that says what to do, so a missing browser or build is never a silent skip. */
function assertPrerequisites(extensionDir: string): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}. The real-browser tests need Debian's Chromium and CJK fonts: ` +
        `run "bash scripts/ensure-chromium.sh" (as root) or "sudo apt-get install -y chromium fonts-noto-cjk".`,
    );
  }
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`The extension is not built (${extensionDir}/manifest.json is missing). Run "npm run build" first.`);
  }
}

/**
 * Chromium's command line: headless-friendly, nothing fetched in the background, and the unpacked extension when one
 * is given. Also used by the benchmarks for their baseline browser without the extension.
 */
export function chromiumArgs(locale: string, extensionDir?: string): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--lang=${locale}`,
    ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
  ];
}

export async function launch(options: LaunchOptions = {}): Promise<Harness> {
  const launchedAt = Date.now();
  const extensionDir = resolve(options.extensionDir ?? EXTENSION_DIR);
  assertPrerequisites(extensionDir);
  const locale = options.locale ?? 'ja-JP';
  const profile = await mkdtemp(join(tmpdir(), 'minutes-lens-profile-'));
  const server = await startFixtureServer();
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      locale,
      colorScheme: options.colorScheme ?? 'light',
      viewport: options.viewport ?? { width: 1200, height: 900 },
      args: chromiumArgs(locale, extensionDir),
    });
  } catch (error) {
    await server.close();
    await rm(profile, { recursive: true, force: true });
    throw error;
  }

  const requests: RecordedRequest[] = [];
  context.on('request', (request) => {
    requests.push({
      url: request.url(),
      method: request.method(),
      resourceType: request.resourceType(),
      fromServiceWorker: request.serviceWorker() !== null,
    });
  });

  const findWorker = async (): Promise<Worker> => {
    const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    if (existing) return existing;
    return context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith('chrome-extension://'),
      timeout: 30_000,
    });
  };
  let worker: Worker;
  try {
    worker = await findWorker();
  } catch (error) {
    await context.close();
    await server.close();
    await rm(profile, { recursive: true, force: true });
    throw new Error(`The extension's service worker did not start; is ${extensionDir} a valid MV3 build? (${String(error)})`, {
      cause: error,
    });
  }
  const extensionId = new URL(worker.url()).host;
  const extensionOrigin = `chrome-extension://${extensionId}`;

  const openExtensionPage = async (path: string, hash = '', viewport?: { width: number; height: number }) => {
    const page = await context.newPage();
    if (viewport) await page.setViewportSize(viewport);
    await page.goto(`${extensionOrigin}/${path.replace(/^\//, '')}${hash}`);
    return page;
  };

  return {
    context,
    launchedAt,
    extensionId,
    extensionOrigin,
    server,
    requests,
    // (the fixture server also answers as localhost: the hostile pages frame it from there, as another origin)
    externalRequests: () =>
      requests.filter(
        (r) =>
          !r.url.startsWith(`${server.origin}/`) &&
          !r.url.startsWith(`${server.origin.replace('127.0.0.1', 'localhost')}/`) &&
          !r.url.startsWith('chrome-extension://') &&
          !r.url.startsWith('data:'),
      ),
    serviceWorker: findWorker,
    waitForSeed: async (timeoutMs = 30_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const meta = await (await findWorker()).evaluate(readCorpusMeta);
        if (meta?.state === 'ready') return meta;
        if (Date.now() > deadline) throw new Error(`the database was not seeded within ${timeoutMs} ms (meta: ${JSON.stringify(meta)})`);
        await new Promise((ok) => setTimeout(ok, 50));
      }
    },
    openExtensionPage,
    openPopup: () => openExtensionPage('popup.html', '', { width: 400, height: 600 }),
    openSidePanel: (route = '') => openExtensionPage('sidepanel.html', route, { width: 420, height: 900 }),
    openFixture: async (path) => {
      const page = await context.newPage();
      await page.goto(server.url(path));
      return page;
    },
    screenshot: async (page, file, selector) => {
      const path = resolve(SCREENSHOT_DIR, file);
      await mkdir(dirname(path), { recursive: true });
      if (selector) await page.locator(selector).screenshot({ path });
      else await page.screenshot({ path });
      return path;
    },
    close: async () => {
      await context.close();
      await server.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

export interface HarnessOptions extends LaunchOptions {
  /** wait for the database seed before the first test (default true); false where a test times the seed itself or
   * the pages under test do not read the database */
  waitForSeed?: boolean;
  /** let the file's tests make requests beyond the fixture server and the extension (default false: checked after the
   * last test, so every real-browser file also holds the README's "the extension makes no network request") */
  allowExternalRequests?: boolean;
}

/**
 * One browser for the enclosing describe block (or file): launched in beforeAll, closed in afterAll, after checking
 * that nothing was requested beyond the fixture server and the extension. Returns a stand-in for the harness, usable
 * in tests and hooks once beforeAll has run:
 *
 *     const h = useHarness({ locale: 'en-US', colorScheme: 'dark' });
 *     it('…', async () => { const page = await h.openFixture('news-en.html'); … });
 */
export function useHarness(options: HarnessOptions = {}): Harness {
  const { waitForSeed = true, allowExternalRequests = false, ...launchOptions } = options;
  let running: Harness | undefined;
  beforeAll(async () => {
    running = await launch(launchOptions);
    if (waitForSeed) await running.waitForSeed();
  });
  afterAll(async () => {
    const h = running;
    running = undefined;
    if (!h) return;
    const external = h.externalRequests();
    await h.close();
    if (!allowExternalRequests) expect(external, 'requests beyond the fixture server and the extension').toEqual([]);
  });
  return new Proxy({} as Harness, {
    get(_target, key) {
      // (not a thenable, and quiet when inspected)
      if (!running && (key === 'then' || typeof key === 'symbol')) return undefined;
      if (!running) throw new Error(`the browser is not running here (harness.${String(key)}): use the harness inside tests and hooks`);
      // the harness's methods are closures over the running browser, not `this`-bound
      // eslint-disable-next-line @typescript-eslint/unbound-method
      return running[key as keyof Harness];
    },
  });
}

/**
 * Runs inside the service worker: the `meta` record of the extension's database, read with the plain IndexedDB API
 * (the test cannot reach the worker's Dexie instance), or null while the database does not exist yet.
 */
async function readCorpusMeta(): Promise<SeedMeta | null> {
  const names = await indexedDB.databases();
  if (!names.some((d) => d.name === 'minutes-lens')) return null;
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('minutes-lens');
    open.onerror = () => reject(open.error ?? new Error('cannot open the database'));
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('meta')) {
        db.close();
        resolve(null);
        return;
      }
      const get = db.transaction('meta').objectStore('meta').get('corpus');
      get.onerror = () => reject(get.error ?? new Error('cannot read the corpus meta record'));
      get.onsuccess = () => {
        db.close();
        resolve((get.result as SeedMeta | undefined) ?? null);
      };
    };
  });
}
