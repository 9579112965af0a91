/**
 * Wraps a callback that events, observers or timers call: whatever goes wrong inside stays ours (logged quietly) and
 * never surfaces as an error on the page.
 */
export function guarded<A extends unknown[]>(callback: (...args: A) => void): (...args: A) => void {
  return (...args) => {
    try {
      callback(...args);
    } catch (error) {
      console.debug('[Minutes Lens]', error);
    }
  };
}
