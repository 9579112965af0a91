import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from 'playwright-core';
import type { Harness } from '../tests/e2e/harness';
import { consoleMessage, heapMb } from './browsers';

/**
 * (e) Install and footprint: time from starting a browser with a fresh profile (the extension installs) to the
 * corpus seeded in IndexedDB; the size of what every page loads (the content script) and of the whole package; the
 * JS heap of a tab with the extension running against the same tab without it.
 */

export interface InstallRun {
  /** browser launched → service worker found, ms */
  workerMs: number;
  /** browser launched → seed finished (the service worker's own clock), ms */
  seededMs: number;
  /** the seed itself (meta.startedAt → finishedAt), ms */
  seedMs: number;
}

export async function installRun(launch: () => Promise<Harness>): Promise<InstallRun> {
  const started = Date.now();
  const h = await launch();
  try {
    const workerMs = Date.now() - started;
    const meta = await h.waitForSeed(60_000);
    return { workerMs, seededMs: meta.finishedAt! - started, seedMs: meta.finishedAt! - meta.startedAt };
  } finally {
    await h.close();
  }
}

export interface Sizes {
  contentScript: { bytes: number; gzip: number };
  background: { bytes: number; gzip: number };
  /** the whole unpacked extension, and the kuromoji dictionary within it */
  packageBytes: number;
  dictBytes: number;
  corpusBytes: number;
}

function dirBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, e) => sum + (e.isDirectory() ? dirBytes(join(dir, e.name)) : statSync(join(dir, e.name)).size),
    0,
  );
}

export function sizes(extensionDir: string): Sizes {
  const file = (path: string) => {
    const bytes = readFileSync(join(extensionDir, path));
    return { bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  };
  return {
    contentScript: file('gate.js'),
    background: file('background.js'),
    packageBytes: dirBytes(extensionDir),
    dictBytes: dirBytes(join(extensionDir, 'dict')),
    corpusBytes: statSync(join(extensionDir, 'corpus.json')).size,
  };
}

/** JS heap of a tab showing `url`, once the page (and the extension, when `extension`) is done with it. */
export async function tabHeapMb(context: BrowserContext, url: string, extension: boolean): Promise<number> {
  const page = await context.newPage();
  const firstScan = extension ? consoleMessage(page, /first scan/) : undefined;
  await page.goto(url);
  await page.waitForLoadState('load');
  await firstScan;
  await page.waitForTimeout(500);
  const mb = await heapMb(context, page);
  await page.close();
  return mb;
}
