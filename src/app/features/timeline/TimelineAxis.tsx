/** The time axis along the top of the plot. Its gridlines are painted with the marks. */
import type { ScaleTime } from 'd3-scale';
import type { AxisTick } from './ticks';

export interface TimelineAxisProps {
  ticks: readonly AxisTick[];
  scale: ScaleTime<number, number>;
  axisHeight: number;
  /** The plot's pixel range: ticks outside it are not shown. */
  range: readonly [number, number];
}

export function TimelineAxis({ ticks, scale, axisHeight, range }: TimelineAxisProps) {
  return (
    // The labelled ticks are a list a screen reader can read ("2019, 2020, 2021" or
    // "Apr, May, Jun"): they say what stretch of time is on screen.
    <g className="tl-axis" role="list" aria-label="Time axis">
      {ticks.map((t) => {
        const x = scale(t.time);
        if (x < range[0] || x > range[1]) return null;
        return (
          <g key={t.time} role="listitem" transform={`translate(${x},0)`}>
            <line
              aria-hidden="true"
              className={t.major ? 'tl-grid is-major' : 'tl-grid'}
              y1={axisHeight - 8}
              y2={axisHeight}
            />
            <text className={t.major ? 'tl-tick is-major' : 'tl-tick'} x={4} y={axisHeight - 12}>
              {t.label}
            </text>
          </g>
        );
      })}
      <line
        aria-hidden="true"
        className="tl-axis-line"
        x1={range[0]}
        x2={range[1]}
        y1={axisHeight - 0.5}
        y2={axisHeight - 0.5}
      />
    </g>
  );
}
