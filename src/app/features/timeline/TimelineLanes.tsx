/** Lane backgrounds across the plot and lane names (with counts) in the left gutter. */
import type { LaneGeometry } from './geometry';
import { truncate } from './labels';
import type { Lane } from './lanes';

export interface TimelineLanesProps {
  lanes: readonly Lane[];
  geometry: LaneGeometry;
  /** Width of the gutter that holds the names. */
  gutter: number;
  width: number;
}

// Room for about this many characters of a name beside its count.
const NAME_CHARS = 15;

export function TimelineLanes({ lanes, geometry, gutter, width }: TimelineLanesProps) {
  return (
    <g className="tl-lanes" aria-hidden="true">
      {lanes.map((lane, i) => {
        const top = geometry.tops[i]!;
        const h = geometry.heights[i]!;
        return (
          <g key={lane.id} className={i % 2 ? 'tl-lane is-odd' : 'tl-lane'}>
            <rect className="tl-lane-band" x={0} y={top} width={width} height={h} />
            <text className="tl-lane-name" x={8} y={top + h / 2} dy="0.35em">
              {truncate(lane.name, NAME_CHARS)}
              <tspan className="tl-lane-count" dx={4}>
                {lane.count}
              </tspan>
            </text>
            {lane.name.length > NAME_CHARS && <title>{lane.name}</title>}
            <line className="tl-gutter-line" x1={gutter} x2={gutter} y1={top} y2={top + h} />
          </g>
        );
      })}
    </g>
  );
}
