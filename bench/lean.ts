import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Frame, Page } from 'playwright-core';
import type { Corpus } from '../lib/corpus/types';
import { heapMb, whenFirstVisible } from './browsers';
import { type LeanPages, startMultiServer, writeLeanPages } from './lean-pages';
import { median, ms, table } from './stats';
import { type Trace, scriptCost, startTrace } from './trace';

/**
 * (f) What the extension costs where it finds nothing, and how soon it lights a short article: fresh tabs, with and
 * without the extension alternately, every load traced. Extension time is everything on any renderer thread (the
 * page's and its cross-site frames' processes) that ran the extension's scripts: the evaluation of the script files
 * (EvaluateScript events for chrome-extension:// URLs) plus every CPU sample with such a script on its stack outside
 * them. The heap is the JS heap of the page's process plus each cross-site frame's process, after a full GC.
 */

const isExtension = (url: string) => url.startsWith('chrome-extension://') || url.startsWith('moz-extension://');

export interface LeanRun {
  /** Performance.getMetrics ScriptDuration of the page's process plus its cross-site frames' processes, ms */
  scriptMs: number;
  /** extension script time on every renderer thread, from the trace, ms */
  extMs: number;
  /** the same events' thread (CPU) time, ms: what a busy machine inflates least */
  extCpuMs: number;
  /** CPU samples with extension code on the stack, page's main thread, ms: also promise continuations, which no event
   * attributes to a script */
  sampledMs: number;
  /** the most of those samples within one task, ms */
  sampledMostInOneTaskMs: number;
  /** longest task (any renderer thread) that ran extension script, ms */
  longestMs: number;
  /** the most extension script (events) within one task, ms: the longest task is often the page's own (its parsing,
   * where the gate is evaluated at document_start, or its first layout after the gate's DOMContentLoaded listener) */
  extMostInOneTaskMs: number;
  tasks: number;
  /** per renderer process that ran extension script: its ms, the page's own process first */
  perProcess: number[];
  heapMb: number;
  /** first highlight in the viewport, ms after the load event (NaN when none) */
  firstAfterLoadMs: number;
  /** the same after the page's first contentful paint: what the page itself takes after `load` (its layout and first
   * frame) is not in it (NaN when none) */
  firstAfterPaintMs: number;
}

/** Events that run extension script: evaluating its files and calling into them (listeners, timers, callbacks). */
const EXT_EVENTS = new Set(['EvaluateScript', 'FunctionCall']);

/**
 * From a trace without the CPU profiler (the profiler's code logging makes evaluating a large script several times
 * slower): per renderer thread, the time in extension EvaluateScript and FunctionCall events (outermost only), and the
 * tasks that contain one.
 */
function extensionCost(
  trace: Trace,
  mainPid: number,
): Omit<LeanRun, 'heapMb' | 'firstAfterLoadMs' | 'firstAfterPaintMs' | 'scriptMs' | 'sampledMs' | 'sampledMostInOneTaskMs'> {
  const ext = trace.events
    .filter(
      (e) =>
        EXT_EVENTS.has(e.name) &&
        e.ph === 'X' &&
        e.dur !== undefined &&
        isExtension(typeof e.args?.data?.url === 'string' ? e.args.data.url : ''),
    )
    .sort((a, b) => a.ts - b.ts);
  let extMs = 0;
  let extCpuMs = 0;
  let longestMs = 0;
  let extMostInOneTaskMs = 0;
  let tasks = 0;
  const outermost: typeof ext = [];
  const byPid = new Map<number, number>();
  const covered = new Map<string, number>();
  for (const e of ext) {
    const key = `${e.pid}:${e.tid}`;
    if ((covered.get(key) ?? -1) >= e.ts) continue;
    covered.set(key, e.ts + e.dur!);
    outermost.push(e);
    extMs += e.dur! / 1000;
    extCpuMs += (e.tdur ?? e.dur!) / 1000;
    byPid.set(e.pid, (byPid.get(e.pid) ?? 0) + e.dur! / 1000);
  }
  const runTasks = trace.events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.dur !== undefined);
  for (const task of runTasks) {
    const inside = outermost.filter((e) => e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts <= task.ts + task.dur!);
    if (!inside.length) continue;
    tasks++;
    longestMs = Math.max(longestMs, task.dur! / 1000);
    extMostInOneTaskMs = Math.max(
      extMostInOneTaskMs,
      inside.reduce((sum, e) => sum + e.dur! / 1000, 0),
    );
  }
  const perProcess = [byPid.get(mainPid) ?? 0, ...[...byPid].filter(([pid]) => pid !== mainPid).map(([, v]) => v)];
  return { extMs, extCpuMs, longestMs, extMostInOneTaskMs, tasks, perProcess };
}

