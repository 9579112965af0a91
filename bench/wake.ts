import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { Corpus } from '../lib/corpus/types';
import { launchPlain, whenFirstVisible } from './browsers';
import { startMultiServer, writeLeanPages } from './lean-pages';
import { median, ms, table } from './stats';
import type { TraceEvent } from './trace';

/**
 * How soon the Japanese test article (bench/lean-pages.ts) lights up when the extension's service worker is asleep,
 * against when it is awake: for each build given, in one run and alternating, loads of the article in a fresh tab
 *
 * - `install`: the first page after the extension was installed (a fresh profile, the database just seeded);
 * - `cold`: the worker stopped first (DevTools' ServiceWorker.stopAllWorkers, as Chromium does after 30 s idle: the
 *   worker and the extension's renderer process go away);
 * - `followed`: the same with the article already open in the tab, its highlights shown, which then loads the article
 *   again (a link followed after the worker fell asleep);
 * - `warm`: right after those, the worker up and its recognizer loaded;
 *
 * and the same page in a browser without the extension (its `load`). Each load is traced browser-wide (the page, the
 * browser process, the extension's process and worker thread), which gives the cold path's breakdown: from the page's
 * first message to the extension (`hello`) to the worker's start, its script evaluated, the lens evaluated in the page
 * and the first highlight in the viewport. Prints figures; asserts nothing.
 *
 *     tsx bench/wake.ts [--rounds N] [--launches K] [--modes install,cold,followed,warm] [--no-trace] OUT.json LABEL=DIR…
 */

type Mode = 'install' | 'cold' | 'followed' | 'warm';

/** Milliseconds, each after the page's `load` event unless said otherwise (NaN: not seen). */
interface Breakdown {
  /** the page's first message to the extension (the gate's `hello`, or the lens asked for beside it) */
  hello: number;
  /** the browser asks for the worker to start (cold loads only) */
  startRequested: number;
  /** the extension's renderer process is up (a new process only) */
  processUp: number;
  /** background.js evaluated: its start, and its wall and thread (CPU) time */
  evalStart: number;
  evalMs: number;
  evalCpuMs: number;
  /** the browser has the worker running */
  workerStarted: number;
  /** the worker's first call of an extension API after the hello (the lens's injection) */
  firstApiCall: number;
  /** the lens (lens-session.js) evaluated in the page: its start */
  lens: number;
  /** the worker thread's CPU time (top-level tasks) from the hello to the first highlight */
  workerCpuMs: number;
}

interface Load {
  build: string;
  mode: Mode | 'plain';
  launch: number;
  round: number;
  /** 1-minute load average of the machine at the start of this load */
  loadAvg: number;
  /** navigation start → `load`, ms */
  loadMs: number;
  /** first highlight in the viewport after `load`, ms (NaN when none) */
  firstAfterLoadMs: number;
  breakdown?: Breakdown;
}

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'ServiceWorker',
  'extensions',
];

/** A browser-wide trace (a page's session traces only that page's processes, not the extension's). */
async function startBrowserTrace(session: CDPSession): Promise<{ stop(): Promise<TraceEvent[]> }> {
  const events: TraceEvent[] = [];
  const collect = (e: { value: object[] }) => events.push(...(e.value as TraceEvent[]));
  session.on('Tracing.dataCollected', collect);
  await session.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  return {
    async stop() {
      const complete = new Promise((resolve) => session.once('Tracing.tracingComplete', resolve));
      await session.send('Tracing.end');
      await complete;
      session.off('Tracing.dataCollected', collect);
      return events;
    },
  };
}

const isUrl = (e: TraceEvent, tail: string) => typeof e.args?.data?.url === 'string' && e.args.data.url.endsWith(tail);

