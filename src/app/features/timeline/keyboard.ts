/**
 * The timeline's keys, as a pure map from a key press to an action, so the
 * bindings are tested without a DOM and listed in one place (the help text
 * below the legend mirrors them).
 */

export type KeyAction =
  | { type: 'zoom'; factor: number }
  | { type: 'fit' }
  /** Pan by a fraction of the plot width (positive: later in time). */
  | { type: 'pan'; fraction: number }
  /** Move focus to the previous (-1) or next (+1) event in time. */
  | { type: 'step'; delta: -1 | 1 }
  | { type: 'edge'; edge: 'first' | 'last' };

export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

export const ZOOM_STEP = 2;
export const PAN_FRACTION = 0.25;

export const KEY_HELP =
  'Keys: + or − to zoom, 0 to fit, Shift+← or Shift+→ to pan, ← or → for the previous or next event, Home or End for the first or last, Enter to select.';

/** The action for a key press, or null to let the browser have it. */
export function keyAction(e: KeyPress): KeyAction | null {
  // Leave browser and system shortcuts (Ctrl/Cmd + and −, Alt+←) alone.
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  switch (e.key) {
    case '+':
    case '=':
      return { type: 'zoom', factor: ZOOM_STEP };
    case '-':
    case '_':
      return { type: 'zoom', factor: 1 / ZOOM_STEP };
    case '0':
      return { type: 'fit' };
    case 'ArrowLeft':
      return e.shiftKey ? { type: 'pan', fraction: -PAN_FRACTION } : { type: 'step', delta: -1 };
    case 'ArrowRight':
      return e.shiftKey ? { type: 'pan', fraction: PAN_FRACTION } : { type: 'step', delta: 1 };
    case 'Home':
      return { type: 'edge', edge: 'first' };
    case 'End':
      return { type: 'edge', edge: 'last' };
    default:
      return null;
  }
}