/** JS heap of the page's process and of every cross-site frame's process (each counted once). */
async function pageHeapMb(context: BrowserContext, page: Page): Promise<number> {
  let total = await heapMb(context, page);
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    // only out-of-process frames have a session of their own; the others share the page's heap
    const cdp = await context.newCDPSession(frame).catch(() => null);
    if (!cdp) continue;
    try {
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      total += usedSize / 1024 / 1024;
    } catch {
      // a frame that went away meanwhile
    } finally {
      await cdp.detach().catch(() => undefined);
    }
  }
  return total;
}

async function leanRun(
  context: BrowserContext,
  url: string,
  probe: string,
  options: { expectHighlight: boolean; settleMs?: number },
): Promise<LeanRun> {
  const page = await context.newPage();
  await page.addInitScript({ content: probe });
  const sessions: CDPSession[] = [await context.newCDPSession(page)];
  await sessions[0].send('Performance.enable');
  const seen = new Set<Frame>();
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() || seen.has(frame)) return;
    seen.add(frame);
    // only out-of-process frames have a session of their own
    void context.newCDPSession(frame).then(
      async (cdp) => {
        sessions.push(cdp);
        await cdp.send('Performance.enable').catch(() => undefined);
      },
      () => undefined,
    );
  });
  const recording = await startTrace(context, page, [
    'toplevel',
    'devtools.timeline',
    'disabled-by-default-devtools.timeline',
    'v8.execute',
    'blink.user_timing',
    // samples: promise continuations (the content script's reading of the page after its first message is answered)
    // run as microtasks, which no event attributes to a script
    'disabled-by-default-v8.cpu_profiler',
  ]);
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  if (options.expectHighlight) {
    await whenFirstVisible(sessions[0], 20_000);
  }
  await page.waitForTimeout(options.settleMs ?? 1500);
  const trace = await recording.stop();
  let scriptMs = 0;
  for (const cdp of sessions) {
    const metrics = await cdp.send('Performance.getMetrics').catch(() => ({ metrics: [] as { name: string; value: number }[] }));
    scriptMs += (metrics.metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
    await cdp.detach().catch(() => undefined);
  }
  const heap = await pageHeapMb(context, page);
  const firstAfterLoadMs: number = await page.evaluate(
    'window.__bench.firstVisibleAt === null ? NaN : window.__bench.firstVisibleAt - window.__bench.loadAt',
  );
  const firstAfterPaintMs: number = await page.evaluate(
    `(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      return window.__bench.firstVisibleAt === null || !paint ? NaN : window.__bench.firstVisibleAt - paint.startTime;
    })()`,
  );
  await page.close();
  const main = trace.mainThreadOf(url);
  const sampled = scriptCost(trace, main, isExtension);
  return {
    ...extensionCost(trace, main.pid),
    sampledMs: sampled.scriptMs,
    sampledMostInOneTaskMs: sampled.mostInOneTaskMs,
    scriptMs,
    heapMb: heap,
    firstAfterLoadMs,
    firstAfterPaintMs,
  };
}

export interface LeanResult {
  pages: LeanPages;
  contentScriptBytes: number;
  runs: Record<'quiet' | 'frames' | 'sameFrames' | 'article', { ext: LeanRun[]; plain: LeanRun[] }>;
  /** the article's first highlight after `load`, ms, in loads without the trace (whose sampling profiler slows script) */
  articleUntraced?: number[];
}

/** The article loaded without a trace: its first highlight in the viewport after the load event, ms (NaN when none). */
async function untracedFirstHighlight(context: BrowserContext, url: string, probe: string): Promise<number> {
  const page = await context.newPage();
  await page.addInitScript({ content: probe });
  const cdp = await context.newCDPSession(page);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await whenFirstVisible(cdp, 20_000);
    return await page.evaluate<number>(
      'window.__bench.firstVisibleAt === null ? NaN : window.__bench.firstVisibleAt - window.__bench.loadAt',
    );
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}

const range = (xs: number[]) => {
  const f = xs.filter(Number.isFinite);
  if (!f.length) return '–';
  const lo = Math.min(...f);
  const hi = Math.max(...f);
  return lo === hi ? ms(lo) : `${ms(lo)}–${ms(hi)}`;
};