/** The cold path's moments, from one load's trace; times relative to the page's `load`. */
function breakdown(events: TraceEvent[], url: string): Breakdown | undefined {
  const commit = events.find((e) => e.name === 'CommitLoad' && e.args?.data?.url === url);
  if (!commit) return undefined;
  const onPage = (e: TraceEvent) => e.pid === commit.pid && e.tid === commit.tid;
  const load = events.find((e) => e.name === 'MarkLoad' && onPage(e) && e.ts >= commit.ts)?.ts;
  const visible = events.find((e) => e.name === 'bench-first-visible' && e.pid === commit.pid && e.ts >= commit.ts)?.ts;
  if (load === undefined) return undefined;
  const at = (ts: number | undefined) => (ts === undefined ? NaN : (ts - load) / 1000);
  // (after the document's DOMContentLoaded, when the gate reads it: the page before it in the tab may have sent some)
  const ready = events.find((e) => e.name === 'MarkDOMContent' && onPage(e) && e.ts >= commit.ts)?.ts ?? commit.ts;
  const hello = events
    .filter((e) => e.pid === commit.pid && e.ts >= ready && e.name.startsWith('MainThreadIPCMessageSender::SendOpenMessageChannel'))
    .sort((a, b) => a.ts - b.ts)[0]?.ts;
  const threadName = new Map<string, string>();
  const processName = new Map<number, string>();
  for (const e of events) {
    if (e.ph !== 'M') continue;
    if (e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, String(e.args?.name));
    if (e.name === 'process_name') processName.set(e.pid, String(e.args?.name));
  }
  const evaluation = events.find((e) => e.name === 'EvaluateScript' && isUrl(e, '/background.js'));
  // the worker's thread: where background.js was evaluated, or the one thread named so (a warm load)
  const worker = evaluation
    ? { pid: evaluation.pid, tid: evaluation.tid }
    : [...threadName]
        .filter(([, name]) => name === 'ServiceWorker thread')
        .map(([key]) => key.split(':').map(Number))
        .map(([pid, tid]) => ({ pid, tid }))
        .find((t) => processName.get(t.pid) === 'Extension Renderer');
  const onWorker = (e: TraceEvent) => worker !== undefined && e.pid === worker.pid && e.tid === worker.tid;
  // (followed: the worker may have started before the hello, woken by the page before it)
  const since = (e: TraceEvent) =>
    e.ts >= Math.min(hello ?? Infinity, events.find((x) => x.name === 'ServiceWorkerVersion::StartWorkerRequested')?.ts ?? Infinity);
  const firstOf = (test: (e: TraceEvent) => boolean) => events.filter((e) => test(e) && since(e)).sort((a, b) => a.ts - b.ts)[0]?.ts;
  const processUp = worker ? firstOf((e) => e.pid === worker.pid && e.name === 'RendererMain.START_MSG_LOOP') : undefined;
  const workerCpu = events
    .filter((e) => onWorker(e) && e.name === 'RunTask' && e.ph === 'X' && since(e) && (visible === undefined || e.ts <= visible))
    .reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0);
  return {
    hello: at(hello),
    startRequested: at(events.filter((e) => e.name === 'ServiceWorkerVersion::StartWorkerRequested').sort((a, b) => a.ts - b.ts)[0]?.ts),
    processUp: at(processUp),
    evalStart: at(evaluation?.ts),
    evalMs: evaluation ? evaluation.dur! / 1000 : NaN,
    evalCpuMs: evaluation ? (evaluation.tdur ?? evaluation.dur!) / 1000 : NaN,
    workerStarted: at(firstOf((e) => e.name === 'ServiceWorkerVersion::StartWorkerFinished')),
    firstApiCall: at(firstOf((e) => e.name === 'ExtensionFunctionDispatcher::DispatchForServiceWorker')),
    lens: at(firstOf((e) => e.name === 'EvaluateScript' && isUrl(e, '/lens-session.js') && onPage(e))),
    workerCpuMs: workerCpu / 1000,
  };
}

/** A fresh tab with the page probe in every document it loads. */
async function newTab(context: BrowserContext, probe: string): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript({ content: probe });
  return page;
}

/** One load of `url` in `page` (a fresh tab, or one showing a page already); with `trace`, a browser-wide trace of it. */
async function loadOnce(
  context: BrowserContext,
  page: Page,
  url: string,
  o: { expectHighlight: boolean; trace?: CDPSession },
): Promise<Pick<Load, 'loadMs' | 'firstAfterLoadMs' | 'breakdown'>> {
  const recording = o.trace ? await startBrowserTrace(o.trace) : undefined;
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  const cdp = await context.newCDPSession(page);
  if (o.expectHighlight) await whenFirstVisible(cdp, 20_000);
  // the page's own first frames, and the lens's first slices, outside the next load
  await page.waitForTimeout(300);
  const events = await recording?.stop();
  const figures = await page.evaluate<{ loadMs: number; firstAfterLoadMs: number }>(`({
    loadMs: window.__bench.loadAt,
    firstAfterLoadMs: window.__bench.firstVisibleAt === null ? NaN : window.__bench.firstVisibleAt - window.__bench.loadAt,
  })`);
  await cdp.detach().catch(() => undefined);
  return { ...figures, breakdown: events && o.expectHighlight ? breakdown(events, url) : undefined };
}

