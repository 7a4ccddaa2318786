/** One dataset measured in fresh pages, repeated while that is cheap; medians out. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { planFilter, readDataset, type BenchDataset } from './datasets';
import { frameWork, isCounted, median, percentile, rendererMainThread } from './frames';
import { INIT_SCRIPT } from './inpage';
import { load, longFrames, toggleCountry, zoomAndPan } from './page';
import { FRAME_BUDGET_MS, type DatasetResult } from './report';
import { retainedHeapMB, startTrace } from './trace';

export interface MeasureOptions {
  origin: string;
  maxRuns: number;
  /** No further run starts once a dataset has taken this long. */
  repeatWithinMs: number;
  loadTimeoutMs: number;
  filterTimeoutMs: number;
  /** Where to write each zoom/pan trace, if anywhere. */
  traceDir: string | null;
}

/** The figures of one run (one fresh page). */
export interface Run {
  loadMs: number;
  loadPaintedMs: number;
  filterMs: number;
  /** Click → the first frame whose rAF saw the whole new state (before it rendered). */
  filterSeenMs: number;
  unfilterMs: number;
  /** Counted frames (see FRAME_WORK_DEFINITION); --trace-dir keeps every one. */
  frames: number;
  /** Their work per frame (ms) at a few percentiles. */
  frameWorkMs: { p50: number; p75: number; p90: number; p95: number; p99: number; max: number };
  /** All main-thread frames, counted or not. */
  allFrames: number;
  /** Work (ms) in the frames left out: the bench's own. */
  uncountedMs: number;
  trailingMs: number;
  frameP50Ms: number;
  frameP95Ms: number;
  framesOverBudget: number;
  longAnimationFrames: { count: number; maxMs: number; blockingMs: number } | null;
  heapAfterLoadMB: number;
  heapAfterSequenceMB: number;
  sequence: { wheels: number; drags: number; truncated: boolean; wallMs: number };
  pageProblems: string[];
}

let traces = 0;
const sum = (xs: readonly number[]) => xs.reduce((n, x) => n + x, 0);

/**
 * Load, heap, the busiest country's checkbox on and off again, then 40 zooms
 * and 20 pans under a trace, then heap: all in one fresh 1280×800 page.
 */
