/**
 * `tsx bench/trace-tasks.ts EXTENSION_DIR [hover]`: loads the 1 MB page once with the extension, traced, and prints
 * every main-thread task over 16 ms that ran content-script code, with what filled it (trace events by name, the
 * content script's hottest functions). The page is loaded once untraced first (TRACE_COLD=1: not). With `hover`, it also hovers mentions and prints the tasks between each settle
 * and the popover's frame. A tool for finding where the time goes; asserts nothing.
 */
import { SETTLE_MS } from '../entrypoints/content/hover';
import { consoleMessage } from './browsers';
import { startTrace, type Trace } from './trace';
import { oneBuild } from './one-build';

const [extensionDir, mode] = process.argv.slice(2);
const { launch, pages, probe, server } = await oneBuild(extensionDir, 'bigpage-pages');
const isContent = (u: string) => u.startsWith('chrome-extension://');

function report(trace: Trace, url: string, from: number, to: number, minMs: number, label: string): void {
  const thread = trace.mainThreadOf(url);
  const { samples, involves } = trace.samples(thread);
  const nodes = new Map<number, { callFrame: { url: string; functionName: string; lineNumber?: number } }>();
  for (const e of trace.events) {
    if (e.name !== 'ProfileChunk' || e.pid !== thread.pid) continue;
    const data = e.args!.data as { cpuProfile?: { nodes?: { id: number; callFrame: { url: string; functionName: string } }[] } };
    for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
  }
  const tasks = trace.tasks(thread).filter((t) => t.ts >= from && t.ts <= to && t.dur / 1000 >= minMs);
  for (const task of tasks) {
    const inside = samples.filter((s) => s.ts >= task.ts && s.ts <= task.ts + task.dur);
    const ext = inside.filter((s) => involves(s, isContent));
    const byName = new Map<string, number>();
    for (const e of trace.events) {
      if (e.pid !== thread.pid || e.tid !== thread.tid || e.ph !== 'X' || e.dur === undefined || e.name === 'RunTask') continue;
      if (e.ts < task.ts || e.ts > task.ts + task.dur) continue;
      byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
    }
    const fns = new Map<string, number>();
    for (const s of inside) {
      const n = nodes.get(s.node);
      const key = n ? `${n.callFrame.functionName || '(anon)'}@${(n.callFrame.url ?? '').split('/').pop()}` : '?';
      fns.set(key, (fns.get(key) ?? 0) + s.span / 1000);
    }
    const top = (m: Map<string, number>, k: number) =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, k)
        .map(([n, v]) => `${n} ${v.toFixed(1)}`)
        .join(', ');
    console.log(
      `${label} task at +${((task.ts - from) / 1000).toFixed(0)} ms: ${(task.dur / 1000).toFixed(1)} ms, content script ${ext.reduce((a, s) => a + s.span, 0) / 1000} ms`,
    );
    console.log(`   events: ${top(byName, 8)}`);
    console.log(`   self: ${top(fns, 8)}`);
  }
}

