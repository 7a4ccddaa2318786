/**
 * Short glides between zoom states for the buttons and keys (gestures follow
 * the hand and need none), and the user's wish for no motion at all.
 */
import type { Range, ZoomState } from './scales';

/** How long a button or key zoom glides, in ms. */
export const GLIDE_MS = 180;

/**
 * The zoom a fraction `s` (0…1) of the way from `from` to `to`: the scale
 * changes geometrically and the time under the plot's centre linearly, so a
 * zoom about the centre keeps the centre still.
 */
export function interpolateZoom(
  from: ZoomState,
  to: ZoomState,
  range: Range,
  s: number,
): ZoomState {
  if (s <= 0) return from;
  if (s >= 1) return to;
  const c = (range[0] + range[1]) / 2;
  const w0 = (c - from.x) / from.k;
  const w1 = (c - to.x) / to.k;
  const k = from.k * Math.pow(to.k / from.k, s);
  return { k, x: c - (w0 + (w1 - w0) * s) * k };
}

/** Cubic ease-out: quick to respond, gentle to settle. */
export const easeOut = (s: number): number => 1 - Math.pow(1 - s, 3);

// The user's wish, shared with the reader's scrolling.
export { prefersReducedMotion } from '../../theme/reducedMotion';
