import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { type IncomingMessage, type Server, type ServerResponse, createServer, request as httpRequest } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../wxt.config';
import { type FixtureServer, startFixtureServer } from '../e2e/server';

/**
 * The Firefox harness: Debian's Firefox ESR driven over WebDriver BiDi by puppeteer-core, the built MV2 add-on
 * (`npm run build:firefox`) installed as a temporary add-on, fixture pages served on 127.0.0.1, and every request the
 * browser makes recorded.
 *
 * Recording: Firefox is pointed at a proxy of ours for every protocol and every host, localhost included
 * (network.proxy.allow_hijacking_localhost), so each http(s) request from any page, the add-on's background page,
 * its sidebar page, workers and Firefox itself passes through it. The proxy forwards only requests for the fixture
 * server and answers everything else with 403 after writing it down. moz-extension:// loads are not network requests
 * and never reach it.
 *
 * Quirks of driving Firefox (not of the add-on; those are in entrypoints/content/quirks.ts and lib/browser-quirks.ts):
 * - a tab can only be navigated to a moz-extension:// page with `--remote-allow-system-access`, and `page.goto` never
 *   resolves there: the browsing context is navigated directly over BiDi;
 * - without a Gecko id the add-on's id and UUID change at every install; wxt.config.ts fixes the id and the profile's
 *   `extensions.webextensions.uuids` pref fixes the UUID, so moz-extension://UUID/ is known before launch.
 */

const ROOT = resolve(import.meta.dirname, '../..');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ADDON_DIR = resolve(process.env.MINUTES_LENS_FIREFOX_EXTENSION ?? join(ROOT, '.output/firefox-mv2'));
/** chosen here, given to Firefox in the profile before launch */
const ADDON_UUID = '6d1c5e1a-4a4e-4a4b-9d1e-6c0a2f7e4b11';
export const ADDON_ORIGIN = `moz-extension://${ADDON_UUID}`;
const SCREENSHOT_DIR = resolve(ROOT, process.env.SCREENSHOT_DIR ?? '.output/screenshots');

export interface FirefoxLaunchOptions {
  /** navigator.languages, e.g. 'ja' (default) or 'en-US' */
  locale?: string;
  colorScheme?: 'light' | 'dark';
}

export interface RecordedRequest {
  url: string;
  method: string;
}

export interface FirefoxHarness {
  browser: Browser;
  server: FixtureServer;
  /** every request that reached the recording proxy, in order */
  requests: RecordedRequest[];
  /** requests to anything but the fixture server */
  externalRequests(): RecordedRequest[];
  /** a fixture page from tests/e2e/fixtures in a new tab */
  openFixture(path: string, viewport?: { width: number; height: number }): Promise<Page>;
  /** an add-on page (popup.html, sidepanel.html#/…) in a new tab, loaded */
  openAddonPage(path: string, viewport?: { width: number; height: number }): Promise<Page>;
  /** navigates an existing tab to an add-on page */
  navigateAddon(page: Page, path: string): Promise<void>;
  screenshot(page: Page, file: string): Promise<string>;
  close(): Promise<void>;
}

function assertFirefoxPrerequisites(): void {
  if (!existsSync(FIREFOX)) {
    throw new Error(
      `Firefox ESR is missing at ${FIREFOX}. The Firefox tests need Debian's firefox-esr: run "bash scripts/ensure-firefox.sh" ` +
        `(as root) or "sudo apt-get install -y firefox-esr".`,
    );
  }
  if (!existsSync(join(ADDON_DIR, 'manifest.json'))) {
    throw new Error(`The Firefox add-on is not built (${ADDON_DIR}/manifest.json is missing). Run "npm run build:firefox" first.`);
  }
}

interface RecordingProxy {
  port: number;
  close(): Promise<void>;
}

/** The fixture server's origin under both its names: the frame pages frame it from localhost, as another site. */
function fixtureOrigins(origin: string): string[] {
  const asLocalhost = new URL(origin);
  asLocalhost.hostname = 'localhost';
  return [origin, asLocalhost.origin];
}

/**
 * An HTTP proxy that forwards requests for `allowedOrigin` to it, also when named as localhost (the fixture pages frame
 * it from there, as another site), and refuses (and records) everything else.
 */