/** Self time of every function in samples whose stack holds the content script, over the whole trace. */
function selfTimes(trace: Trace, url: string): void {
  const thread = trace.mainThreadOf(url);
  const { samples, involves } = trace.samples(thread);
  const nodes = new Map<number, { callFrame: { url: string; functionName: string; lineNumber?: number; columnNumber?: number } }>();
  for (const e of trace.events) {
    if (e.name !== 'ProfileChunk' || e.pid !== thread.pid) continue;
    const data = e.args!.data as { cpuProfile?: { nodes?: { id: number; callFrame: { url: string; functionName: string } }[] } };
    for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
  }
  const fns = new Map<string, number>();
  // sample counts too: unlike the spans, they do not grow when a busy machine pauses the thread mid-sample
  const counts = new Map<string, number>();
  const isLens = (u: string) => u.endsWith('/lens-session.js');
  let total = 0;
  let count = 0;
  let lens = 0;
  for (const s of samples) {
    if (!involves(s, isContent)) continue;
    const n = nodes.get(s.node);
    const key = n
      ? `${n.callFrame.functionName || '(anon)'}@${(n.callFrame.url ?? '').split('/').pop()}:${n.callFrame.lineNumber ?? ''}:${n.callFrame.columnNumber ?? ''}`
      : '?';
    fns.set(key, (fns.get(key) ?? 0) + s.span / 1000);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    total += s.span / 1000;
    count++;
    if (involves(s, isLens)) lens++;
  }
  console.log(`content script samples: ${total.toFixed(0)} ms, ${count} samples (${lens} with lens-session.js on the stack)`);
  for (const [k, v] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  ${v.toFixed(1)} ms ${counts.get(k)}  ${k}`);
}

/**
 * Style recalculation inside the tasks that ran extension code (elements restyled: a count that does not depend on how
 * busy the machine is), and the most extension time in one task.
 */
function restyles(trace: Trace, url: string, elementCount: number): void {
  const thread = trace.mainThreadOf(url);
  const { samples, involves } = trace.samples(thread);
  const ext = samples.filter((s) => involves(s, isContent));
  let elements = 0;
  let most = 0;
  let over16 = 0;
  const biggest: number[] = [];
  for (const task of trace.tasks(thread)) {
    const mine = ext.filter((s) => s.ts >= task.ts && s.ts <= task.ts + task.dur).reduce((a, s) => a + s.span / 1000, 0);
    if (mine === 0) continue;
    most = Math.max(most, mine);
    if (mine > 16) over16++;
    let inTask = 0;
    for (const e of trace.events) {
      if (e.pid !== thread.pid || e.tid !== thread.tid || e.name !== 'UpdateLayoutTree' || e.ts < task.ts || e.ts > task.ts + task.dur)
        continue;
      inTask += Number((e.args as { elementCount?: number } | undefined)?.elementCount ?? 0);
    }
    elements += inTask;
    if (inTask) biggest.push(inTask);
  }
  biggest.sort((a, b) => b - a);
  // the whole load: every restyle, whoever's task it is in (a sheet adopted late restyles the page in its next frame)
  const all = trace.events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.name === 'UpdateLayoutTree' && e.ts >= thread.committedAt)
    .map((e) => Number((e.args as { elementCount?: number } | undefined)?.elementCount ?? 0));
  console.log(
    `elements restyled over the whole load: ${all.reduce((a, n) => a + n, 0)} in ${all.length} recalcs, largest ${[...all]
      .sort((a, b) => b - a)
      .slice(0, 3)
      .join(', ')}; elements in the page ${elementCount}`,
  );
  console.log(
    `tasks with extension code: most extension time in one ${most.toFixed(1)} ms, ${over16} with over 16 ms; ` +
      `elements restyled inside them ${elements} (largest ${biggest.slice(0, 3).join(', ')})`,
  );
}

const h = await launch({ locale: 'ja-JP', extensionDir });
try {
  await h.waitForSeed();
  // One load first, untraced: the traced one then meets a background that has answered a page before (the first
  // answer after the seed can take seconds, and a sheet adopted after the page is parsed restyles all of it).
  if (process.env.TRACE_COLD !== '1') {
    const warm = await h.context.newPage();
    const scanned = consoleMessage(warm, /first scan/);
    await warm.goto(server.url(pages.news));
    await scanned;
    await warm.close();
  }
  const page = await h.context.newPage();
  await page.addInitScript({ content: probe });
  const recording = await startTrace(h.context, page);
  const firstScan = consoleMessage(page, /first scan/);
  const url = server.url(pages.news);
  await page.goto(url);
  console.log((await firstScan)[0]);
  await page.waitForTimeout(1000);
  if (mode === 'hover') {
    const viewport = page.viewportSize()!;
    for (let screen = 0; screen < 3; screen++) {
      await page.evaluate(`window.scrollTo(0, ${screen * (viewport.height - 100)})`);
      await page.waitForTimeout(300);
      const ms = await page.evaluate<{ x: number; y: number }[]>(`(() => {
        const out = [];
        for (const name of ['minutes-lens-person', 'minutes-lens-term']) for (const range of CSS.highlights.get(name) ?? []) {
          const r = range.getClientRects()[0];
          if (r && r.top > 20 && r.bottom < innerHeight - 20 && r.width > 8) out.push({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
        }
        return out.slice(0, 4);
      })()`);
      for (const m of ms) {
        await page.keyboard.press('Escape');
        await page.mouse.move(viewport.width - 5, viewport.height - 5);
        await page.waitForTimeout(300);
        await page.evaluate("performance.mark('hover-start')");
        const watching = page.evaluate('window.__bench.watchPopover("")');
        await page.mouse.move(m.x, m.y, { steps: 3 });
        const r = (await watching) as { shownAt: number };
        const last: number = await page.evaluate('window.__bench.lastMoveAt');
        console.log(`hover: shown ${(r.shownAt - last - SETTLE_MS).toFixed(1)} ms after settle`);
        await page.evaluate("performance.mark('hover-end')");
      }
    }
  }
  const pageElements = await page.evaluate(() => document.getElementsByTagName('*').length);
  const trace = await recording.stop();
  const thread = trace.mainThreadOf(url);
  if (mode === 'hover') {
    const starts = trace.events.filter((e) => e.name === 'hover-start' && e.pid === thread.pid && e.ph !== 'e').map((e) => e.ts);
    const ends = trace.events.filter((e) => e.name === 'hover-end' && e.pid === thread.pid && e.ph !== 'e').map((e) => e.ts);
    starts.forEach((s, i) => report(trace, url, s, ends[i] ?? Infinity, 8, `hover ${i}`));
  } else {
    report(trace, url, thread.committedAt, Infinity, 16, 'load');
    selfTimes(trace, url);
    restyles(trace, url, pageElements);
  }
} finally {
  await h.close();
  await server.close();
}