interface Browser {
  label: string;
  context: BrowserContext;
  /** a page whose DevTools session can stop the browser's service workers */
  control: CDPSession;
  /** a browser-level session (traces every process) */
  browser: CDPSession;
  close(): Promise<void>;
}

/** Stops every service worker of the browser and waits until they are stopped and their process has gone. */
async function stopWorkers(b: Browser): Promise<void> {
  const stopped = new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 5_000);
    const check = (e: { versions: { runningStatus: string }[] }) => {
      if (e.versions.every((v) => v.runningStatus === 'stopped')) {
        clearTimeout(timer);
        b.control.off('ServiceWorker.workerVersionUpdated', check);
        resolve();
      }
    };
    b.control.on('ServiceWorker.workerVersionUpdated', check);
  });
  await b.control.send('ServiceWorker.stopAllWorkers');
  await stopped;
  // the extension's renderer process exits once its last worker has stopped
  await new Promise((resolve) => setTimeout(resolve, 1_000));
}

async function openBrowser(label: string, extensionDir: string | undefined): Promise<Browser> {
  let opened: { context: BrowserContext; close(): Promise<void> };
  if (extensionDir) {
    const { launch } = await import('../tests/e2e/harness');
    const h = await launch({ locale: 'ja-JP', extensionDir });
    await h.waitForSeed();
    opened = { context: h.context, close: () => h.close() };
  } else {
    opened = await launchPlain();
  }
  const { context } = opened;
  const page: Page = await context.newPage();
  const control = await context.newCDPSession(page);
  await control.send('ServiceWorker.enable');
  const browser = await context.browser()!.newBrowserCDPSession();
  return { label, context, control, browser, close: () => opened.close() };
}

function parseArgs(argv: string[]) {
  const flags = { rounds: 4, launches: 2, trace: true, modes: ['install', 'cold', 'followed', 'warm'] };
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--rounds') flags.rounds = Number(argv[++i]);
    else if (argv[i] === '--launches') flags.launches = Number(argv[++i]);
    else if (argv[i] === '--no-trace') flags.trace = false;
    else if (argv[i] === '--modes') flags.modes = argv[++i].split(',');
    else rest.push(argv[i]);
  }
  const [out, ...builds] = rest;
  if (!out || !builds.length)
    throw new Error(
      'usage: tsx bench/wake.ts [--rounds N] [--launches K] [--modes install,cold,followed,warm] [--no-trace] OUT.json LABEL=DIR…',
    );
  return { ...flags, out, builds: builds.map((b) => ({ label: b.split('=')[0], dir: b.slice(b.indexOf('=') + 1) })) };
}

const row = (loads: Load[], label: string, f: (l: Load) => number) => {
  const xs = loads.map(f).filter(Number.isFinite);
  return [label, ms(median(xs)), xs.length ? xs.map((x) => ms(x)).join(', ') : '–'];
};