async function startRecordingProxy(allowedOrigin: string, requests: RecordedRequest[]): Promise<RecordingProxy> {
  const allowed = new URL(allowedOrigin);
  const origins = fixtureOrigins(allowedOrigin);
  const sockets = new Set<Socket>();
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? '';
    requests.push({ url, method: req.method ?? 'GET' });
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (!origins.includes(target.origin)) {
      res.writeHead(403, { 'content-type': 'text/plain' }).end('blocked by the test proxy');
      return;
    }
    const upstream = httpRequest(
      { host: allowed.hostname, port: allowed.port, method: req.method, path: target.pathname + target.search, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  // https and websockets arrive as CONNECT host:port; none may leave.
  server.on('connect', (req: IncomingMessage, socket: Socket) => {
    requests.push({ url: `connect://${req.url ?? ''}`, method: 'CONNECT' });
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise((ok) => {
        for (const s of sockets) s.destroy();
        server.close(() => ok());
      }),
  };
}

export async function launchFirefox(options: FirefoxLaunchOptions = {}): Promise<FirefoxHarness> {
  assertFirefoxPrerequisites();
  const locale = options.locale ?? 'ja';
  const server = await startFixtureServer();
  const requests: RecordedRequest[] = [];
  const proxy = await startRecordingProxy(server.origin, requests);
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      args: ['--remote-allow-system-access'],
      defaultViewport: { width: 1200, height: 900 },
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: ADDON_UUID }),
        'intl.accept_languages': locale,
        'intl.locale.requested': locale,
        // 0 dark, 1 light: what prefers-color-scheme says to pages and add-on pages
        'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
        'ui.systemUsesDarkTheme': options.colorScheme === 'dark' ? 1 : 0,
        // every request through the recording proxy, localhost included
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.share_proxy_settings': true,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        'network.dns.disablePrefetch': true,
        'network.prefetch-next': false,
        // Firefox's own background traffic, which is not the add-on's
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        'browser.newtabpage.enabled': false,
        'app.normandy.enabled': false,
        'toolkit.telemetry.enabled': false,
        'datareporting.usage.uploadEnabled': false,
        'extensions.systemAddon.update.enabled': false,
        'browser.contentblocking.report.show_mobile_app': false,
      },
    });
  } catch (error) {
    await proxy.close();
    await server.close();
    throw error;
  }
  try {
    await browser.installExtension(ADDON_DIR);
  } catch (error) {
    await browser.close();
    await proxy.close();
    await server.close();
    throw new Error(`Firefox refused the add-on in ${ADDON_DIR}: ${String(error)}`, { cause: error });
  }

  const newTab = async (viewport?: { width: number; height: number }) => {
    const page = await browser.newPage();
    if (viewport) await page.setViewport(viewport);
    return page;
  };
  const navigateAddon = async (page: Page, path: string) => {
    const url = `${ADDON_ORIGIN}/${path.replace(/^\//, '')}`;
    // page.goto never resolves for moz-extension:// URLs in Firefox 153; the BiDi browsing context can navigate there.
    const context = (page.mainFrame() as unknown as { browsingContext: { navigate(url: string, wait: string): Promise<unknown> } })
      .browsingContext;
    await context.navigate(url, 'complete');
  };

  return {
    browser,
    server,
    requests,
    externalRequests: () => requests.filter((r) => !fixtureOrigins(server.origin).some((origin) => r.url.startsWith(`${origin}/`))),
    openFixture: async (path, viewport) => {
      const page = await newTab(viewport);
      await page.goto(server.url(path), { waitUntil: 'load' });
      return page;
    },
    openAddonPage: async (path, viewport) => {
      const page = await newTab(viewport);
      await navigateAddon(page, path);
      return page;
    },
    navigateAddon,
    screenshot: async (page, file) => {
      const path = resolve(SCREENSHOT_DIR, file);
      await mkdir(dirname(path), { recursive: true });
      await page.screenshot({ path });
      return path;
    },
    close: async () => {
      await browser.close().catch(() => undefined);
      await proxy.close();
      await server.close();
    },
  };
}
