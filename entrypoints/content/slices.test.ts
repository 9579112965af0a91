import { describe, expect, it, vi } from 'vitest';
import { SLICE_MS, SliceRunner } from './slices';

/** Runs `body` with performance.now() reading `clock.now`, which the body moves by hand. */
async function withClock(body: (clock: { now: number }, runner: SliceRunner) => Promise<void>): Promise<void> {
  const clock = { now: 0 };
  vi.spyOn(performance, 'now').mockImplementation(() => clock.now);
  try {
    await body(clock, new SliceRunner(new AbortController().signal));
  } finally {
    vi.restoreAllMocks();
  }
}

describe('SliceRunner', () => {
  it('a strand resuming inside another strand’s slice shares its budget instead of starting a fresh one', () =>
    withClock(async (clock, runner) => {
      const seen: boolean[] = [];
      runner.push(async (slice) => {
        let finishPainting!: () => void;
        const painting = (async () => {
          await slice.wait(new Promise<void>((resolve) => (finishPainting = resolve)));
          // the painting strand works for most of a slice, then ends in this task
          clock.now += SLICE_MS - 1;
        })();
        const reading = slice.wait(painting).then(() => {
          // the reading strand resumes in the same task: 1 ms later its budget is spent, as the task's is
          clock.now += 1;
          seen.push(slice.due());
        });
        finishPainting();
        await reading;
      });
      await runner.whenIdle();
      expect(seen).toEqual([true]);
      expect(runner.stats.longestSliceMs).toBe(SLICE_MS);
    }));

  it('a wait that resumes in a task of its own starts a fresh slice', () =>
    withClock(async (clock, runner) => {
      const seen: boolean[] = [];
      runner.push(async (slice) => {
        clock.now += SLICE_MS - 1;
        await slice.wait(new Promise((resolve) => setTimeout(resolve, 1)).then(() => (clock.now += 10)));
        seen.push(slice.due());
        clock.now += SLICE_MS;
        seen.push(slice.due());
      });
      await runner.whenIdle();
      expect(seen).toEqual([false, true]);
    }));
});
