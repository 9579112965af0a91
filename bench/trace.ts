import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/**
 * Main-thread accounting from a Chromium performance trace: the page's tasks (RunTask on its renderer main thread),
 * CPU samples with their JavaScript stacks, and the page's user-timing marks, all on one clock. A task or a sample is
 * *attributed* to a script when the script's URL is on the sample's stack, which is how the content script's slices
 * (resumed from promise continuations, not from named calls) are found.
 */

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** thread (CPU) time of a complete event, µs: unlike `dur`, it does not grow while the thread waits for a core */
  tdur?: number;
  id?: string;
  args?: { data?: Record<string, unknown>; [key: string]: unknown };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url: string; functionName: string };
}

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
];

export interface Recording {
  stop(): Promise<Trace>;
}

/** Starts a browser-wide trace through the page's DevTools session. */
export async function startTrace(context: BrowserContext, page: Page, categories: string[] = CATEGORIES): Promise<Recording> {
  const cdp: CDPSession = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: categories }, transferMode: 'ReportEvents' });
  return {
    async stop() {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach();
      return new Trace(events);
    },
  };
}

export interface Sample {
  ts: number;
  /** microseconds until the next sample on the same thread */
  span: number;
  node: number;
}

export class Trace {
  constructor(readonly events: TraceEvent[]) {}

  /** The renderer main thread that committed `url` (the first such page load in the trace). */
  mainThreadOf(url: string): { pid: number; tid: number; committedAt: number } {
    const commit = this.events.find((e) => e.name === 'CommitLoad' && (e.args?.data?.url as string | undefined) === url);
    if (!commit) throw new Error(`no page load of ${url} in the trace`);
    return { pid: commit.pid, tid: commit.tid, committedAt: commit.ts };
  }

  /** Top-level tasks of a thread, as [start, end) in microseconds. */
  tasks(thread: { pid: number; tid: number }): { ts: number; dur: number }[] {
    return this.events
      .filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === thread.pid && e.tid === thread.tid && e.dur !== undefined)
      .map((e) => ({ ts: e.ts, dur: e.dur! }))
      .sort((a, b) => a.ts - b.ts);
  }

  /** Timestamp of a performance.mark() made on the thread (first one of that name), or undefined. */
  mark(thread: { pid: number }, name: string): number | undefined {
    return this.events.find((e) => e.cat.includes('blink.user_timing') && e.name === name && e.pid === thread.pid && e.ph !== 'e')?.ts;
  }

  /** CPU samples of the thread's isolate, and a test for whether a sample's stack contains a script matching `url`. */
  samples(thread: { pid: number; tid: number }): { samples: Sample[]; involves: (sample: Sample, url: (u: string) => boolean) => boolean } {
    const profiles = new Set(
      this.events.filter((e) => e.name === 'Profile' && e.pid === thread.pid && e.tid === thread.tid).map((e) => e.id!),
    );
    const nodes = new Map<number, ProfileNode>();
    const samples: Sample[] = [];
    for (const id of profiles) {
      const start = this.events.find((e) => e.name === 'Profile' && e.id === id && e.pid === thread.pid)!;
      let t = (start.args!.data!.startTime as number) ?? start.ts;
      const chunks = this.events
        .filter((e) => e.name === 'ProfileChunk' && e.id === id && e.pid === thread.pid)
        .sort((a, b) => a.ts - b.ts);
      for (const chunk of chunks) {
        const data = chunk.args!.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] };
        for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
        const ids = data.cpuProfile?.samples ?? [];
        const deltas = data.timeDeltas ?? [];
        ids.forEach((node, i) => {
          t += deltas[i] ?? 0;
          samples.push({ ts: t, span: 0, node });
        });
      }
    }
    samples.sort((a, b) => a.ts - b.ts);
    const gaps = samples.slice(1).map((s, i) => s.ts - samples[i].ts);
    const typical = gaps.length ? [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 2)] : 0;
    // A gap much longer than the sampling interval is the profiler pausing, not the sample running on.
    samples.forEach((s, i) => (s.span = Math.min(gaps[i] ?? typical, 4 * typical)));
    // Per test function (by identity: two closures with the same source may test different URLs), per stack node.
    const memo = new Map<(u: string) => boolean, Map<number, boolean>>();
    return {
      samples,
      involves(sample, url) {
        let seen = memo.get(url);
        if (!seen) memo.set(url, (seen = new Map<number, boolean>()));
        let hit = seen.get(sample.node);
        if (hit !== undefined) return hit;
        hit = false;
        for (let n = nodes.get(sample.node); n; n = n.parent === undefined ? undefined : nodes.get(n.parent)) {
          if (n.callFrame.url && url(n.callFrame.url)) {
            hit = true;
            break;
          }
        }
        seen.set(sample.node, hit);
        return hit;
      },
    };
  }
}

export interface ScriptCost {
  /** main-thread time with the script on the stack, ms */
  scriptMs: number;
  /** tasks that ran the script: how many, their total and the longest, ms */
  tasks: number;
  taskMs: number;
  longestTaskMs: number;
  /** the most script time within one task (a long task of the page's own with a moment of the script in it counts little), ms */
  mostInOneTaskMs: number;
  /** first and last sample of the script, µs on the trace clock */
  firstAt?: number;
  lastAt?: number;
}

/** What one script cost a page's main thread between `from` and `to` (µs, trace clock). */
export function scriptCost(
  trace: Trace,
  thread: { pid: number; tid: number },
  url: (u: string) => boolean,
  from = -Infinity,
  to = Infinity,
): ScriptCost {
  const { samples, involves } = trace.samples(thread);
  const mine = samples.filter((s) => s.ts >= from && s.ts <= to && involves(s, url));
  const tasks = trace.tasks(thread).filter((t) => t.ts + t.dur >= from && t.ts <= to);
  const ran: { ts: number; dur: number }[] = [];
  let mostInOneTask = 0;
  let k = 0;
  for (const task of tasks) {
    while (k < mine.length && mine[k].ts < task.ts) k++;
    if (k < mine.length && mine[k].ts <= task.ts + task.dur) ran.push(task);
    let inTask = 0;
    for (let j = k; j < mine.length && mine[j].ts <= task.ts + task.dur; j++) inTask += mine[j].span;
    mostInOneTask = Math.max(mostInOneTask, inTask);
  }
  return {
    scriptMs: mine.reduce((sum, s) => sum + s.span, 0) / 1000,
    tasks: ran.length,
    taskMs: ran.reduce((sum, t) => sum + t.dur, 0) / 1000,
    longestTaskMs: Math.max(0, ...ran.map((t) => t.dur)) / 1000,
    mostInOneTaskMs: mostInOneTask / 1000,
    firstAt: mine[0]?.ts,
    lastAt: mine.at(-1)?.ts,
  };
}

/** Busy time and longest task of a thread between `from` and `to`, whatever ran. */
export function threadBusy(
  trace: Trace,
  thread: { pid: number; tid: number },
  from: number,
  to: number,
): { busyMs: number; longestTaskMs: number } {
  const tasks = trace.tasks(thread).filter((t) => t.ts >= from && t.ts <= to);
  return { busyMs: tasks.reduce((sum, t) => sum + t.dur, 0) / 1000, longestTaskMs: Math.max(0, ...tasks.map((t) => t.dur)) / 1000 };
}
