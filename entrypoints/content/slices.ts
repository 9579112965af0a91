import { yieldToPage } from './quirks';

/** Longest stretch of work between yields. Well under the 50 ms long-task line, so input stays responsive. */
export const SLICE_MS = 8;

export interface SliceStats {
  slices: number;
  longestSliceMs: number;
  busyMs: number;
}

/**
 * Runs queued jobs (generators that yield at pause points) in time slices of about SLICE_MS, yielding to the page in
 * between. One runner per page, so two scans never compete; jobs run in the order queued.
 */
export class SliceRunner {
  private readonly queue: Iterator<unknown>[] = [];
  private running = false;
  private idleWaiters: (() => void)[] = [];
  readonly stats: SliceStats = { slices: 0, longestSliceMs: 0, busyMs: 0 };

  constructor(private readonly signal: AbortSignal) {}

  push(job: Iterator<unknown>): void {
    this.queue.push(job);
    if (!this.running) void this.run();
  }

  get idle(): boolean {
    return !this.running;
  }

  /** Resolves when every queued job has finished. */
  whenIdle(): Promise<void> {
    return this.running ? new Promise((resolve) => this.idleWaiters.push(resolve)) : Promise.resolve();
  }

  private async run(): Promise<void> {
    this.running = true;
    try {
      while (this.queue.length && !this.signal.aborted) {
        const start = performance.now();
        let now = start;
        while (this.queue.length && now - start < SLICE_MS) {
          try {
            if (this.queue[0].next().done) this.queue.shift();
          } catch (error) {
            // A page can change under a running job in ways we cannot foresee; drop that job, never throw into the page.
            this.queue.shift();
            console.debug('[Minutes Lens] scan step failed', error);
          }
          now = performance.now();
        }
        this.stats.slices++;
        this.stats.busyMs += now - start;
        this.stats.longestSliceMs = Math.max(this.stats.longestSliceMs, now - start);
        if (this.queue.length) await yieldToPage();
      }
    } finally {
      if (this.signal.aborted) this.queue.length = 0;
      this.running = false;
      for (const resolve of this.idleWaiters.splice(0)) resolve();
    }
  }
}
