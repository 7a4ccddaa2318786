/**
 * One frame of the timeline, in pixels, with its level of detail. In each lane
 * on screen, marks closer than MIN_GAP pixels to the previous one chain into a
 * cluster (at most MAX_RUN pixels long): a cluster is drawn as a heat strip
 * with its count, a lone mark as itself. Zooming in spreads marks apart, so
 * clusters resolve into events, as in KronoGraph. Bars wide enough to read
 * (ranges and spans) are always drawn as themselves.
 *
 * Pure and allocation-light: a frame walks only the marks of lanes on screen,
 * found by binary search, so the canvas renderer (draw.ts) and hit-testing
 * (hit.ts) share one description of what is where.
 */
import { candidateRange, lowerBound } from './cull';
import { rowY, type LaneGeometry } from './geometry';
import { placeLabels, type LabelCandidate } from './labels';
import { KINDS, type MarkKind, type TimelineLayout } from './lanes';
import type { DayProjection, Range } from './scales';

export const MARK_RADIUS = 6;
export const LABEL_FONT_SIZE = 12;
/** Marks whose centres are closer than this chain into a cluster. */
export const MIN_GAP = 2 * MARK_RADIUS + 2;
/** A cluster stops growing at this width, so counts stay local. */
export const MAX_RUN = 120;
/** Width of a heat strip's cells. */
export const HEAT_PX = 3;
/** Above this many connectors in view, only the selected event's is drawn. */
export const MAX_CONNECTORS = 400;
// Generous average glyph widths for the UI's sans-serif at 12px: an estimate
// that errs wide keeps labels from touching without measuring text.
const CHAR_WIDTH = 6.6;
const BOLD_CHAR_WIDTH = 7.3;
const LABEL_GAP = 6;
const BAR_CLUSTER_HALF_HEIGHT = 7;

export interface SceneMark {
  event: number;
  lane: number;
  row: number;
  kind: MarkKind;
  /** Centre of the shape. */
  x: number;
  y: number;
  /** The mark's days in pixels, clipped a little outside the plot. */
  x0: number;
  x1: number;
  label: string | null;
}

export interface SceneCluster {
  /**
   * density: marks too close to tell apart, drawn as a heat strip across the
   * lane; range: bars of (nearly) the same uncertain extent, drawn as one bar.
   */
  kind: 'density' | 'range';
  lane: number;
  /** Pixel extent of the strip and the lane band it fills. */
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  count: number;
  /** The days its events cover: [first, last) as day numbers. */
  firstDay: number;
  lastDay: number;
  /** Events per HEAT_PX-wide cell, from x0. */
  heat: Uint32Array;
}

/** Marks gathered while walking a lane, until they are drawn as one mark or one cluster. */
interface Run {
  first: number;
  count: number;
  firstX: number;
  lastX: number;
  /** Union of the members' pixel extents, and of their days. */
  x0: number;
  x1: number;
  minDay: number;
  maxDay: number;
  heat: number[];
}

const newRun = (): Run => ({
  first: -1,
  count: 0,
  firstX: 0,
  lastX: 0,
  x0: 0,
  x1: 0,
  minDay: 0,
  maxDay: 0,
  heat: [],
});

function addToRun(r: Run, k: number, x: number, x0: number, x1: number, s: number, e: number) {
  if (r.count === 0) {
    Object.assign(r, { first: k, firstX: x, x0, x1, minDay: s, maxDay: e });
    r.heat = [];
  } else {
    r.x0 = Math.min(r.x0, x0);
    r.x1 = Math.max(r.x1, x1);
    r.minDay = Math.min(r.minDay, s);
    r.maxDay = Math.max(r.maxDay, e);
  }
  r.lastX = x;
  r.count++;
}

export interface SceneConnector {
  event: number;
  x: number;
  y0: number;
  y1: number;
}

export interface Scene {
  marks: SceneMark[];
  clusters: SceneCluster[];
  connectors: SceneConnector[];
  /** The fullest heat cell on screen: heat is shaded relative to it. */
  maxHeat: number;
}

export interface SceneInput {
  layout: TimelineLayout;
  geometry: LaneGeometry;
  projection: DayProjection;
  /** The plot's pixel range. */
  range: Range;
  /** The content rows on screen, [top, bottom) in plot pixels (lanes scroll). */
  rows: Range;
  /** Title of each event, by event index. */
  titles: readonly string[];
  /** Event index of the selected event (bold label, always drawn as a mark), or -1. */
  selected: number;
  /** Other events always drawn as marks, never hidden in a cluster (focus, hover). */
  keep: readonly number[];
}

