/**
 * One zoom frame of the timeline, in pixels: the marks and connectors that can
 * be seen, where they go and which carry a label. Pure, so the SVG renderer
 * (and a canvas one later) only draws what this returns.
 */
import { candidateRange, lowerBound } from './cull';
import { rowY, type LaneGeometry } from './geometry';
import { placeLabels, type LabelCandidate } from './labels';
import type { LaneMark, TimelineLayout } from './lanes';
import type { DayProjection, Range } from './scales';

export const MARK_RADIUS = 6;
export const LABEL_FONT_SIZE = 12;
// Generous average glyph widths for the UI's sans-serif at 12px: an estimate
// that errs wide keeps labels from touching without measuring text.
const CHAR_WIDTH = 6.6;
const BOLD_CHAR_WIDTH = 7.3;
const LABEL_GAP = 6;

export interface SceneMark {
  /** Index into layout.marks. */
  index: number;
  mark: LaneMark;
  /** Centre of the shape. */
  x: number;
  y: number;
  /** The mark's days in pixels, clipped a little outside the plot. */
  x0: number;
  x1: number;
  label: string | null;
}

export interface SceneConnector {
  event: number;
  x: number;
  y0: number;
  y1: number;
}

export interface Scene {
  marks: SceneMark[];
  connectors: SceneConnector[];
}

export interface SceneInput {
  layout: TimelineLayout;
  geometry: LaneGeometry;
  projection: DayProjection;
  /** The plot's pixel range. */
  range: Range;
  /** Title of each event, by event index. */
  titles: readonly string[];
  /** Event index of the selected event (bold label), or -1. */
  selected: number;
  /** Event index whose primary mark is drawn even off screen (it has focus), or -1. */
  keep: number;
}

/** The visible part of the layout under one projection. */
export function buildScene(input: SceneInput): Scene {
  const { layout, geometry, projection, range, titles, selected, keep } = input;
  const { a, b } = projection;
  const margin = MARK_RADIUS + 2;
  const d0 = (range[0] - margin - b) / a;
  const d1 = (range[1] + margin - b) / a;
  const clip = (px: number) => Math.min(Math.max(px, range[0] - margin), range[1] + margin);

  const marks: SceneMark[] = [];
  // Whether the bar or the shape of a mark reaches into the plot; adds it if so (or if forced).
  const add = (index: number, force: boolean) => {
    const mark = layout.marks[index]!;
    const x0 = a * mark.start + b;
    const x1 = a * mark.end + b;
    const x = (x0 + x1) / 2;
    const left = mark.kind === 'point' ? x - MARK_RADIUS : Math.min(x0, x - MARK_RADIUS);
    const right = mark.kind === 'point' ? x + MARK_RADIUS : Math.max(x1, x + MARK_RADIUS);
    const visible = right >= range[0] && left <= range[1];
    if (!visible && !force) return false;
    const y = rowY(geometry, mark.lane, mark.row);
    marks.push({ index, mark, x, y, x0: clip(x0), x1: clip(x1), label: null });
    return visible;
  };
  const [lo, hi] = candidateRange(layout.starts, layout.maxSpan, d0, d1);
  const kept = keep >= 0 ? (layout.primaryMark[keep] ?? -1) : -1;
  let keptDrawn = false;
  for (let i = lo; i < hi; i++) {
    if (layout.marks[i]!.end <= d0) continue;
    if (add(i, false) && i === kept) keptDrawn = true;
  }
  if (kept >= 0 && !keptDrawn) add(kept, true);

  const rowBase: number[] = [];
  geometry.rows.reduce((sum, n, lane) => ((rowBase[lane] = sum), sum + n), 0);
  const candidates: LabelCandidate[] = marks.map((s) => ({
    event: s.mark.event,
    rank: s.mark.lane,
    row: rowBase[s.mark.lane]! + s.mark.row,
    left: s.mark.kind === 'point' ? s.x - MARK_RADIUS : Math.min(s.x0, s.x - MARK_RADIUS),
    labelX: s.x + MARK_RADIUS + 4,
    text: titles[s.mark.event]!,
    charWidth: s.mark.event === selected ? BOLD_CHAR_WIDTH : CHAR_WIDTH,
  }));
  const labels = placeLabels(candidates, { maxX: range[1], gap: LABEL_GAP, minChars: 8 });
  labels.forEach((label, i) => (marks[i]!.label = label));

  const connectors: SceneConnector[] = [];
  const c0 = lowerBound(layout.connectorDays, d0);
  const c1 = lowerBound(layout.connectorDays, d1);
  for (let i = c0; i < c1; i++) {
    const c = layout.connectors[i]!;
    connectors.push({
      event: c.event,
      x: a * c.day + b,
      y0: rowY(geometry, c.from.lane, c.from.row),
      y1: rowY(geometry, c.to.lane, c.to.row),
    });
  }
  return { marks, connectors };
}
