/**
 * Focusable, named elements over the canvas marks (see proxies.ts): buttons a
 * screen reader announces and a keyboard reaches. They are transparent; the
 * focus ring (a dashed outline of the circle) is the only thing they draw.
 */
import { memo, type KeyboardEvent } from 'react';
import type { Proxy } from './proxies';
import { HIT_SLOP } from './hit';
import { MARK_RADIUS } from './scene';

export interface MarkProxiesProps {
  proxies: readonly Proxy[];
  eventId: (event: number) => string;
  accessibleName: (event: number) => string;
  /** Event index of the selected event, or -1. */
  selected: number;
  /** Event index of the single tab stop, or -1. */
  tabStop: number;
  onActivate: (event: number) => void;
  onFocusEvent: (event: number) => void;
}

export const MarkProxies = memo(function MarkProxies(p: MarkProxiesProps) {
  return (
    <g className="tl-proxies">
      {p.proxies.map(({ event, x, y, clustered }) => {
        const onKeyDown = (e: KeyboardEvent) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            p.onActivate(event);
          }
        };
        // One element per event: hundreds of them move with every zoom.
        return (
          <circle
            key={event}
            className={clustered ? 'tl-mark is-clustered' : 'tl-mark'}
            role="button"
            tabIndex={event === p.tabStop ? 0 : -1}
            aria-label={p.accessibleName(event)}
            aria-pressed={event === p.selected}
            data-event={p.eventId(event)}
            transform={`translate(${x},${y})`}
            r={MARK_RADIUS + HIT_SLOP}
            onKeyDown={onKeyDown}
            onFocus={() => p.onFocusEvent(event)}
          />
        );
      })}
    </g>
  );
});