/** The lanes whose bands intersect the rows on screen: [first, last). */
export function lanesInView(g: LaneGeometry, rows: Range): [number, number] {
  let first = lowerBound(g.tops, rows[0]);
  if (first > 0 && g.tops[first - 1]! + g.heights[first - 1]! > rows[0]) first--;
  return [first, Math.max(first, lowerBound(g.tops, rows[1]))];
}

/** The visible part of the layout under one projection. */
export function buildScene(input: SceneInput): Scene {
  const { layout, geometry, projection, range, selected } = input;
  const { a, b } = projection;
  const margin = MARK_RADIUS + 2;
  const left = range[0] - margin;
  const right = range[1] + margin;
  const d0 = (left - b) / a;
  const d1 = (right - b) / a;
  const clip = (px: number) => Math.min(Math.max(px, left), right);
  const pad = geometry.metrics.lanePadding;
  const [laneFrom, laneTo] = lanesInView(geometry, input.rows);
  // At most a few events are kept in sight: compared directly, not via a Set, in the hot loop.
  const [k0 = -2, k1 = -2, k2 = -2] = selected >= 0 ? [selected, ...input.keep] : input.keep;

  const marks: SceneMark[] = [];
  const clusters: SceneCluster[] = [];
  for (let lane = laneFrom; lane < laneTo; lane++) {
    const L = layout.marks[lane]!;
    const top = geometry.tops[lane]!;
    const band = { y0: top + pad, y1: top + geometry.heights[lane]! - pad };
    const mark = (k: number): SceneMark => ({
      event: layout.shown[L.event[k]!]!,
      lane,
      row: L.row[k]!,
      kind: KINDS[L.kind[k]!]!,
      x: a * L.centre[k]! + b,
      y: rowY(geometry, lane, L.row[k]!),
      x0: clip(a * L.start[k]! + b),
      x1: clip(a * L.end[k]! + b),
      label: null,
    });
    // Two open runs: lone points and short marks chain by centre (density);
    // readable bars chain only with bars of nearly the same extent (a year's
    // worth of "in 2011" events is one hatched bar with a count).
    const dense = newRun();
    const bars = newRun();
    const flushDense = () => {
      if (dense.count === 1) marks.push(mark(dense.first));
      else if (dense.count > 1)
        clusters.push({
          kind: 'density',
          lane,
          x0: dense.firstX - MARK_RADIUS,
          x1: dense.lastX + MARK_RADIUS,
          ...band,
          count: dense.count,
          firstDay: dense.minDay,
          lastDay: dense.maxDay,
          heat: Uint32Array.from(dense.heat),
        });
      dense.count = 0;
    };
    const flushBars = () => {
      if (bars.count === 1) marks.push(mark(bars.first));
      else if (bars.count > 1) {
        const y = rowY(geometry, lane, L.row[bars.first]!);
        clusters.push({
          kind: 'range',
          lane,
          x0: clip(bars.x0),
          x1: clip(bars.x1),
          y0: y - BAR_CLUSTER_HALF_HEIGHT,
          y1: y + BAR_CLUSTER_HALF_HEIGHT,
          count: bars.count,
          firstDay: bars.minDay,
          lastDay: bars.maxDay,
          heat: new Uint32Array(0),
        });
      }
      bars.count = 0;
    };
    const [lo, hi] = candidateRange(L.centre, L.maxHalfSpan, d0, d1 + L.maxHalfSpan);
    for (let k = lo; k < hi; k++) {
      const x = a * L.centre[k]! + b;
      const x0 = a * L.start[k]! + b;
      const x1 = a * L.end[k]! + b;
      // A point is drawn as its shape only: its day reaching the plot does not make it visible
      // (zoomed in, yesterday's point would sit in the gutter yet take clicks and show a label).
      const point = L.kind[k] === 0;
      if (
        (point ? x : Math.max(x1, x)) + MARK_RADIUS < left ||
        (point ? x : Math.min(x0, x)) - MARK_RADIUS > right
      )
        continue;
      const e = layout.shown[L.event[k]!]!;
      if (e < 0) continue; // filtered out
      // Events that must stay in sight are never clustered.
      if (e === k0 || e === k1 || e === k2) {
        marks.push(mark(k));
        continue;
      }
      if (L.kind[k] !== 0 && x1 - x0 > MIN_GAP) {
        const same =
          bars.count > 0 && Math.abs(x0 - bars.x0) < MIN_GAP && Math.abs(x1 - bars.x1) < MIN_GAP;
        if (!same) flushBars();
        addToRun(bars, k, x, x0, x1, L.start[k]!, L.end[k]!);
        continue;
      }
      if (!(dense.count > 0 && x - dense.lastX < MIN_GAP && x - dense.firstX <= MAX_RUN))
        flushDense();
      addToRun(dense, k, x, x0, x1, L.start[k]!, L.end[k]!);
      const cell = Math.floor((x - dense.firstX) / HEAT_PX);
      while (dense.heat.length <= cell) dense.heat.push(0);
      dense.heat[cell]!++;
    }
    flushDense();
    flushBars();
  }

  labelMarks(marks, clusters, input);
  let maxHeat = 0;
  for (const c of clusters) for (const n of c.heat) maxHeat = Math.max(maxHeat, n);
  return {
    marks,
    clusters,
    connectors: connectorsInView(input, d0, d1, laneFrom, laneTo),
    maxHeat,
  };
}

