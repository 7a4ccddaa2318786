/**
 * Vertical geometry: where lanes and their sub-rows sit. Fixed per layout, so
 * zooming never touches it.
 */
import type { Lane } from './lanes';

export interface LaneMetrics {
  /** Height of the axis strip above the lanes. */
  axisHeight: number;
  rowHeight: number;
  /** Space above the first row and below the last one in a lane. */
  lanePadding: number;
  minLaneHeight: number;
  /** The plot is never shorter than this (axis included). */
  minHeight: number;
}

export const METRICS: LaneMetrics = {
  axisHeight: 30,
  rowHeight: 20,
  lanePadding: 6,
  minLaneHeight: 40,
  minHeight: 200,
};

export interface LaneGeometry {
  /** Top of each lane, in plot pixels. */
  tops: number[];
  heights: number[];
  /** Sub-rows per lane. */
  rows: number[];
  /** The whole plot's height. */
  height: number;
  metrics: LaneMetrics;
}

export function laneGeometry(lanes: readonly Lane[], metrics: LaneMetrics = METRICS): LaneGeometry {
  const tops: number[] = [];
  const heights: number[] = [];
  const rows: number[] = [];
  let y = metrics.axisHeight;
  for (const lane of lanes) {
    const h = Math.max(
      metrics.minLaneHeight,
      lane.rows * metrics.rowHeight + 2 * metrics.lanePadding,
    );
    tops.push(y);
    heights.push(h);
    rows.push(lane.rows);
    y += h;
  }
  return { tops, heights, rows, height: Math.max(metrics.minHeight, y), metrics };
}

/** The vertical centre of a sub-row of a lane. */
export function rowY(g: LaneGeometry, lane: number, row: number): number {
  const { rowHeight, lanePadding } = g.metrics;
  // A lane held at its minimum height is taller than its rows: centre them.
  const slack = g.heights[lane]! - 2 * lanePadding - g.rows[lane]! * rowHeight;
  return g.tops[lane]! + lanePadding + slack / 2 + row * rowHeight + rowHeight / 2;
}
