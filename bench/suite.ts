import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import type { Corpus } from '../lib/corpus/types';
import type { CompiledPatterns } from '../lib/recognize/compile';
import { launch } from '../tests/e2e/harness';
import { startFixtureServer } from '../tests/e2e/server';
import { launchPlain } from './browsers';
import { controlRun, extensionRun, type HighlightRun, markjsRun } from './highlight';
import { installRun, sizes, tabHeapMb } from './install';
import { leanTable, measureLean } from './lean';
import { extensionMutationRun, markjsMutationRun, type MutationRun } from './mutation';
import { writeHighlightPages, writeMutationPages } from './pages';
import { type PopoverSample, popoverSamples } from './popover';
import { DEBOUNCE_MS, measureSearch, type SearchResult } from './search-latency';
import { SETTLE_MS } from '../entrypoints/content/hover';
import { median, ms, percentile, ratio, signed, table } from './stats';

/**
 * The whole benchmark, run by bench/run.ts against a copy of the build. Each part prints its table as soon as it is
 * measured; all of them go into bench/RESULTS.md with the date and the machine.
 */

export interface SearchPartOptions {
  extensionDir: string;
  /** remarks in the bundled corpus */
  remarks: number;
  /** the same build with its corpus made `factor` times larger (bench/gen-corpus.ts) */
  enlarged: { factor: number; dir: string; remarks: number }[];
  /** measures search in the build at `dir` in a separate process (the harness binds to one extension per process) */
  searchIn(dir: string): SearchResult;
}

export interface SuiteOptions extends SearchPartOptions {
  patternsFile: string;
  outDir: string;
  resultsFile: string;
}

const HIGHLIGHT_RUNS = 5;
const CONTROL_RUNS = 3;
const MUTATION_RUNS = 3;
const INSTALL_RUNS = 3;
const LEAN_RUNS = 5;
const FRAME_MS = 1000 / 60;

const sections: string[] = [];
function emit(text: string): void {
  console.log(`\n${text}`);
  sections.push(text);
}

const med = <T>(runs: T[], key: (r: T) => number) => median(runs.map(key));

