import { useId } from 'react';
import {
  CONFLICT_COLOR,
  COOPERATION_COLOR,
  dashFor,
  MAX_WIDTH,
  MIN_WIDTH,
  NEUTRAL_COLOR,
} from './encoding';

/** What width, colour, dash, size and ring mean. Samples are decorative; the words carry it. */
export function GraphLegend({ maxEdgeCount }: { maxEdgeCount: number }) {
  const gradient = useId();
  return (
    <ul className="graph-legend" aria-label="Graph legend">
      <li>
        <svg width="34" height="14" aria-hidden="true">
          <line x1="2" y1="4" x2="32" y2="4" stroke={NEUTRAL_COLOR} strokeWidth={MIN_WIDTH} />
          <line x1="2" y1="10" x2="32" y2="10" stroke={NEUTRAL_COLOR} strokeWidth={MAX_WIDTH / 2} />
        </svg>
        Line width: events the two share
        {maxEdgeCount > 1 ? ` (1–${maxEdgeCount})` : ''}
      </li>
      <li>
        <svg width="34" height="14" aria-hidden="true">
          <defs>
            <linearGradient id={gradient}>
              <stop offset="0" stopColor={CONFLICT_COLOR} />
              <stop offset="0.5" stopColor={NEUTRAL_COLOR} />
              <stop offset="1" stopColor={COOPERATION_COLOR} />
            </linearGradient>
          </defs>
          <rect x="1" y="3" width="32" height="8" rx="2" fill={`url(#${gradient})`} />
        </svg>
        Colour: conflict (orange) to cooperation (blue)
      </li>
      <li>
        <svg width="34" height="14" aria-hidden="true">
          <line
            x1="2"
            y1="7"
            x2="32"
            y2="7"
            stroke={CONFLICT_COLOR}
            strokeWidth="3"
            strokeDasharray={dashFor(3)}
          />
        </svg>
        Dashed: more conflict than cooperation
      </li>
      <li>
        <svg width="34" height="14" aria-hidden="true">
          <circle cx="8" cy="7" r="4" className="graph-legend-node" />
          <circle cx="24" cy="7" r="4" className="graph-legend-node is-selected" />
        </svg>
        Circle size: events in view; thick ring: in the country filter
      </li>
      <li>
        <svg width="34" height="14" aria-hidden="true">
          <circle cx="17" cy="7" r="6" className="graph-node-halo" />
          <circle cx="17" cy="7" r="3" className="graph-legend-node" />
        </svg>
        Halo: the selected event&apos;s countries and lines
      </li>
    </ul>
  );
}
