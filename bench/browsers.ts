import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type CDPSession, type Page, chromium } from 'playwright-core';
import { CHROMIUM, chromiumArgs } from '../tests/e2e/harness';

/** The baseline browser: the same Chromium and flags as the e2e harness, without the extension. */
export async function launchPlain(locale = 'ja-JP'): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = await mkdtemp(join(tmpdir(), 'minutes-lens-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale,
    viewport: { width: 1200, height: 900 },
    args: chromiumArgs(locale),
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** JS heap in use by the page's renderer isolate (page and content scripts share it), in MB, after a full GC. */
export async function heapMb(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 1024 / 1024;
  } finally {
    await cdp.detach();
  }
}

/** Waits for a console message of the page (content scripts included) matching `pattern`. */
export function consoleMessage(page: Page, pattern: RegExp, timeoutMs = 60_000): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no console message matching ${pattern} within ${timeoutMs} ms`)), timeoutMs);
    page.on('console', (message) => {
      const match = pattern.exec(message.text());
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    });
  });
}

/**
 * Waits for the page probe's first highlight in the viewport (or `timeoutMs`). Through the page's DevTools session,
 * not page.waitForFunction: that injects Playwright's own script into the page first, and compiling it (70–150 ms of
 * the page's main thread on this machine) lands right after `load`, where it delays the very highlight it waits for.
 */
export async function whenFirstVisible(cdp: CDPSession, timeoutMs: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    cdp.send('Runtime.evaluate', { expression: 'window.__bench.firstVisible', awaitPromise: true }).catch(() => undefined),
    new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs))),
  ]);
  clearTimeout(timer);
}
