/**
 * How the graph's numbers become marks: circle radius, line width, line colour
 * and dash. Scales come from d3-scale; the component only reads them.
 */
import { scaleLinear, scaleSqrt } from 'd3-scale';
import type { EdgeStat } from './aggregate';

/** The conflict and cooperation ends of the balance scale (colour-blind safe). */
export const CONFLICT_COLOR = '#d55e00';
export const COOPERATION_COLOR = '#0072b2';
/** Even dealings; dark enough to keep 3:1 contrast on a white panel. */
export const NEUTRAL_COLOR = '#8a8a8a';

export const MIN_RADIUS = 5;
export const MAX_RADIUS = 22;
export const MIN_WIDTH = 1.5;
export const MAX_WIDTH = 10;

/** Line colour for a balance in [−1, 1]: conflict orange, grey, cooperation blue. */
export const balanceColor = scaleLinear<string>()
  .domain([-1, 0, 1])
  .range([CONFLICT_COLOR, NEUTRAL_COLOR, COOPERATION_COLOR])
  .clamp(true);

/**
 * Circle radius by event count, area-true (square root) against the busiest
 * country in view, with a floor so a one-event country can still be clicked.
 */
export function radiusScale(maxCount: number): (count: number) => number {
  const s = scaleSqrt()
    .domain([0, Math.max(1, maxCount)])
    .range([0, MAX_RADIUS]);
  return (count) => Math.max(MIN_RADIUS, s(count));
}

/** Line width by event count against the busiest pair in view, clamped. */
export function widthScale(maxCount: number): (count: number) => number {
  const s = scaleSqrt()
    .domain([1, Math.max(2, maxCount)])
    .range([MIN_WIDTH, MAX_WIDTH])
    .clamp(true);
  return (count) => s(count);
}

/** The non-colour cue: a pair with more conflict than cooperation is dashed. */
export const isConflictLeaning = (e: Pick<EdgeStat, 'conflict' | 'cooperation'>): boolean =>
  e.conflict > e.cooperation;

/** The dash pattern of a conflict-leaning line, longer for wider lines so it stays legible. */
export const dashFor = (width: number): string =>
  `${Math.max(5, width * 1.8)} ${Math.max(3, width * 1.1)}`;
