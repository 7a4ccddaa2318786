/**
 * A leading-and-trailing throttle with an explicit flush: the timeline reports
 * its window (which rewrites the URL) at most once per interval while a gesture
 * runs, and always once more when the gesture ends.
 */

export interface Throttled {
  /** Run now if the interval has passed, else once when it does. */
  call(): void;
  /** Run now and drop anything scheduled. */
  flush(): void;
  /** Drop anything scheduled. */
  cancel(): void;
}

export function throttle(fn: () => void, ms: number, now: () => number = Date.now): Throttled {
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const run = () => {
    timer = null;
    last = now();
    fn();
  };
  const cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  return {
    call() {
      if (timer !== null) return;
      const wait = last + ms - now();
      if (wait <= 0) run();
      else timer = setTimeout(run, wait);
    },
    flush() {
      cancel();
      run();
    },
    cancel,
  };
}