/**
 * Runs (f) with two browsers already launched (one with the extension, one without): `runs` alternating loads of
 * each page in each.
 */
export async function measureLean(o: {
  extension: BrowserContext;
  plain: BrowserContext;
  extensionDir: string;
  pagesDir: string;
  runs: number;
  /** only these pages (a quick look at one figure); all four by default */
  pageKeys?: string[];
}): Promise<LeanResult> {
  const corpus = JSON.parse(readFileSync(join(o.extensionDir, 'corpus.json'), 'utf8')) as Corpus;
  const pages = writeLeanPages(o.pagesDir, corpus);
  const probe = readFileSync(join(import.meta.dirname, 'page-probe.js'), 'utf8');
  const server = await startMultiServer(o.pagesDir);
  const runs = {} as LeanResult['runs'];
  let articleUntraced: number[] | undefined;
  try {
    for (const key of ['quiet', 'frames', 'sameFrames', 'article'] as const) {
      if (o.pageKeys && !o.pageKeys.includes(key)) continue;
      runs[key] = { ext: [], plain: [] };
      const expectHighlight = key === 'article';
      for (let i = 0; i < o.runs; i++) {
        runs[key].ext.push(await leanRun(o.extension, server.url(pages[key]), probe, { expectHighlight }));
        runs[key].plain.push(await leanRun(o.plain, server.url(pages[key]), probe, { expectHighlight: false }));
      }
    }
    if (runs.article) {
      articleUntraced = [];
      for (let i = 0; i < o.runs; i++) articleUntraced.push(await untracedFirstHighlight(o.extension, server.url(pages.article), probe));
    }
  } finally {
    await server.close();
  }
  const manifest = JSON.parse(readFileSync(join(o.extensionDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[]; css?: string[] }[];
  };
  const declared = (manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]);
  return {
    pages,
    contentScriptBytes: declared.reduce((sum, f) => sum + statSync(join(o.extensionDir, f)).size, 0),
    runs,
    articleUntraced,
  };
}

export function leanTable(r: LeanResult): string {
  const ext = (key: keyof LeanResult['runs'], f: (run: LeanRun) => number) => r.runs[key].ext.map(f);
  const heapAdded = (key: keyof LeanResult['runs']) => {
    const plain = median(r.runs[key].plain.map((x) => x.heapMb));
    return r.runs[key].ext.map((x) => x.heapMb - plain);
  };
  const scriptAdded = (key: keyof LeanResult['runs']) => {
    const plain = median(r.runs[key].plain.map((x) => x.scriptMs));
    return r.runs[key].ext.map((x) => x.scriptMs - plain);
  };
  const rows = (key: keyof LeanResult['runs'], label: string) => [
    [`${label}: script time added (ScriptDuration, with − median without), ms`, ms(median(scriptAdded(key))), range(scriptAdded(key))],
    [`${label}: extension script in the trace, ms`, ms(median(ext(key, (x) => x.extMs))), range(ext(key, (x) => x.extMs))],
    [`${label}: the same, thread CPU time, ms`, ms(median(ext(key, (x) => x.extCpuMs))), range(ext(key, (x) => x.extCpuMs))],
    [
      `${label}: extension code in CPU samples, page's thread (promise continuations too), ms`,
      ms(median(ext(key, (x) => x.sampledMs))),
      range(ext(key, (x) => x.sampledMs)),
    ],
    [
      `${label}: the most of it within one task, ms`,
      ms(median(ext(key, (x) => x.sampledMostInOneTaskMs))),
      range(ext(key, (x) => x.sampledMostInOneTaskMs)),
    ],
    [`${label}: longest task running extension script, ms`, ms(median(ext(key, (x) => x.longestMs))), range(ext(key, (x) => x.longestMs))],
    [
      `${label}: the most extension script (events) within one task, ms`,
      ms(median(ext(key, (x) => x.extMostInOneTaskMs))),
      range(ext(key, (x) => x.extMostInOneTaskMs)),
    ],
    [
      `${label}: JS heap added (vs the median without), MB`,
      median(heapAdded(key)).toFixed(2),
      heapAdded(key)
        .map((x) => x.toFixed(2))
        .join(', '),
    ],
  ];
  const frames = r.runs.frames.ext;
  const firstInProcess = frames.flatMap((x) => x.perProcess.slice(1));
  const same = r.runs.sameFrames.ext.map((x) => x.perProcess[0]);
  const quiet = median(r.runs.quiet.ext.map((x) => x.extMs));
  const furtherFrame = same.map((x) => (x - quiet) / 12);
  return [
    `## (f) Pages that mention nothing, frames, and a short article`,
    '',
    `Fresh tabs, ${r.runs.quiet.ext.length} loads of each page with the extension and as many without, alternating. Extension script time is summed over every renderer thread (the page and its cross-site frames); "heap added" compares each load with the median of the loads without the extension (page process plus each cross-site frame's process). Pages: a ${'~30 kB'} English cooking article (${r.pages.check.quiet} mentions); a ~40 kB news article with 12 frames from 127.0.0.2…13 (8 ad slots, 2 video embeds, a 1×1 pixel, a hidden frame; ${r.pages.check.frames} mentions); the same with its 12 frames from its own origin; a Japanese article with ${r.pages.articleMentions} mentions. Content script: ${(r.contentScriptBytes / 1024).toFixed(1)} kB.`,
    '',
    table(
      ['', 'median', 'runs (min–max)'],
      [
        ...rows('quiet', '30 kB article, no mention'),
        ...rows('frames', 'news + 12 cross-site frames, no mention'),
        ...rows('sameFrames', 'news + 12 same-origin frames'),
        [`first frame in a renderer process (each cross-site frame), ms`, ms(median(firstInProcess)), range(firstInProcess)],
        [`each further frame in the same process, ms`, ms(median(furtherFrame)), range(furtherFrame)],
        ...rows('article', `Japanese article, ${r.pages.articleMentions} mentions`),
        [
          `Japanese article: first highlight in the viewport after the load event, ms`,
          ms(median(ext('article', (x) => x.firstAfterLoadMs))),
          range(ext('article', (x) => x.firstAfterLoadMs)),
        ],
        [
          `Japanese article: the same after the page's first contentful paint, ms`,
          ms(median(ext('article', (x) => x.firstAfterPaintMs))),
          range(ext('article', (x) => x.firstAfterPaintMs)),
        ],
        [
          `Japanese article: first highlight after the load event, loads without the trace, ms`,
          ms(median(r.articleUntraced ?? [])),
          range(r.articleUntraced ?? []),
        ],
      ],
    ),
  ].join('\n');
}

