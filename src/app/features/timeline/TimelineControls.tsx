/** The toolbar: what the view shows, and the zoom buttons. */
import type { ScaleTime } from 'd3-scale';
import { formatLong } from '../../../shared/dates';
import { domainToWindow } from './scales';

export interface TimelineControlsProps {
  /** The visible scale (its domain is the window on screen). */
  scale: ScaleTime<number, number>;
  eventsInView: number;
  eventCount: number;
  canZoomIn: boolean;
  canZoomOut: boolean;
  onZoom: (factor: number) => void;
  onFit: () => void;
  /** Present when the selected event is out of view. */
  onShowSelected: (() => void) | null;
}

export function TimelineControls(p: TimelineControlsProps) {
  const [t0, t1] = p.scale.domain();
  const shown = domainToWindow([t0!.getTime(), t1!.getTime()]);
  return (
    <div className="tl-toolbar">
      <h2 className="tl-title">Timeline</h2>
      <p className="tl-status">
        <span>
          {formatLong(shown.start)} – {formatLong(shown.end)}
        </span>
        <span className="tl-count">
          {p.eventsInView} of {p.eventCount} events in view
        </span>
      </p>
      <div className="tl-buttons">
        {p.onShowSelected && (
          <button type="button" onClick={p.onShowSelected}>
            Show selected
          </button>
        )}
        {/* aria-disabled rather than disabled, so focus is not lost at the zoom limits. */}
        <button
          type="button"
          aria-disabled={!p.canZoomIn}
          onClick={() => p.canZoomIn && p.onZoom(2)}
          title="Zoom in (+)"
        >
          Zoom in
        </button>
        <button
          type="button"
          aria-disabled={!p.canZoomOut}
          onClick={() => p.canZoomOut && p.onZoom(0.5)}
          title="Zoom out (−)"
        >
          Zoom out
        </button>
        <button type="button" onClick={p.onFit} title="Fit the events (0)">
          Fit
        </button>
      </div>
    </div>
  );
}
