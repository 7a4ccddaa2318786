/** The bench's figures as a Markdown table, the bars they are held to, and the machine. */
import { cpus, totalmem } from 'node:os';
import { FRAME_WORK_DEFINITION } from './frames';

/** The median figures of one dataset (NaN where a figure could not be taken). */
export interface DatasetResult {
  label: string;
  events: number;
  runs: number;
  loadMs: number;
  loadPaintedMs: number;
  frameP50Ms: number;
  frameP95Ms: number;
  framesOverBudget: number;
  frames: number;
  longAnimationFrames: number | null;
  filterMs: number;
  unfilterMs: number;
  heapAfterLoadMB: number;
  heapAfterSequenceMB: number;
  /** Anything a reader should know about these figures (a truncated sequence…). */
  notes: string[];
}

export const FRAME_BUDGET_MS = 1000 / 60;

export interface Machine {
  cpu: string;
  cores: number;
  ramGB: number;
  chromium: string;
  node: string;
  /**
   * Milliseconds a fixed loop of 10^8 additions takes in Node, just before the
   * run: this machine is a shared VM whose speed drifts by half over an hour,
   * and figures from different runs compare only alongside it.
   */
  cpuProbeMs: number;
}

/** Time a fixed arithmetic loop (best of three). */
export function cpuProbe(): number {
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const t0 = performance.now();
    let x = 0;
    for (let i = 0; i < 1e8; i++) x = (x + i) % 1_000_003;
    best = Math.min(best, performance.now() - t0);
    if (x < 0) throw new Error('unreachable'); // keeps the loop from being optimised away
  }
  return Math.round(best);
}

export function machine(chromiumVersion: string): Machine {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    ramGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    chromium: chromiumVersion,
    node: process.version,
    cpuProbeMs: cpuProbe(),
  };
}

export interface Bar {
  dataset: string;
  what: string;
  limit: number;
  value: number;
  met: boolean;
}

type Figure = 'frameP95Ms' | 'filterMs' | 'loadMs';

const BARS: { events: number; figure: Figure; what: string; limit: number }[] = [
  { events: 10_000, figure: 'frameP95Ms', what: 'zoom/pan work per frame p95 ≤ 16 ms', limit: 16 },
  { events: 10_000, figure: 'filterMs', what: 'filter ≤ 50 ms', limit: 50 },
  { events: 100_000, figure: 'frameP95Ms', what: 'zoom/pan work per frame p95 ≤ 33 ms', limit: 33 },
  { events: 100_000, figure: 'filterMs', what: 'filter ≤ 150 ms', limit: 150 },
  { events: 100_000, figure: 'loadMs', what: 'load ≤ 3,000 ms', limit: 3000 },
];

/** The bars for the datasets that were measured; a missing figure fails its bar. */
export function bars(results: readonly DatasetResult[]): Bar[] {
  return BARS.flatMap((b) => {
    const r = results.find((x) => x.label === `synthetic-${b.events}`);
    if (!r) return [];
    const value = r[b.figure];
    return [{ dataset: r.label, what: b.what, limit: b.limit, value, met: value <= b.limit }];
  });
}

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(v < 100 ? 1 : 0) : '—');
const mb = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '—');

/** The whole report in Markdown: table, definitions, bars and machine. */
export function markdown(results: readonly DatasetResult[], m: Machine, when: string): string {
  const rows = results.map((r) =>
    [
      r.label,
      r.events.toLocaleString('en-US'),
      `${ms(r.loadMs)} (${ms(r.loadPaintedMs)})`,
      `${ms(r.frameP50Ms)} / ${ms(r.frameP95Ms)}`,
      `${r.framesOverBudget} / ${r.frames}`,
      r.longAnimationFrames === null ? '—' : String(r.longAnimationFrames),
      `${ms(r.filterMs)} (${ms(r.unfilterMs)})`,
      `${mb(r.heapAfterLoadMB)} → ${mb(r.heapAfterSequenceMB)}`,
      String(r.runs),
    ].join(' | '),
  );
  const notes = results.flatMap((r) => r.notes.map((n) => `- ${r.label}: ${n}`));
  const barLines = bars(results).map(
    (b) => `- ${b.met ? '✓ met' : '✗ MISSED'}: ${b.dataset} ${b.what} — measured ${ms(b.value)} ms`,
  );
  return [
    `# npm run bench (${when})`,
    '',
    '| dataset | events | load ms (painted) | frame work p50 / p95 ms | frames > 16.7 ms / frames | long animation frames | filter ms (clear) | heap MB load → after | runs |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r} |`),
    '',
    'Medians over the runs. Production build, headless Chromium, 1280×800, one fresh page per run.',
    '- load: navigation start → the Timeline region’s aria-busy="false" (in parentheses: → the next frame rendered).',
    `- frame work: ${FRAME_WORK_DEFINITION}. Over 40 wheel zooms and 20 drag pans.`,
    '- long animation frames: PerformanceObserver entries (frames over 50 ms) during the same sequence, a cross-check.',
    '- filter: click on the busiest country’s checkbox (capturing listener) → the list heading, the timeline’s “of N events in view” and the graph (that country pressed, with its count; “N countries, M pairs”) all show the new state, and that frame rendered. In parentheses: clicking it again to clear.',
    '- heap: JS heap used after a forced GC (CDP), MB = 2^20 bytes, after load → after the filter clicks and the zoom/pan sequence.',
    ...(notes.length ? ['', 'Notes:', ...notes] : []),
    '',
    'Bars:',
    ...(barLines.length ? barLines : ['- (no synthetic dataset measured)']),
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.ramGB} GB RAM; Chromium ${m.chromium}; Node ${m.node}; CPU probe ${m.cpuProbeMs} ms (a fixed loop: lower is a faster moment of this shared VM).`,
    '',
  ].join('\n');
}
