import { yieldToPage } from './quirks';

/** Longest stretch of work between yields. Well under the 16 ms of a frame, so input and painting stay smooth. */
export const SLICE_MS = 5;
/** A wait shorter than this resumed in the same task (microtasks only), as far as slicing is concerned. */
const SAME_TASK_MS = 1;

export interface SliceStats {
  slices: number;
  longestSliceMs: number;
  busyMs: number;
}

/** A job: async work that calls `pause()` at pause points and `wait()` around what it awaits from elsewhere. */
export type Job = (slice: Slicer) => Promise<void>;

export interface Slicer {
  /** yields to the page when the current slice has run SLICE_MS; rejects once the runner is aborted */
  pause(): Promise<void>;
  /** whether pause() would yield now: a loop over many small steps awaits pause() only then (an await per step costs) */
  due(): boolean;
  /** awaits `promise` (an answer from the background) without counting the wait as work */
  wait<T>(promise: Promise<T>): Promise<T>;
}

/** Thrown out of pause() and wait() once the runner is aborted: ends the job quietly. */
class Aborted extends Error {}

/**
 * Runs queued jobs one after another, in time slices of about SLICE_MS, yielding to the page in between. One runner per
 * page, so two scans never compete; jobs run in the order queued.
 */
export class SliceRunner implements Slicer {
  private chain: Promise<void> = Promise.resolve();
  private pending = 0;
  private idleWaiters: (() => void)[] = [];
  private sliceStart: number | undefined;
  /** when the current task's slice began: a wait that resumes in the same task keeps it */
  private budgetStart: number | undefined;
  readonly stats: SliceStats = { slices: 0, longestSliceMs: 0, busyMs: 0 };

  constructor(private readonly signal: AbortSignal) {}

  push(job: Job): void {
    this.pending++;
    this.chain = this.chain
      .then(async () => {
        if (this.signal.aborted) return;
        // In a task of our own: a job is often queued from inside the page's work (its DOMContentLoaded, its DOM
        // changes), whose task must not grow by a slice of ours.
        await yieldToPage();
        if (this.signal.aborted) return;
        this.begin();
        try {
          await job(this);
        } catch (error) {
          // A page can change under a running job in ways we cannot foresee; drop that job, never throw into the page.
          if (!(error instanceof Aborted)) console.debug('[Minutes Lens] scan failed', error);
        } finally {
          this.end();
        }
      })
      .finally(() => {
        if (--this.pending === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
      });
  }

  get idle(): boolean {
    return this.pending === 0;
  }

  /** Resolves when every queued job has finished. */
  whenIdle(): Promise<void> {
    return this.pending ? new Promise((resolve) => this.idleWaiters.push(resolve)) : Promise.resolve();
  }

  due = (): boolean => this.signal.aborted || this.budgetStart === undefined || performance.now() - this.budgetStart >= SLICE_MS;

  pause = async (): Promise<void> => {
    if (this.signal.aborted) throw new Aborted();
    if (this.budgetStart !== undefined && performance.now() - this.budgetStart < SLICE_MS) return;
    this.end();
    await yieldToPage();
    if (this.signal.aborted) throw new Aborted();
    this.begin();
  };

  wait = async <T>(promise: Promise<T>): Promise<T> => {
    const budgetStart = this.budgetStart;
    this.end();
    const waitedFrom = performance.now();
    const value = await promise;
    if (this.signal.aborted) throw new Aborted();
    // Another strand of the job is in a slice right now (the scanner reads on while it paints, and the reading resumes
    // in the task where the painting it waited for ended): this one goes on in that slice, else the task would run a
    // fresh slice on top of the one it already ran.
    if (this.sliceStart !== undefined) return value;
    this.begin();
    // A promise that was already settled resumes in the same task: the slice goes on, it does not start afresh (else
    // one task could run several slices back to back).
    if (budgetStart !== undefined && performance.now() - waitedFrom < SAME_TASK_MS) this.budgetStart = budgetStart;
    return value;
  };

  private begin(): void {
    this.sliceStart = this.budgetStart = performance.now();
  }

  private end(): void {
    if (this.sliceStart === undefined) return;
    const ms = performance.now() - this.sliceStart;
    this.sliceStart = this.budgetStart = undefined;
    this.stats.slices++;
    this.stats.busyMs += ms;
    this.stats.longestSliceMs = Math.max(this.stats.longestSliceMs, ms);
  }
}
