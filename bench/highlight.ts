import type { BrowserContext, Page } from 'playwright-core';
import type { Harness } from '../tests/e2e/harness';
import { consoleMessage, heapMb } from './browsers';
import { scriptCost, startTrace, threadBusy, type Trace } from './trace';

/**
 * (a) Highlighting a 1 MB news-like page: the extension (CSS Custom Highlight API, sliced scan) against mark.js
 * wrapping every match in an element, and the page with no highlighter at all as the floor. Times are on the trace
 * clock from the page's commit, so "first highlight in the viewport" includes whatever the page itself did first.
 */

export interface HighlightRun {
  /** highlighter's first activity after the page committed, ms */
  startMs: number;
  /** first highlight inside the viewport, ms after commit */
  firstVisibleMs: number;
  /** first full pass, start to last mention marked (the extension's own figure; mark.js: start → done), ms */
  passMs: number;
  /** main-thread time with the highlighter's code on the stack during the first pass (its loading included), ms */
  scriptMs: number;
  /** tasks that ran highlighter code, and the longest of them, ms */
  tasks: number;
  longestTaskMs: number;
  /** the most highlighter time within one task, ms */
  mostInOneTaskMs: number;
  /** the page's main thread, all of it, from commit to the end of the first pass */
  threadBusyMs: number;
  threadLongestMs: number;
  /** evaluating the content script file itself (parse, compile, top level), ms */
  evaluateMs: number;
  mentions: number;
  /** switch (or unmark call) → no highlight left, at the frame that shows it, ms */
  clearMs: number;
  clearScriptMs: number;
  clearLongestTaskMs: number;
  heapMb: number;
  /** the extension's scriptMs by file: the content script (the gate), the lens, the popover's UI (extension runs only) */
  byFile?: { gate: number; lens: number; popover: number };
}

/** The extension's code in the page: the content script (the gate), and the lens and the popover's UI it injects later. */
const isContentScript = (url: string) => url.startsWith('chrome-extension://');
const isMarkjs = (url: string) => /\/(mark\.min|markjs-driver)\.js$/.test(url);
const FIRST_SCAN = /first scan: (\d+) mentions in (\d+) ms/;

function evaluateMs(trace: Trace, thread: { pid: number; tid: number }, url: (u: string) => boolean): number {
  const runs = trace.events.filter(
    (e) =>
      e.name === 'EvaluateScript' && e.pid === thread.pid && e.tid === thread.tid && url((e.args?.data?.url as string | undefined) ?? ''),
  );
  return runs.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000;
}

async function openTraced(context: BrowserContext, probe: string) {
  const page = await context.newPage();
  await page.addInitScript({ content: probe });
  const recording = await startTrace(context, page);
  return { page, recording };
}

function analyse(trace: Trace, url: string, attributed: (u: string) => boolean) {
  const thread = trace.mainThreadOf(url);
  const switchAt = trace.mark(thread, 'bench-switch') ?? Infinity;
  const pass = scriptCost(trace, thread, attributed, thread.committedAt, switchAt);
  const clear = scriptCost(trace, thread, attributed, switchAt);
  const visible = trace.mark(thread, 'bench-first-visible');
  const busy = threadBusy(trace, thread, thread.committedAt, pass.lastAt ?? switchAt);
  return {
    thread,
    pass,
    clear,
    startMs: ((pass.firstAt ?? NaN) - thread.committedAt) / 1000,
    firstVisibleMs: visible === undefined ? NaN : (visible - thread.committedAt) / 1000,
    busy,
  };
}