function summary(loads: Load[], builds: string[]): string {
  const parts: string[] = [];
  const loadAvgs = loads.map((l) => l.loadAvg);
  parts.push(`machine load (1 min) during the run: ${Math.min(...loadAvgs).toFixed(1)}–${Math.max(...loadAvgs).toFixed(1)}`);
  const plain = loads.filter((l) => l.mode === 'plain');
  parts.push(`without the extension: navigation → load ${ms(median(plain.map((l) => l.loadMs)))} ms (median of ${plain.length})`);
  for (const build of builds) {
    const rows: string[][] = [];
    for (const mode of ['install', 'cold', 'followed', 'warm'] as const) {
      const these = loads.filter((l) => l.build === build && l.mode === mode);
      if (!these.length) continue;
      const b = (f: (x: Breakdown) => number) => (l: Load) => (l.breakdown ? f(l.breakdown) : NaN);
      rows.push(
        row(these, `${mode}: first highlight after load`, (l) => l.firstAfterLoadMs),
        row(these, `${mode}: navigation → load`, (l) => l.loadMs),
        row(
          these,
          `${mode}: hello after load`,
          b((x) => x.hello),
        ),
        row(
          these,
          `${mode}: hello → worker start asked`,
          b((x) => x.startRequested - x.hello),
        ),
        row(
          these,
          `${mode}: hello → extension process up`,
          b((x) => x.processUp - x.hello),
        ),
        row(
          these,
          `${mode}: hello → background.js evaluated (start)`,
          b((x) => x.evalStart - x.hello),
        ),
        row(
          these,
          `${mode}: background.js evaluation, wall`,
          b((x) => x.evalMs),
        ),
        row(
          these,
          `${mode}: background.js evaluation, CPU`,
          b((x) => x.evalCpuMs),
        ),
        row(
          these,
          `${mode}: hello → worker started`,
          b((x) => x.workerStarted - x.hello),
        ),
        row(
          these,
          `${mode}: hello → worker's first API call`,
          b((x) => x.firstApiCall - x.hello),
        ),
        row(
          these,
          `${mode}: hello → lens evaluated in the page`,
          b((x) => x.lens - x.hello),
        ),
        row(these, `${mode}: hello → first highlight`, (l) => (l.breakdown ? l.firstAfterLoadMs - l.breakdown.hello : NaN)),
        row(
          these,
          `${mode}: worker thread CPU, hello → first highlight`,
          b((x) => x.workerCpuMs),
        ),
      );
    }
    parts.push(
      `\n### ${build}\n\n${table(
        ['ms', 'median', 'loads'],
        rows.filter((r) => r[1] !== '–'),
      )}`,
    );
  }
  return parts.join('\n');
}

if (import.meta.filename === process.argv[1]) {
  const args = parseArgs(process.argv.slice(2));
  const corpus = JSON.parse(readFileSync(join(args.builds[0].dir, 'corpus.json'), 'utf8')) as Corpus;
  const pagesDir = join(import.meta.dirname, 'out/lean-pages');
  const pages = writeLeanPages(pagesDir, corpus);
  const probe = readFileSync(join(import.meta.dirname, 'page-probe.js'), 'utf8');
  const server = await startMultiServer(pagesDir, 0);
  const url = server.url(pages.article);
  const loads: Load[] = [];
  try {
    for (let launch = 0; launch < args.launches; launch++) {
      const plain = await openBrowser('plain', undefined);
      const browsers: Browser[] = [];
      for (const b of args.builds) browsers.push(await openBrowser(b.label, b.dir));
      // alternate which build goes first
      const order = (k: number) => (k % 2 ? [...browsers].reverse() : browsers);
      const measure = async (b: Browser, mode: Mode | 'plain', round: number) => {
        if (mode !== 'plain' && !args.modes.includes(mode)) return;
        const loadAvg = loadavg()[0];
        const page = await newTab(b.context, probe);
        let target = url;
        if (mode === 'followed') {
          await loadOnce(b.context, page, url, { expectHighlight: true });
          target = `${url}?followed=${launch}-${round}`;
        }
        if (mode === 'cold' || mode === 'followed') await stopWorkers(b);
        const figures = await loadOnce(b.context, page, target, {
          expectHighlight: mode !== 'plain',
          trace: args.trace && mode !== 'plain' ? b.browser : undefined,
        });
        await page.close();
        loads.push({ build: b.label, mode, launch, round, loadAvg, ...figures });
        console.log(
          `${b.label} ${mode} (launch ${launch}, round ${round}, load ${loadAvg.toFixed(1)}): first highlight ${ms(figures.firstAfterLoadMs)} ms after load`,
        );
      };
      try {
        for (const b of order(launch)) await measure(b, 'install', -1);
        for (let round = 0; round < args.rounds; round++) {
          for (const b of order(round + launch)) {
            await measure(b, 'cold', round);
            await measure(b, 'followed', round);
            await measure(b, 'warm', round);
          }
          await measure(plain, 'plain', round);
        }
      } finally {
        for (const b of browsers) await b.close();
        await plain.close();
      }
    }
  } finally {
    await server.close();
  }
  writeFileSync(args.out, JSON.stringify(loads, null, 1));
  console.log(
    summary(
      loads,
      args.builds.map((b) => b.label),
    ),
  );
}
