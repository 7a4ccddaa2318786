/**
 * The full title and facts of the hovered or focused mark. Hidden from
 * assistive tech: the mark's accessible name already says all of it.
 */
import { PLOVER, QUAD_LABELS } from '../../../shared/plover';
import type { Dataset, Event } from '../../../shared/schema';
import { countryNames, formatEventDate } from '../../format';

export interface TimelineTooltipProps {
  dataset: Dataset;
  event: Event;
  /** The mark's centre in plot pixels. */
  x: number;
  y: number;
  /** The plot's width, to keep the tip inside it. */
  width: number;
}

const OFFSET = 14;
const TIP_WIDTH = 280;

export function TimelineTooltip({ dataset, event, x, y, width }: TimelineTooltipProps) {
  const flip = x + OFFSET + TIP_WIDTH > width;
  const style = {
    top: y + OFFSET,
    left: flip ? undefined : x + OFFSET,
    right: flip ? width - x + OFFSET : undefined,
    maxWidth: TIP_WIDTH,
  };
  return (
    <div className="tl-tooltip" style={style} aria-hidden="true">
      <strong>{event.title}</strong>
      <span>{formatEventDate(event.date)}</span>
      <span>
        {PLOVER[event.type].label} · {QUAD_LABELS[event.quadClass]}
      </span>
      <span>{countryNames(dataset, event).join(', ')}</span>
    </div>
  );
}
