/**
 * A CPU profile, a sampling heap profile or a trace of the side panel while it runs the latency benchmark's queries
 * (bench/search-queries.ts; each after clearing the box, as bench/search-latency.ts times them), for finding where the
 * panel's time goes beyond search() itself: garbage collection, rendering, layout. Writes the profile (open it in
 * Chromium's DevTools) and prints the busiest functions, garbage collection and the load average.
 *
 *   tsx bench/panel-profile.ts EXTENSION_DIR OUT.json [cpu|heap|trace] [ROUNDS]
 *
 * EXTENSION_DIR is a built extension, e.g. bench/out/ext-100x after `SEARCH_BENCH_ONLY=×100 tsx bench/search-latency.ts`.
 * The profile starts once the panel answers and the first query has run, while the database may still be seeding (as
 * in the latency benchmark).
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { timeQuery } from './search-latency';
import { SEARCH_QUERIES } from './search-queries';

const [dir, out, mode = 'cpu', rounds = '3'] = process.argv.slice(2);
if (!dir || !out || !['cpu', 'heap', 'trace'].includes(mode))
  throw new Error('usage: tsx bench/panel-profile.ts EXTENSION_DIR OUT.json [cpu|heap|trace] [ROUNDS]');
process.env.MINUTES_LENS_EXTENSION = dir;
const { launch } = await import('../tests/e2e/harness');

/** The parts of DevTools' CPU and sampling heap profiles read here. */
interface Frame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface CpuProfile {
  nodes: { id: number; callFrame: Frame }[];
  samples: number[];
  timeDeltas: number[];
}
interface HeapNode {
  callFrame: Frame;
  selfSize: number;
  children: HeapNode[];
}
interface HeapProfile {
  head: HeapNode;
}

/** Self time (CPU profile, ms) or bytes allocated (heap profile, MB) by function, the largest first. */
function summary(profile: CpuProfile | HeapProfile): [string, number][] {
  const by = new Map<string, number>();
  const add = (frame: Frame, amount: number) => {
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}:${frame.columnNumber}`;
    by.set(key, (by.get(key) ?? 0) + amount);
  };
  // Told apart by the head: both carry `samples` (the heap profile lists its sampled allocations there).
  if ('head' in profile) {
    const walk = (n: HeapNode) => {
      add(n.callFrame, n.selfSize / 1e6);
      n.children.forEach(walk);
    };
    walk(profile.head);
  } else {
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => add(nodes.get(id)!.callFrame, (profile.timeDeltas[i + 1] ?? 0) / 1000));
  }
  return [...by].sort((a, b) => b[1] - a[1]);
}

const h = await launch({ locale: 'ja-JP' });
try {
  const page = await h.openSidePanel();
  await page.locator('.ml-result-count').waitFor({ timeout: 300_000 });
  await timeQuery(page, SEARCH_QUERIES[0]);
  const cdp = await page.context().newCDPSession(page);
  const events: unknown[] = [];
  if (mode === 'trace') {
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
    const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing', 'toplevel'];
    await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: categories } });
  } else if (mode === 'cpu') {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  } else {
    await cdp.send('HeapProfiler.enable');
    // Objects already collected count too: what matters here is how much a search allocates, not what it keeps.
    await cdp.send('HeapProfiler.startSampling', {
      samplingInterval: 1024,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
  }
  const load = loadavg()[0];
  const search: number[] = [];
  for (let r = 0; r < Number(rounds); r++) {
    for (const query of SEARCH_QUERIES) {
      await timeQuery(page, '');
      search.push((await timeQuery(page, query)).search);
    }
  }
  let top: [string, number][] = [];
  if (mode === 'trace') {
    const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
    await cdp.send('Tracing.end');
    await done;
    writeFileSync(out, JSON.stringify(events));
  } else {
    const { profile } = mode === 'cpu' ? await cdp.send('Profiler.stop') : await cdp.send('HeapProfiler.stopSampling');
    writeFileSync(out, JSON.stringify(profile));
    top = summary(profile as CpuProfile | HeapProfile);
  }
  search.sort((a, b) => a - b);
  console.log(
    `${search.length} searches, load ${load.toFixed(2)} → ${loadavg()[0].toFixed(2)}; search median ${search[search.length >> 1].toFixed(1)} ms`,
  );
  const unit = mode === 'cpu' ? 'ms' : 'MB';
  console.log(`total ${top.reduce((s, [, v]) => s + v, 0).toFixed(1)} ${unit}`);
  for (const [key, value] of top.slice(0, 25)) console.log(`${value.toFixed(1).padStart(8)} ${unit}  ${key}`);
} finally {
  await h.close();
}