/** One page load with the extension: first pass, heap, then everything switched off from an extension page. */
export async function extensionRun(h: Harness, url: string, probe: string, controller: Page): Promise<HighlightRun> {
  const { page, recording } = await openTraced(h.context, probe);
  const firstScan = consoleMessage(page, FIRST_SCAN);
  await page.goto(url);
  const [, mentions, passMs] = await firstScan;
  await page.waitForFunction('window.__bench.firstVisibleAt !== null');
  await page.waitForTimeout(400);
  const heap = await heapMb(h.context, page);

  await page.evaluate("performance.mark('bench-switch')");
  const cleared = page.evaluate('window.__bench.watchCleared()');
  const sentAt: number = await controller.evaluate(`(async () => {
    const sent = Date.now();
    await chrome.runtime.sendMessage({ type: 'set-switch', host: null, enabled: false });
    return sent;
  })()`);
  await cleared;
  const clearedEpoch: number = await page.evaluate('window.__bench.clearedEpoch');
  await page.waitForTimeout(200);
  const trace = await recording.stop();
  await controller.evaluate(`chrome.runtime.sendMessage({ type: 'set-switch', host: null, enabled: true })`);
  await page.close();

  const a = analyse(trace, url, isContentScript);
  return {
    startMs: a.startMs,
    firstVisibleMs: a.firstVisibleMs,
    passMs: Number(passMs),
    scriptMs: a.pass.scriptMs,
    tasks: a.pass.tasks,
    longestTaskMs: a.pass.longestTaskMs,
    mostInOneTaskMs: a.pass.mostInOneTaskMs,
    threadBusyMs: a.busy.busyMs,
    threadLongestMs: a.busy.longestTaskMs,
    evaluateMs: evaluateMs(trace, a.thread, isContentScript),
    mentions: Number(mentions),
    clearMs: clearedEpoch - sentAt,
    clearScriptMs: a.clear.scriptMs,
    clearLongestTaskMs: a.clear.longestTaskMs,
    heapMb: heap,
    byFile: {
      gate: analyse(trace, url, (u) => u.includes('/gate.js')).pass.scriptMs,
      lens: analyse(trace, url, (u) => u.endsWith('/lens-session.js')).pass.scriptMs,
      popover: analyse(trace, url, (u) => u.endsWith('/lens-popover.js')).pass.scriptMs,
    },
  };
}

/** One page load with mark.js (in a browser without the extension): mark everything, heap, unmark everything. */
export async function markjsRun(context: BrowserContext, url: string, probe: string): Promise<HighlightRun> {
  const { page, recording } = await openTraced(context, probe);
  await page.goto(url);
  await page.waitForFunction('window.__markjs?.done === true', null, { timeout: 300_000 });
  await page.waitForFunction('window.__bench.firstVisibleAt !== null');
  const marks: number = await page.evaluate('window.__markjs.marks');
  await page.waitForTimeout(400);
  const heap = await heapMb(context, page);
  const cleared = page.evaluate('window.__bench.watchCleared()');
  await page.evaluate('window.benchUnmark()');
  await cleared;
  await page.waitForTimeout(200);
  const trace = await recording.stop();
  await page.close();

  const a = analyse(trace, url, isMarkjs);
  const startMark = trace.mark(a.thread, 'markjs-start');
  const doneMark = trace.mark(a.thread, 'markjs-done');
  const switchMark = trace.mark(a.thread, 'bench-switch');
  const clearedMark = trace.mark(a.thread, 'bench-cleared');
  return {
    // mark.min.js itself is evaluated while the page parses; the highlighter starts when its driver does
    startMs: startMark === undefined ? NaN : (startMark - a.thread.committedAt) / 1000,
    firstVisibleMs: a.firstVisibleMs,
    passMs: startMark !== undefined && doneMark !== undefined ? (doneMark - startMark) / 1000 : NaN,
    scriptMs: a.pass.scriptMs,
    tasks: a.pass.tasks,
    longestTaskMs: a.pass.longestTaskMs,
    mostInOneTaskMs: a.pass.mostInOneTaskMs,
    threadBusyMs: a.busy.busyMs,
    threadLongestMs: a.busy.longestTaskMs,
    evaluateMs: evaluateMs(trace, a.thread, isMarkjs),
    mentions: marks,
    clearMs: switchMark !== undefined && clearedMark !== undefined ? (clearedMark - switchMark) / 1000 : NaN,
    clearScriptMs: a.clear.scriptMs,
    clearLongestTaskMs: a.clear.longestTaskMs,
    heapMb: heap,
  };
}

/** The page alone, no highlighter: what its own load costs the main thread, and its heap. */
export async function controlRun(
  context: BrowserContext,
  url: string,
  probe: string,
): Promise<{ threadBusyMs: number; threadLongestMs: number; heapMb: number }> {
  const { page, recording } = await openTraced(context, probe);
  await page.goto(url);
  await page.waitForLoadState('load');
  await page.waitForTimeout(1500);
  const trace = await recording.stop();
  const heap = await heapMb(context, page);
  await page.close();
  const thread = trace.mainThreadOf(url);
  const busy = threadBusy(trace, thread, thread.committedAt, Infinity);
  return { threadBusyMs: busy.busyMs, threadLongestMs: busy.longestTaskMs, heapMb: heap };
}
