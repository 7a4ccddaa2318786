/**
 * What a touch on the timeline is for. d3-zoom claims every touch it sees and
 * cancels its moves, so a finger that meant to scroll the lanes (or the page)
 * would be stuck. One finger is therefore watched first: moving mostly up or
 * down, it scrolls and d3-zoom never hears of it; mostly sideways, it pans.
 * Two fingers pinch. Pure, so the rules are tested without a DOM.
 */

/**
 * undecided: one finger, not yet moved far enough to tell; pan: one finger
 * moving sideways (or what is left of a pinch); scroll: the browser's vertical
 * scroll; pinch: two fingers or more.
 */
export type TouchMode = 'undecided' | 'pan' | 'scroll' | 'pinch';

/** How far (CSS px) a finger moves before its direction counts. */
export const TOUCH_SLOP = 6;

/**
 * The mode after a touch event, given the mode so far, the number of fingers
 * down, and the first finger's movement since it landed. A scroll stays a
 * scroll until every finger lifts: once the browser scrolls, it owns the
 * gesture and cancelling its moves would only be ignored (with a warning).
 */
export function nextTouchMode(mode: TouchMode, fingers: number, dx: number, dy: number): TouchMode {
  if (mode === 'scroll') return 'scroll';
  if (fingers >= 2) return 'pinch';
  if (mode !== 'undecided') return mode;
  if (Math.hypot(dx, dy) < TOUCH_SLOP) return 'undecided';
  return Math.abs(dy) > Math.abs(dx) ? 'scroll' : 'pan';
}

/** Whether the zoom behaviour should see a move in this mode. */
export const zoomHandles = (mode: TouchMode): boolean => mode === 'pan' || mode === 'pinch';
