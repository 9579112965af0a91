import type { BrowserContext, Page } from 'playwright-core';
import { consoleMessage } from './browsers';
import { scriptCost, startTrace, threadBusy } from './trace';

/**
 * (b) A page that keeps changing for 10 s (a live feed and a ticker, pages/mutate.js): what the highlighter costs the
 * main thread meanwhile, and its longest task. The extension rescans only what changed, throttled; the baseline is
 * mark.js behind a MutationObserver, marking every added element and re-marking every changed text at once.
 */

export interface MutationRun {
  /** main-thread time with the highlighter's code on the stack, from the first change to 1 s after the last, ms */
  scriptMs: number;
  /** the same as a share of that wall time */
  share: number;
  tasks: number;
  longestTaskMs: number;
  /** the page's own script (appending, ticking), for scale */
  pageScriptMs: number;
  threadBusyMs: number;
  /** highlights on the page when the changes stopped and the highlighter caught up */
  highlights: number;
  appended: number;
}

const MUTATE_MS = 10_000;
const TAIL_MS = 1_000;

async function run(
  context: BrowserContext,
  page: Page,
  url: string,
  ready: () => Promise<unknown>,
  attributed: (u: string) => boolean,
): Promise<MutationRun> {
  const recording = await startTrace(context, page);
  await page.goto(url);
  await ready();
  await page.waitForTimeout(500);
  const { appended } = await page.evaluate<{ appended: number }>(`window.startMutating(${MUTATE_MS})`);
  await page.waitForTimeout(TAIL_MS);
  const highlights: number = await page.evaluate('window.__bench.highlightCount()');
  const trace = await recording.stop();
  await page.close();

  const thread = trace.mainThreadOf(url);
  const from = trace.mark(thread, 'mutate-start')!;
  const to = trace.mark(thread, 'mutate-end')! + TAIL_MS * 1000;
  const cost = scriptCost(trace, thread, attributed, from, to);
  const page_ = scriptCost(trace, thread, (u) => u.endsWith('/mutate.js'), from, to);
  const wall = (to - from) / 1000;
  return {
    scriptMs: cost.scriptMs,
    share: cost.scriptMs / wall,
    tasks: cost.tasks,
    longestTaskMs: cost.longestTaskMs,
    pageScriptMs: page_.scriptMs,
    threadBusyMs: threadBusy(trace, thread, from, to).busyMs,
    highlights,
    appended,
  };
}

export async function extensionMutationRun(context: BrowserContext, url: string, probe: string): Promise<MutationRun> {
  const page = await context.newPage();
  await page.addInitScript({ content: probe });
  const firstScan = consoleMessage(page, /first scan/);
  return run(
    context,
    page,
    url,
    () => firstScan,
    (u) => u.includes('/gate.js'),
  );
}

export async function markjsMutationRun(context: BrowserContext, url: string, probe: string): Promise<MutationRun> {
  const page = await context.newPage();
  await page.addInitScript({ content: probe });
  return run(
    context,
    page,
    url,
    () => page.waitForFunction('window.__markjs?.done === true', null, { timeout: 120_000 }),
    (u) => /\/(mark\.min|markjs-driver-dynamic)\.js$/.test(u),
  );
}
