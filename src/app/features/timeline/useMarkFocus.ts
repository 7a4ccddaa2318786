/**
 * Keyboard focus among the timeline's marks: which event has it (by id, so it
 * survives new layouts), whether focus is inside the plot at all (then the
 * focused mark is drawn even off screen, so focus is not lost while zooming),
 * and focus requests from the arrow keys, honoured once the mark is drawn.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { Event } from '../../../shared/schema';
import type { Positions } from './positions';

export interface MarkFocus {
  /** Event index of the focused (or last focused) event, or -1. */
  focused: number;
  /** Whether focus is inside the plot. */
  within: boolean;
  setWithin: (within: boolean) => void;
  /** A mark received focus (click or Tab). */
  onFocusEvent: (event: number) => void;
  /** Move focus to an event's mark as soon as it is drawn. */
  focusEvent: (event: number) => void;
}

export function useMarkFocus(
  events: readonly Event[],
  indexOf: Positions,
  svgRef: RefObject<SVGSVGElement | null>,
  /** Changes whenever marks may have been drawn (the scene). */
  drawn: unknown,
): MarkFocus {
  const [focusId, setFocusId] = useState<string | null>(null);
  const [within, setWithin] = useState(false);
  const [request, setRequest] = useState<{ id: string } | null>(null);
  const handled = useRef<object | null>(null);

  const onFocusEvent = useCallback((i: number) => setFocusId(events[i]!.id), [events]);
  const focusEvent = useCallback(
    (i: number) => {
      setFocusId(events[i]!.id);
      setRequest({ id: events[i]!.id });
    },
    [events],
  );
  useEffect(() => {
    if (!request || handled.current === request) return;
    const mark = svgRef.current?.querySelector<SVGGElement>(`[data-event="${request.id}"]`);
    if (mark) {
      mark.focus();
      handled.current = request;
    }
  }, [request, drawn, svgRef]);

  const focused = focusId === null ? -1 : (indexOf.get(focusId) ?? -1);
  return { focused, within, setWithin, onFocusEvent, focusEvent };
}