export async function measureOnce(
  browser: Browser,
  ds: BenchDataset,
  o: MeasureOptions,
): Promise<Run> {
  const plan = planFilter(readDataset(ds.file));
  // bypassCSP: Playwright compiles waitForFunction's predicates in the page, which Parley's
  // Content-Security-Policy (no eval) rightly refuses. The policy costs nothing at run time,
  // and the e2e suite is where it is tested.
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    bypassCSP: true,
  });
  try {
    await context.addInitScript(INIT_SCRIPT);
    const page = await context.newPage();
    const pageProblems: string[] = [];
    page.on('pageerror', (e) => pageProblems.push(`uncaught ${e.name}: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') pageProblems.push(`console.error: ${m.text()}`);
    });

    const loaded = await load(page, o.origin + ds.path, o.loadTimeoutMs);
    const heapAfterLoadMB = await retainedHeapMB(page);
    // On a fresh page the window is the fit view, so the graph shows every filtered event.
    const on = await toggleCountry(page, plan.on, o.filterTimeoutMs);
    const off = await toggleCountry(page, plan.off, o.filterTimeoutMs);

    const recording = await startTrace(page);
    const seq = await zoomAndPan(page);
    const events = await recording.stop();
    if (o.traceDir) {
      mkdirSync(o.traceDir, { recursive: true });
      const file = join(o.traceDir, `${ds.label}-${++traces}.json`);
      writeFileSync(file, JSON.stringify({ traceEvents: events }));
      console.log(`  trace written to ${file} (open it in DevTools › Performance)`);
    }
    const thread = rendererMainThread(events, o.origin);
    if (!thread) throw new Error('the trace has no renderer main thread (CrRendererMain)');
    const work = frameWork(events, thread, (url) => url.startsWith(o.origin));
    const counted = work.frames.filter(isCounted).map((f) => f.workMs);
    const heapAfterSequenceMB = await retainedHeapMB(page);

    return {
      loadMs: loaded.busyFalseMs,
      loadPaintedMs: loaded.paintedMs,
      filterMs: on.ms,
      filterSeenMs: on.seenMs,
      unfilterMs: off.ms,
      frames: counted.length,
      frameWorkMs: {
        p50: percentile(counted, 50),
        p75: percentile(counted, 75),
        p90: percentile(counted, 90),
        p95: percentile(counted, 95),
        p99: percentile(counted, 99),
        max: percentile(counted, 100),
      },
      allFrames: work.frames.length,
      uncountedMs: sum(work.frames.filter((f) => !isCounted(f)).map((f) => f.workMs)),
      trailingMs: work.trailingMs,
      frameP50Ms: percentile(counted, 50),
      frameP95Ms: percentile(counted, 95),
      framesOverBudget: counted.filter((f) => f > FRAME_BUDGET_MS).length,
      longAnimationFrames: await longFrames(page, seq.start, seq.end),
      heapAfterLoadMB,
      heapAfterSequenceMB,
      sequence: {
        wheels: seq.wheels,
        drags: seq.drags,
        truncated: seq.truncated,
        wallMs: seq.wallMs,
      },
      pageProblems,
    };
  } finally {
    await context.close();
  }
}

export interface Measured {
  result: DatasetResult;
  runs: Run[];
  /** Why a run could not be measured (the dataset's figures are then NaN). */
  error: string | null;
}

/** Runs until maxRuns, or until repeatWithinMs has passed; the first run always happens. */
export async function measureDataset(
  browser: Browser,
  ds: BenchDataset,
  o: MeasureOptions,
): Promise<Measured> {
  const runs: Run[] = [];
  const started = Date.now();
  let error: string | null = null;
  while (
    runs.length < o.maxRuns &&
    (runs.length === 0 || Date.now() - started < o.repeatWithinMs)
  ) {
    try {
      const run = await measureOnce(browser, ds, o);
      runs.push(run);
      console.log(
        `  run ${runs.length}: load ${run.loadMs.toFixed(0)} ms, ` +
          `frame work p50/p95 ${run.frameP50Ms.toFixed(1)}/${run.frameP95Ms.toFixed(1)} ms ` +
          `(${run.framesOverBudget}/${run.frames} over budget), filter ${run.filterMs.toFixed(1)} ms`,
      );
    } catch (err) {
      error = err instanceof Error ? err.message : String(err);
      console.error(`  run ${runs.length + 1} failed: ${error}`);
      break;
    }
  }
  return { result: summarise(ds, runs, error), runs, error };
}

function summarise(ds: BenchDataset, runs: readonly Run[], error: string | null): DatasetResult {
  const med = (f: (r: Run) => number) => median(runs.map(f));
  const notes: string[] = [];
  if (error) notes.push(`not measured: ${error.split('\n')[0]}`);
  const truncated = runs.filter((r) => r.sequence.truncated);
  if (truncated.length)
    notes.push(
      `zoom/pan sequence cut short by its time budget in ${truncated.length} run(s) ` +
        `(${truncated.map((r) => `${r.sequence.wheels} wheels, ${r.sequence.drags} drags`).join('; ')})`,
    );
  const problems = [...new Set(runs.flatMap((r) => r.pageProblems))];
  if (problems.length) notes.push(`the page reported: ${problems.slice(0, 3).join(' | ')}`);
  const loaf = runs.map((r) => r.longAnimationFrames);
  return {
    label: ds.label,
    events: ds.events,
    runs: runs.length,
    loadMs: med((r) => r.loadMs),
    loadPaintedMs: med((r) => r.loadPaintedMs),
    frameP50Ms: med((r) => r.frameP50Ms),
    frameP95Ms: med((r) => r.frameP95Ms),
    framesOverBudget: med((r) => r.framesOverBudget),
    frames: med((r) => r.frames),
    longAnimationFrames:
      runs.length > 0 && loaf.every((l) => l !== null) ? median(loaf.map((l) => l!.count)) : null,
    filterMs: med((r) => r.filterMs),
    unfilterMs: med((r) => r.unfilterMs),
    heapAfterLoadMB: med((r) => r.heapAfterLoadMB),
    heapAfterSequenceMB: med((r) => r.heapAfterSequenceMB),
    notes,
  };
}
