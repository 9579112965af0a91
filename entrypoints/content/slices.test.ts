import { describe, expect, it, vi } from 'vitest';
import { SLICE_MS, SliceRunner } from './slices';

describe('SliceRunner', () => {
  it('a strand resuming inside another strand’s slice shares its budget instead of starting a fresh one', async () => {
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    try {
      const runner = new SliceRunner(new AbortController().signal);
      const seen: boolean[] = [];
      runner.push(async (slice) => {
        let finishPainting!: () => void;
        const painting = (async () => {
          await slice.wait(new Promise<void>((resolve) => (finishPainting = resolve)));
          // the painting strand works for most of a slice, then ends in this task
          now += SLICE_MS - 1;
        })();
        const reading = slice.wait(painting).then(() => {
          // the reading strand resumes in the same task: 1 ms later its budget is spent, as the task's is
          now += 1;
          seen.push(slice.due());
        });
        finishPainting();
        await reading;
      });
      await runner.whenIdle();
      expect(seen).toEqual([true]);
      expect(runner.stats.longestSliceMs).toBe(SLICE_MS);
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('a wait that resumes in a task of its own starts a fresh slice', async () => {
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    try {
      const runner = new SliceRunner(new AbortController().signal);
      const seen: boolean[] = [];
      runner.push(async (slice) => {
        now += SLICE_MS - 1;
        await slice.wait(new Promise((resolve) => setTimeout(resolve, 1)).then(() => (now += 10)));
        seen.push(slice.due());
        now += SLICE_MS;
        seen.push(slice.due());
      });
      await runner.whenIdle();
      expect(seen).toEqual([false, true]);
    } finally {
      vi.restoreAllMocks();
    }
  });
});