/** Titles beside lone marks where they fit; clusters block the rows of their lane. */
function labelMarks(marks: SceneMark[], clusters: readonly SceneCluster[], input: SceneInput) {
  const { geometry, range, titles, selected } = input;
  const rowBase: number[] = [];
  geometry.rows.reduce((sum, n, lane) => ((rowBase[lane] = sum), sum + n), 0);
  const candidates: LabelCandidate[] = marks.map((s) => ({
    event: s.event,
    rank: s.lane,
    row: rowBase[s.lane]! + s.row,
    left: s.kind === 'point' ? s.x - MARK_RADIUS : Math.min(s.x0, s.x - MARK_RADIUS),
    labelX: s.x + MARK_RADIUS + 4,
    text: titles[s.event]!,
    charWidth: s.event === selected ? BOLD_CHAR_WIDTH : CHAR_WIDTH,
  }));
  clusters.forEach((c, i) => {
    for (let row = 0; row < geometry.rows[c.lane]!; row++)
      candidates.push({
        event: -1 - i,
        rank: 0,
        row: rowBase[c.lane]! + row,
        left: c.x0,
        labelX: c.x1,
        text: '',
        charWidth: CHAR_WIDTH,
      });
  });
  const labels = placeLabels(candidates, { maxX: range[1], gap: LABEL_GAP, minChars: 8 });
  marks.forEach((m, i) => (m.label = labels[i] ?? null));
}

function connectorsInView(
  input: SceneInput,
  d0: number,
  d1: number,
  laneFrom: number,
  laneTo: number,
): SceneConnector[] {
  const { layout, geometry, projection, selected } = input;
  const c = layout.connectors;
  const c0 = lowerBound(c.day, d0);
  const c1 = lowerBound(c.day, d1);
  // Shown connectors in view, up to one past the cap (beyond it only the selected one is drawn).
  const candidates: number[] = [];
  for (let i = c0; i < c1 && candidates.length <= MAX_CONNECTORS; i++)
    if (layout.shown[c.event[i]!]! >= 0) candidates.push(i);
  const crowded = candidates.length > MAX_CONNECTORS;
  const out: SceneConnector[] = [];
  const add = (i: number) => {
    const event = layout.shown[c.event[i]!]!;
    // From the top lane shown to the bottom one: lane order changes with the filters.
    let top = -1;
    let bottom = -1;
    for (let k = layout.markFrom[event]!; k < layout.markFrom[event + 1]!; k++) {
      if (top < 0 || layout.markLane[k]! < layout.markLane[top]!) top = k;
      if (bottom < 0 || layout.markLane[k]! > layout.markLane[bottom]!) bottom = k;
    }
    const [from, to] = [layout.markLane[top]!, layout.markLane[bottom]!];
    if (to < laneFrom || from >= laneTo || from === to) return;
    out.push({
      event,
      x: projection.a * c.day[i]! + projection.b,
      y0: rowY(geometry, from, layout.markRow[top]!),
      y1: rowY(geometry, to, layout.markRow[bottom]!),
    });
  };
  if (!crowded) candidates.forEach(add);
  else if (selected >= 0) {
    for (let i = c0; i < c1; i++) if (layout.shown[c.event[i]!] === selected) add(i);
  }
  return out;
}

/** How many events overlap the days [d0, d1): O(log n) from the layout's sorted bounds. */
export function countInView(layout: TimelineLayout, d0: number, d1: number): number {
  return lowerBound(layout.eventStart, d1) - upperBound(layout.endsSorted, d0);
}

function upperBound(sorted: ArrayLike<number>, x: number): number {
  return lowerBound(sorted, x + 1e-9);
}
