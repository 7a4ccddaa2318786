/**
 * What the timeline's buttons and keys do, given the current layout and zoom.
 * Moves made for the user glide briefly (not at all with reduced motion) and
 * are reported like gestures.
 */
import type { KeyboardEvent } from 'react';
import type { Event } from '../../../shared/schema';
import { lowerBound } from './cull';
import { keyAction } from './keyboard';
import type { TimelineLayout } from './lanes';
import { prefersReducedMotion } from './motion';
import {
  panBy,
  revealDays,
  zoomAbout,
  type DayProjection,
  type Domain,
  type Range,
} from './scales';
import type { ZoomControls } from './useZoom';

export interface CommandContext {
  events: readonly Event[];
  layout: TimelineLayout;
  base: Domain;
  range: Range;
  maxK: number;
  controls: ZoomControls;
  fitView: () => void;
  projection: DayProjection;
  /** The event that has (or would get) keyboard focus, or -1. */
  current: number;
  /** Give an event keyboard focus (the renderer keeps its mark while it moves into view). */
  focusEvent: (event: number) => void;
}

export interface Commands {
  /** Zoom about a pixel (the plot's centre by default). */
  zoomBy: (factor: number, anchor?: number) => void;
  /** Bring an event into view without changing the zoom. */
  reveal: (event: number) => void;
  onKeyDown: (e: KeyboardEvent) => void;
}

export function timelineCommands(c: CommandContext): Commands {
  const { controls, range, maxK } = c;
  const move = (z: ReturnType<ZoomControls['current']>) =>
    controls.moveTo(z, { animate: !prefersReducedMotion(), user: true });
  const centre = (range[0] + range[1]) / 2;
  const { a, b } = c.projection;
  const daysOf = (event: number) =>
    event >= 0 && event < c.events.length
      ? { start: c.layout.eventStart[event]!, end: c.layout.eventEnd[event]! }
      : undefined;
  const zoomBy = (factor: number, anchor = centre) =>
    move(zoomAbout(controls.current(), factor, anchor, range, maxK));
  // Keys zoom about the focused event while it is on screen, so it stays there.
  const keyAnchor = () => {
    const m = daysOf(c.current);
    const x = m ? (a * (m.start + m.end)) / 2 + b : NaN;
    return x >= range[0] && x <= range[1] ? x : centre;
  };
  const reveal = (event: number) => {
    const m = daysOf(event);
    if (m) move(revealDays(controls.current(), m.start, m.end - 1, c.base, range, maxK));
  };
  const goTo = (event: number) => {
    if (event < 0 || event >= c.events.length) return;
    reveal(event);
    c.focusEvent(event);
  };
  // With no event focused, step from the middle of the view.
  const after = () => lowerBound(c.layout.eventStart, (centre - b) / a);

  const onKeyDown = (e: KeyboardEvent) => {
    const action = keyAction(e);
    if (!action) return;
    e.preventDefault();
    switch (action.type) {
      case 'zoom':
        return zoomBy(action.factor, keyAnchor());
      case 'fit':
        return c.fitView();
      case 'pan':
        return move(
          panBy(controls.current(), action.fraction * (range[1] - range[0]), range, maxK),
        );
      case 'step':
        if (c.current >= 0) return goTo(c.current + action.delta);
        return goTo(action.delta > 0 ? after() : after() - 1);
      case 'edge':
        return goTo(action.edge === 'first' ? 0 : c.events.length - 1);
    }
  };
  return { zoomBy, reveal, onKeyDown };
}