export async function runSuite(o: SuiteOptions): Promise<void> {
  const started = Date.now();
  const corpus = JSON.parse(readFileSync(join(o.extensionDir, 'corpus.json'), 'utf8')) as Corpus;
  const compiled = JSON.parse(readFileSync(o.patternsFile, 'utf8')) as CompiledPatterns;
  const pagesDir = join(o.outDir, 'pages');
  const pages = writeHighlightPages(pagesDir, corpus, compiled);
  const mutating = writeMutationPages(pagesDir, corpus, compiled);
  const probe = readFileSync(join(import.meta.dirname, 'page-probe.js'), 'utf8');
  const server = await startFixtureServer(pagesDir);

  const ext: HighlightRun[] = [];
  const extMutation: MutationRun[] = [];
  let textNodes: number;
  let popover: Record<'small' | 'news', PopoverSample[]>;
  const heap = { small: { ext: NaN, plain: NaN } };
  let chromiumVersion: string;
  const h = await launch({ locale: 'ja-JP' });
  try {
    await h.waitForSeed();
    chromiumVersion = h.context.browser()?.version() ?? '';
    const controller = await h.openExtensionPage('popup.html');
    for (let i = 0; i < HIGHLIGHT_RUNS; i++) ext.push(await extensionRun(h, server.url(pages.news), probe, controller));
    const counter = await h.context.newPage();
    await counter.goto(server.url(pages.news));
    textNodes = await counter.evaluate(
      `(() => { const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT); let n = 0; while (w.nextNode()) n++; return n; })()`,
    );
    await counter.close();
    popover = {
      small: await popoverSamples(h.context, server.url(pages.small), probe),
      news: await popoverSamples(h.context, server.url(pages.news), probe),
    };
    for (let i = 0; i < MUTATION_RUNS; i++) extMutation.push(await extensionMutationRun(h.context, server.url(mutating.plain), probe));
    heap.small.ext = await tabHeapMb(h.context, server.url(pages.small), true);
  } finally {
    await h.close();
  }

  const markjs: HighlightRun[] = [];
  const control: Awaited<ReturnType<typeof controlRun>>[] = [];
  const markjsMutation: MutationRun[] = [];
  const plain = await launchPlain();
  try {
    chromiumVersion ||= await versionOf(plain.context);
    for (let i = 0; i < CONTROL_RUNS; i++) control.push(await controlRun(plain.context, server.url(pages.news), probe));
    for (let i = 0; i < HIGHLIGHT_RUNS; i++) markjs.push(await markjsRun(plain.context, server.url(pages.newsMarkjs), probe));
    for (let i = 0; i < MUTATION_RUNS; i++) markjsMutation.push(await markjsMutationRun(plain.context, server.url(mutating.markjs), probe));
    heap.small.plain = await tabHeapMb(plain.context, server.url(pages.small), false);
  } finally {
    await plain.close();
    await server.close();
  }

  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
  emit(
    [
      `## (a) Highlighting a ${mb(pages.bytes)} news-like page`,
      '',
      `${textNodes.toLocaleString('en')} text nodes; the extension marks ${med(ext, (r) => r.mentions)} mentions, mark.js ${med(markjs, (r) => r.mentions)} matches with the same ${compiled.patterns.length.toLocaleString('en')} patterns. Medians of ${HIGHLIGHT_RUNS} page loads each (the page alone: ${CONTROL_RUNS}). Times after the page committed include the page's own parsing and layout.`,
      '',
      table(
        ['', 'extension', 'mark.js', 'extension ÷ mark.js'],
        [
          row('highlighter starts, ms after commit', ext, markjs, (r) => r.startMs),
          row('first highlight in the viewport, ms after commit', ext, markjs, (r) => r.firstVisibleMs),
          row('first full pass, wall ms', ext, markjs, (r) => r.passMs),
          row('main-thread ms running highlighter code', ext, markjs, (r) => r.scriptMs),
          row('tasks running highlighter code', ext, markjs, (r) => r.tasks),
          row('longest such task, ms', ext, markjs, (r) => r.longestTaskMs),
          row('most highlighter time within one task, ms', ext, markjs, (r) => r.mostInOneTaskMs),
          row('… of which evaluating the script file, ms', ext, markjs, (r) => r.evaluateMs),
          row(
            `page main thread busy, commit → pass done, ms (page alone: ${ms(med(control, (r) => r.threadBusyMs))})`,
            ext,
            markjs,
            (r) => r.threadBusyMs,
          ),
          row(
            `longest task on the page, ms (page alone: ${ms(med(control, (r) => r.threadLongestMs))})`,
            ext,
            markjs,
            (r) => r.threadLongestMs,
          ),
          row('clear every highlight: switch/unmark → frame without them, ms', ext, markjs, (r) => r.clearMs),
          row('main-thread ms to clear', ext, markjs, (r) => r.clearScriptMs),
          row('longest task while clearing, ms', ext, markjs, (r) => r.clearLongestTaskMs),
          row(`JS heap of the tab, MB (page alone: ${med(control, (r) => r.heapMb).toFixed(1)})`, ext, markjs, (r) => r.heapMb),
        ],
      ),
    ].join('\n'),
  );

  emit(
    [
      '## (b) A page that keeps changing for 10 s',
      '',
      `A live feed gets a paragraph every 100 ms (the oldest beyond 200 removed) and a ticker's text changes every 50 ms; from the first change to 1 s after the last. Medians of ${MUTATION_RUNS} runs. The baseline is mark.js behind a MutationObserver.`,
      '',
      table(
        ['', 'extension', 'mark.js + MutationObserver', 'extension ÷ mark.js'],
        [
          row('main-thread ms running highlighter code', extMutation, markjsMutation, (r) => r.scriptMs),
          row('share of the wall time, %', extMutation, markjsMutation, (r) => r.share * 100),
          row('tasks running highlighter code', extMutation, markjsMutation, (r) => r.tasks),
          row('longest such task, ms', extMutation, markjsMutation, (r) => r.longestTaskMs),
          row("the page's own script, ms (for scale)", extMutation, markjsMutation, (r) => r.pageScriptMs),
          row('page main thread busy, ms', extMutation, markjsMutation, (r) => r.threadBusyMs),
          row('highlights on the page at the end', extMutation, markjsMutation, (r) => r.highlights),
        ],
      ),
    ].join('\n'),
  );

  const popoverRows = (label: string, samples: PopoverSample[]) => {
    const shown = samples.map((s) => s.shownMs);
    const loaded = samples.map((s) => s.loadedMs);
    const line = (what: string, xs: number[]) => [
      `${label}: ${what}`,
      ms(percentile(xs, 50)),
      ms(percentile(xs, 95)),
      ratio(percentile(xs, 50), FRAME_MS),
      ratio(percentile(xs, 95), FRAME_MS),
    ];
    return [line('popover shown', shown), line('cards shown', loaded)];
  };
  emit(
    [
      '## (c) Popover: hover settled → popover on screen',
      '',
      `${popover.small.length} hovers on the 40 kB article page and ${popover.news.length} on the 1 MB page (mentions on four screenfuls of each). From the moment the pointer has rested ${SETTLE_MS} ms (the extension's settle delay) to the frame that shows the popover, and to the frame that shows its cards (details come from the background's database). One frame is ${FRAME_MS.toFixed(1)} ms; figures are quantised to frames.`,
      '',
      table(
        ['', 'p50 ms', 'p95 ms', 'p50 in frames', 'p95 in frames'],
        [...popoverRows('40 kB page', popover.small), ...popoverRows('1 MB page', popover.news)],
      ),
    ].join('\n'),
  );

  emit(await searchPart(o));

  const installs = [];
  for (let i = 0; i < INSTALL_RUNS; i++) installs.push(await installRun(() => launch({ locale: 'ja-JP' })));
  const size = sizes(o.extensionDir);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;
  emit(
    [
      '## (e) Install and footprint',
      '',
      table(
        ['', 'median', 'runs'],
        [
          ['browser start → service worker up, ms', ms(med(installs, (r) => r.workerMs)), installs.map((r) => r.workerMs).join(', ')],
          [
            'browser start (extension installs) → corpus seeded in IndexedDB, ms',
            ms(med(installs, (r) => r.seededMs)),
            installs.map((r) => r.seededMs).join(', '),
          ],
          ['… of which the seed itself, ms', ms(med(installs, (r) => r.seedMs)), installs.map((r) => r.seedMs).join(', ')],
        ],
      ),
      '',
      table(
        ['', 'size'],
        [
          ['content script (loaded into every page and frame)', `${kb(size.contentScript.bytes)} (${kb(size.contentScript.gzip)} gzipped)`],
          ['background service worker', `${kb(size.background.bytes)} (${kb(size.background.gzip)} gzipped)`],
          ['bundled corpus', kb(size.corpusBytes)],
          ['kuromoji dictionary', kb(size.dictBytes)],
          ['whole unpacked extension', kb(size.packageBytes)],
        ],
      ),
      '',
      table(
        ['JS heap of the tab, MB', 'with the extension', 'without', 'with ÷ without'],
        [
          ['40 kB article page', heap.small.ext.toFixed(2), heap.small.plain.toFixed(2), ratio(heap.small.ext, heap.small.plain)],
          [
            `${mb(pages.bytes)} news page`,
            med(ext, (r) => r.heapMb).toFixed(2),
            med(control, (r) => r.heapMb).toFixed(2),
            ratio(
              med(ext, (r) => r.heapMb),
              med(control, (r) => r.heapMb),
            ),
          ],
        ],
      ),
    ].join('\n'),
  );

  {
    const h = await launch({ locale: 'ja-JP' });
    const plain = await launchPlain();
    try {
      await h.waitForSeed();
      const lean = await measureLean({
        extension: h.context,
        plain: plain.context,
        extensionDir: o.extensionDir,
        pagesDir: join(o.outDir, 'lean-pages'),
        runs: LEAN_RUNS,
      });
      emit(leanTable(lean));
    } finally {
      await h.close();
      await plain.close();
    }
  }

  const cpu = cpus();
  const header = [
    '# Benchmark results',
    '',
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC by \`npm run bench\` (bench/run.ts) in ${((Date.now() - started) / 60000).toFixed(1)} min.`,
    '',
    `Machine: ${cpu.length} CPUs (nproc), ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 1024 ** 3).toFixed(0)} GB RAM; Chromium ${chromiumVersion} headless; Node ${process.versions.node}. The machine was shared with other work while measuring, so single figures move by 10–30 % between runs; ratios measured in the same run move less.`,
    '',
    'How: every page load is traced (Chromium trace with CPU samples). Main-thread time "running highlighter code" adds up the CPU samples whose JavaScript stack contains the highlighter\'s script (the content script, or mark.js and its driver); a task "runs highlighter code" when such a sample falls inside it. The baseline (mark.js 8.11.1, `markRegExp` with the extension\'s own pattern list as one alternation, longest first, case-insensitive) runs in the same Chromium with the same flags but without the extension, on the same page.',
  ].join('\n');
  writeFileSync(o.resultsFile, `${header}\n\n${[...sections, ...keptSections(o.resultsFile)].join('\n\n')}\n`);
  console.log(`\nwritten to ${o.resultsFile}`);
}

