/**
 * `tsx bench/bigpage.ts EXTENSION_DIR [RUNS] [OUT.json]`: the 1 MB page alone, for a quick before/after without the
 * whole suite: part (a) with the extension and with mark.js (RUNS page loads each, alternating browsers is not needed
 * as both run in this one process, one after the other), and part (c)'s hovers on the 1 MB page. Prints the medians
 * and the load average at the start and the end; writes every run to OUT.json when given. The popover's figures: from
 * the settle to its first animation frame (popoverP*), and to the end of that frame's rendering (popoverPainted*); the
 * first hover also loads the popover's UI.
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { launchPlain } from './browsers';
import { type HighlightRun, extensionRun, markjsRun } from './highlight';
import { type PopoverSample, popoverSamples } from './popover';
import { median, percentile } from './stats';
import { oneBuild } from './one-build';

const [extensionDir, runsArg, outFile] = process.argv.slice(2);
const RUNS = Number(runsArg ?? 5);
const { launch, pages, probe, server } = await oneBuild(extensionDir, 'bigpage-pages');
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
const loadStart = load();

const ext: HighlightRun[] = [];
const markjs: HighlightRun[] = [];
let hovers: PopoverSample[];
const h = await launch({ locale: 'ja-JP', extensionDir });
try {
  await h.waitForSeed();
  const controller = await h.openExtensionPage('popup.html');
  for (let i = 0; i < RUNS; i++) ext.push(await extensionRun(h, server.url(pages.news), probe, controller));
  hovers = await popoverSamples(h.context, server.url(pages.news), probe);
} finally {
  await h.close();
}
const plain = await launchPlain();
try {
  for (let i = 0; i < RUNS; i++) markjs.push(await markjsRun(plain.context, server.url(pages.newsMarkjs), probe));
} finally {
  await plain.close();
  await server.close();
}
const loadEnd = load();

const med = (runs: HighlightRun[], key: Exclude<keyof HighlightRun, 'byFile'>) => median(runs.map((r) => r[key]));
const shown = hovers.map((s) => s.shownMs);
const painted = hovers.map((s) => s.paintedMs);
const loaded = hovers.map((s) => s.loadedMs);
const FRAME = 1000 / 60;
const summary = {
  loadStart,
  loadEnd,
  runs: RUNS,
  mentions: med(ext, 'mentions'),
  markjsMarks: med(markjs, 'mentions'),
  extScriptMs: med(ext, 'scriptMs'),
  markjsScriptMs: med(markjs, 'scriptMs'),
  ratio: med(ext, 'scriptMs') / med(markjs, 'scriptMs'),
  extLongestTaskMs: med(ext, 'longestTaskMs'),
  extLongestTaskMaxMs: Math.max(...ext.map((r) => r.longestTaskMs)),
  extTasks: med(ext, 'tasks'),
  extMostInOneTaskMs: med(ext, 'mostInOneTaskMs'),
  extMostInOneTaskMaxMs: Math.max(...ext.map((r) => r.mostInOneTaskMs)),
  markjsMostInOneTaskMs: med(markjs, 'mostInOneTaskMs'),
  extFirstVisibleMs: med(ext, 'firstVisibleMs'),
  markjsFirstVisibleMs: med(markjs, 'firstVisibleMs'),
  extPassMs: med(ext, 'passMs'),
  extEvaluateMs: med(ext, 'evaluateMs'),
  extClearMs: med(ext, 'clearMs'),
  extHeapMb: med(ext, 'heapMb'),
  popoverP50Ms: percentile(shown, 50),
  popoverP95Ms: percentile(shown, 95),
  popoverP95Frames: percentile(shown, 95) / FRAME,
  popoverPaintedP50Ms: percentile(painted, 50),
  popoverPaintedP95Ms: percentile(painted, 95),
  popoverPaintedP95Frames: percentile(painted, 95) / FRAME,
  popoverFirstHoverPaintedMs: painted[0],
  cardsP50Ms: percentile(loaded, 50),
  cardsP95Ms: percentile(loaded, 95),
  hovers: shown.length,
};
console.log(JSON.stringify(summary, null, 2));
console.log(
  'ext scriptMs per run',
  ext.map((r) => r.scriptMs.toFixed(0)).join(' '),
  '| longest',
  ext.map((r) => r.longestTaskMs.toFixed(1)).join(' '),
);
console.log(
  'ext scriptMs by file per run (gate/lens/popover)',
  ext
    .map((r) =>
      Object.values(r.byFile ?? {})
        .map((v) => v.toFixed(0))
        .join('/'),
    )
    .join(' '),
);
console.log('markjs scriptMs per run', markjs.map((r) => r.scriptMs.toFixed(0)).join(' '));
if (outFile) writeFileSync(outFile, JSON.stringify({ summary, ext, markjs, hovers }, null, 2));
