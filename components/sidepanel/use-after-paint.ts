import { startTransition, useEffect, useState } from 'react';

/**
 * `value`, once the browser has painted a frame of the render that first held it: what is drawn from it then (the
 * per-meeting chart, the rest of a page of results, the filter lists) is not in the frame that shows the results, and
 * typing on interrupts it (a transition). Whatever is drawn from it must have its space already on screen, or the
 * results would move when it arrives.
 */
export function useAfterPaint<T>(value: T): T {
  const [painted, setPainted] = useState(value);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Animation-frame callbacks run inside the frame's own work, before it is painted; a task posted from one runs after.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setPainted(value)));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value]);
  return painted;
}
