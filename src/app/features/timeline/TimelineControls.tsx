/** The toolbar: what the view shows, and the zoom buttons. */
import { formatLong } from '../../../shared/dates';
import type { TimeWindow } from '../../state/view';

export interface TimelineControlsProps {
  /** The days on screen. */
  shown: TimeWindow;
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
  const { shown } = p;
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
