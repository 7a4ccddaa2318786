/**
 * The full title and facts of the hovered or focused mark, or the count and
 * days of a hovered cluster. Hidden from assistive tech: a mark's accessible
 * name already says all of it, and the keyboard moves between events.
 */
import { PLOVER, QUAD_LABELS } from '../../../shared/plover';
import type { Dataset, Event } from '../../../shared/schema';
import { dayToIso, formatLong } from '../../../shared/dates';
import { countryNames, formatEventDate } from '../../format';
import { formatCount } from './draw';
import type { SceneCluster } from './scene';

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

/** Beside the point, flipped to its left where it would run out of the plot. */
function place(x: number, y: number, width: number) {
  const flip = x + OFFSET + TIP_WIDTH > width;
  return {
    top: y + OFFSET,
    left: flip ? undefined : x + OFFSET,
    right: flip ? width - x + OFFSET : undefined,
    maxWidth: TIP_WIDTH,
  };
}

export function TimelineTooltip({ dataset, event, x, y, width }: TimelineTooltipProps) {
  return (
    <div className="tl-tooltip" style={place(x, y, width)} aria-hidden="true">
      <strong>{event.title}</strong>
      <span>{formatEventDate(event.date)}</span>
      <span>
        {PLOVER[event.type].label} · {QUAD_LABELS[event.quadClass]}
      </span>
      <span>{countryNames(dataset, event).join(', ')}</span>
    </div>
  );
}

export interface ClusterTooltipProps {
  cluster: SceneCluster;
  /** The lane's country. */
  lane: string;
  x: number;
  y: number;
  width: number;
}

/** A cluster's count, lane and days, and what a click does. */
export function ClusterTooltip({ cluster, lane, x, y, width }: ClusterTooltipProps) {
  const first = dayToIso(cluster.firstDay);
  const last = dayToIso(cluster.lastDay - 1);
  return (
    <div className="tl-tooltip" style={place(x, y, width)} aria-hidden="true">
      <strong>
        {formatCount(cluster.count)} events · {lane}
      </strong>
      <span>
        {first === last ? formatLong(first) : `${formatLong(first)} – ${formatLong(last)}`}
      </span>
      <span className="tl-tooltip-hint">Click to zoom in</span>
    </div>
  );
}