/** Medians for the pages measured (LEAN_PAGES=quiet,article: a quick look at some of the figures). */
function leanSummary(r: LeanResult): string {
  return Object.entries(r.runs)
    .map(([key, { ext, plain }]) => {
      const heap = median(plain.map((x) => x.heapMb));
      const figure = (f: (run: LeanRun) => number) => ms(median(ext.map(f)));
      return `${key}: script ${figure((x) => x.extMs)} ms (CPU ${figure((x) => x.extCpuMs)}; sampled ${figure((x) => x.sampledMs)}, most in a task ${figure((x) => x.sampledMostInOneTaskMs)}), longest task ${figure((x) => x.longestMs)} ms (most extension script in one task ${figure((x) => x.extMostInOneTaskMs)}), heap +${median(ext.map((x) => x.heapMb - heap)).toFixed(2)} MB, first highlight after load ${figure((x) => x.firstAfterLoadMs)} ms (after the page's first contentful paint ${figure((x) => x.firstAfterPaintMs)})`;
    })
    .concat(r.articleUntraced ? [`article without the trace: first highlight after load ${ms(median(r.articleUntraced))} ms`] : [])
    .join('\n');
}

/** `tsx bench/lean.ts EXTENSION_DIR OUT.json [RUNS]`: part (f) alone, e.g. against an older build for a before/after. */
if (import.meta.filename === process.argv[1]) {
  const [extensionDir, out, runs = '5'] = process.argv.slice(2);
  process.env.MINUTES_LENS_EXTENSION = extensionDir;
  const { launch } = await import('../tests/e2e/harness');
  const { launchPlain } = await import('./browsers');
  const h = await launch({ locale: 'ja-JP', extensionDir });
  const plain = await launchPlain();
  try {
    await h.waitForSeed();
    const result = await measureLean({
      extension: h.context,
      plain: plain.context,
      extensionDir,
      pagesDir: join(import.meta.dirname, 'out/lean-pages'),
      runs: Number(runs),
      pageKeys: process.env.LEAN_PAGES?.split(','),
    });
    writeFileSync(out, JSON.stringify(result, null, 1));
    console.log(process.env.LEAN_PAGES ? leanSummary(result) : leanTable(result));
  } finally {
    await h.close();
    await plain.close();
  }
}
