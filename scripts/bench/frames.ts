/**
 * Main-thread work per frame, from a Chromium trace (pure: events in, numbers out).
 *
 * Why not requestAnimationFrame deltas: headless Chromium locks rAF to 60 Hz, so a
 * delta only says whether a frame was missed, not what a frame cost. The trace of
 * this Chromium (156) records, on the renderer's main thread (CrRendererMain):
 *  - `RunTask` ('X', category disabled-by-default-devtools.timeline): every top-level
 *    task the scheduler runs (input dispatch, timers, React's MessageChannel work,
 *    the rendering update itself), with its wall-clock duration;
 *  - `BeginMainThreadFrame` ('I', disabled-by-default-devtools.timeline.frame): the
 *    start of a main-thread frame (rAF callbacks, style, layout, paint, commit), which
 *    runs inside one RunTask (ProxyMain::BeginMainFrame). In this version rAF-aligned
 *    input (wheel, mousemove) is dispatched inside that same task.
 * It also records `AnimationFrame` async events (the Long Animation Frame model), but
 * their duration runs from the first task of the frame to the end of rendering and so
 * includes idle gaps between tasks; we use them only as a cross-check via the
 * PerformanceObserver of the same name.
 */

/** The fields of a Chrome trace event that this module reads. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number; // microseconds
  dur?: number; // microseconds, on 'X' events
  pid: number;
  tid: number;
  cat?: string;
  args?: Record<string, unknown>;
}

/** The definition printed next to the figures, so a reader knows what they are. */
export const FRAME_WORK_DEFINITION =
  'work per frame = main-thread busy time of the page’s renderer (summed top-level RunTask ' +
  'durations on CrRendererMain; idle time not counted) since the previous frame’s rendering ' +
  'task, up to and including the task that contains this frame’s BeginMainThreadFrame. ' +
  'Frames in which the app’s own scripts did not run and nothing was painted are left out ' +
  '(the bench’s own requestAnimationFrame waits; their work, the bench’s, is uncountedMs in bench.json). ' +
  'A Paint event alone would not do: a frame that only redraws a <canvas> has none. ' +
  'CDP trace, categories devtools.timeline and disabled-by-default-devtools.timeline[.frame]';

export interface Thread {
  pid: number;
  tid: number;
}

export interface Frame {
  /** Main-thread work that went into the frame, in ms. */
  workMs: number;
  /** Whether its rendering task painted (a Paint event). */
  painted: boolean;
  /** Whether the app's own scripts ran since the previous frame (a FunctionCall from one). */
  appRan: boolean;
}

/** The frames the figures count: see FRAME_WORK_DEFINITION. */
export const isCounted = (f: Frame): boolean => f.painted || f.appRan;

export interface FrameWork {
  /** Every main-thread frame, in order. */
  frames: Frame[];
  /** Work (ms) after the last frame, which went into no frame. */
  trailingMs: number;
}

interface TracingStarted {
  data?: { frames?: { processId?: number; url?: string; isOutermostMainFrame?: boolean }[] };
}

/**
 * The main thread of the renderer showing `origin`: the process named for the
 * page's main frame in TracingStartedInBrowser, then its CrRendererMain thread.
 * Falls back to the CrRendererMain with the most frames (a trace of one page).
 */
export function rendererMainThread(events: readonly TraceEvent[], origin: string): Thread | null {
  const mains = events.filter((e) => e.name === 'thread_name' && nameArg(e) === 'CrRendererMain');
  const started = events.find((e) => e.name === 'TracingStartedInBrowser');
  const frames = (started?.args as TracingStarted | undefined)?.data?.frames ?? [];
  const ours = frames.find((f) => f.isOutermostMainFrame && f.url?.startsWith(origin));
  const byPid = mains.find((m) => m.pid === ours?.processId);
  if (byPid) return { pid: byPid.pid, tid: byPid.tid };
  let best: Thread | null = null;
  let most = 0;
  for (const m of mains) {
    const n = events.filter(
      (e) => e.pid === m.pid && e.tid === m.tid && e.name === 'BeginMainThreadFrame',
    ).length;
    if (n > most) [best, most] = [{ pid: m.pid, tid: m.tid }, n];
  }
  return best;
}

function nameArg(e: TraceEvent): unknown {
  return (e.args as { name?: unknown } | undefined)?.name;
}

/**
 * Every main-thread frame with its work (see FRAME_WORK_DEFINITION).
 * `isAppScript` tells the app's scripts (by URL) from the bench's, which have none.
 */
export function frameWork(
  events: readonly TraceEvent[],
  thread: Thread,
  isAppScript: (url: string) => boolean,
): FrameWork {
  const on = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid);
  const tasks = topLevel(
    on.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.dur !== undefined),
  );
  const times = (list: readonly TraceEvent[]) => list.map((e) => e.ts).sort((a, b) => a - b);
  const beginnings = times(on.filter((e) => e.name === 'BeginMainThreadFrame'));
  const paints = times(on.filter((e) => e.name === 'Paint'));
  const appCalls = times(on.filter((e) => e.name === 'FunctionCall' && isAppScript(scriptUrl(e))));

  const frames: Frame[] = [];
  let pending = 0;
  let since: number | null = null; // start of the first task since the previous frame
  for (const task of tasks) {
    pending += task.dur!;
    since ??= task.ts;
    const end = task.ts + task.dur!;
    if (!someWithin(beginnings, task.ts, end)) continue;
    frames.push({
      workMs: pending / 1000,
      painted: someWithin(paints, task.ts, end),
      appRan: someWithin(appCalls, since, end),
    });
    pending = 0;
    since = null;
  }
  return { frames, trailingMs: pending / 1000 };
}

function scriptUrl(e: TraceEvent): string {
  const url = (e.args as { data?: { url?: unknown } } | undefined)?.data?.url;
  return typeof url === 'string' ? url : '';
}

/** Whether sorted `times` has one in [from, to] (binary search). */
function someWithin(times: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < times.length && times[lo]! <= to;
}

/** RunTask events not nested in another (nested run loops would count twice). */
function topLevel(tasks: TraceEvent[]): TraceEvent[] {
  const sorted = [...tasks].sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const out: TraceEvent[] = [];
  let until = -Infinity;
  for (const t of sorted) {
    if (t.ts < until) continue;
    out.push(t);
    until = t.ts + t.dur!;
  }
  return out;
}

/** Nearest-rank percentile (p in 0..100) of `values`; NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

/** The median of `values` (the mean of the middle two for an even count); NaN when empty. */
export function median(values: readonly number[]): number {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return Number.NaN;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}