/** Part (d): search in the side panel on the bundled corpus and on each enlarged one. */
export async function searchPart(o: SearchPartOptions): Promise<string> {
  const loadAtStart = loadavg()[0];
  const runs = [await measureSearch(o.extensionDir), ...o.enlarged.map((e) => o.searchIn(e.dir))];
  const loadAtEnd = loadavg()[0];
  const all = (r: SearchResult, key: 'search' | 'screen') => r.queries.flatMap((q) => q[key]);
  const line = (label: string, cell: (r: SearchResult) => string) => [label, ...runs.map(cell)];
  const memory = (r: SearchResult, mb: number) => `${mb.toFixed(0)} (${signed(mb - r.memoryMb.opened)})`;
  const first = runs[0];
  return [
    '## (d) Search in the side panel',
    '',
    `${first.queries.length} queries × ${first.queries[0]?.search.length ?? 0} runs each, typed into the real side panel, a fresh browser per corpus. "search" is the panel's own measure from the query committed to results computed (the query is analysed against the corpus's own vocabulary; the panel loads no kuromoji); "on screen" is from the input event to the frame showing the results, the ${DEBOUNCE_MS} ms input debounce included. The panel is first opened while the background is still seeding the database, and opened three more times once it is seeded (the stored index read back). Memory is the resident size of the extension's renderer process, which holds the panel and the service worker; in brackets, the change since the panel first showed results. The larger corpora are bench/gen-corpus.ts (${o.enlarged.map((e) => `×${e.factor}: ${e.remarks.toLocaleString('en')} remarks`).join(', ')}; the corpus has ${o.remarks.toLocaleString('en')}). Load average (1 min): ${loadAtStart.toFixed(1)} at the start, ${loadAtEnd.toFixed(1)} at the end.`,
    '',
    table(
      ['', 'corpus', ...o.enlarged.map((e) => `×${e.factor}`)],
      [
        line('search p50, ms', (r) => ms(percentile(all(r, 'search'), 50))),
        line('search p95, ms', (r) => ms(percentile(all(r, 'search'), 95))),
        line('results on screen p95, ms', (r) => ms(percentile(all(r, 'screen'), 95))),
        line(`… after the ${DEBOUNCE_MS} ms debounce, ms`, (r) => ms(percentile(all(r, 'screen'), 95) - DEBOUNCE_MS)),
        line('first open → first results, ms', (r) => ms(r.openMs)),
        line('reopen once seeded → search box answering, ms', (r) => r.reopenMs.map(ms).join(', ')),
        line('extension renderer, panel first open, MB RSS', (r) => r.memoryMb.opened.toFixed(0)),
        line('… after the queries, MB RSS', (r) => memory(r, r.memoryMb.searched)),
        line('… with the panel reopened a third time, MB RSS', (r) => memory(r, r.memoryMb.reopened)),
        line('typing key by key: tasks over 50 ms (longest, ms)', (r) =>
          r.stutter.over50 ? `${r.stutter.over50} (${ms(r.stutter.longest)})` : '0',
        ),
      ],
    ),
    '',
    table(
      ['query', 'results', 'search median, ms', ...o.enlarged.flatMap((e) => [`results ×${e.factor}`, `median ×${e.factor}, ms`])],
      first.queries.map((q, i) => [
        q.query,
        q.results,
        ms(median(q.search)),
        ...runs.slice(1).flatMap((r) => [r.queries[i]?.results ?? '–', ms(median(r.queries[i]?.search ?? []))]),
      ]),
    ),
  ].join('\n');
}

/** Sections of the old RESULTS.md that another script writes and marks to be kept (e.g. (g), bench/import-timing.ts). */
function keptSections(file: string): string[] {
  let old: string;
  try {
    old = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  return old
    .split(/\n(?=## )/)
    .filter((s) => s.startsWith('## ') && s.includes('npm run bench keeps it'))
    .map((s) => s.trimEnd());
}

function row<T>(label: string, a: T[], b: T[], key: (r: T) => number): string[] {
  const x = med(a, key);
  const y = med(b, key);
  return [label, ms(x), ms(y), ratio(x, y)];
}

async function versionOf(context: BrowserContext): Promise<string> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const { product } = await cdp.send('Browser.getVersion');
  await page.close();
  return product.replace(/^HeadlessChrome\//, '');
}
