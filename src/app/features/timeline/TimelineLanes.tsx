/** Lane names (with counts) in the left gutter; the bands themselves are painted on the canvas. */
import { memo } from 'react';
import type { LaneGeometry } from './geometry';
import { truncate } from './labels';
import type { Lane } from './lanes';

export interface TimelineLanesProps {
  lanes: readonly Lane[];
  geometry: LaneGeometry;
  /** Width of the gutter that holds the names. */
  gutter: number;
}

/** "842", "9,200", "47.6k": a count that fits the gutter beside a name. */
export const compactCount = (n: number): string =>
  n < 10_000 ? n.toLocaleString('en') : `${(n / 1000).toFixed(n < 100_000 ? 1 : 0)}k`;

// Room for about this many characters of a name beside its count.
const NAME_CHARS = 15;

export const TimelineLanes = memo(function TimelineLanes({ lanes, geometry }: TimelineLanesProps) {
  return (
    <g className="tl-lanes" aria-hidden="true">
      {lanes.map((lane, i) => {
        const top = geometry.tops[i]!;
        const h = geometry.heights[i]!;
        return (
          <g key={lane.id} className="tl-lane">
            <text className="tl-lane-name" x={8} y={top + h / 2} dy="0.35em">
              {truncate(lane.name, NAME_CHARS)}
              <tspan className="tl-lane-count" dx={4}>
                {compactCount(lane.count)}
              </tspan>
            </text>
            {lane.name.length > NAME_CHARS && <title>{lane.name}</title>}
          </g>
        );
      })}
    </g>
  );
});
