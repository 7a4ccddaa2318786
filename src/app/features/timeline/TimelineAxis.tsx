/** The time axis along the top and its gridlines down through the lanes. */
import type { ScaleTime } from 'd3-scale';
import type { AxisTick } from './ticks';

export interface TimelineAxisProps {
  ticks: readonly AxisTick[];
  /** Times of unlabelled gridlines. */
  minor: readonly number[];
  scale: ScaleTime<number, number>;
  axisHeight: number;
  height: number;
}

export function TimelineAxis({ ticks, minor, scale, axisHeight, height }: TimelineAxisProps) {
  return (
    // The labelled ticks are a list a screen reader can read ("2019, 2020, 2021" or
    // "Apr, May, Jun"): they say what stretch of time is on screen.
    <g className="tl-axis" role="list" aria-label="Time axis">
      {minor.map((t) => {
        const x = scale(t);
        return (
          <line
            key={t}
            aria-hidden="true"
            className="tl-grid is-minor"
            x1={x}
            x2={x}
            y1={axisHeight}
            y2={height}
          />
        );
      })}
      {ticks.map((t) => {
        const x = scale(t.time);
        return (
          <g key={t.time} role="listitem" transform={`translate(${x},0)`}>
            <line
              aria-hidden="true"
              className={t.major ? 'tl-grid is-major' : 'tl-grid'}
              y1={axisHeight - 8}
              y2={height}
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
        x1={scale.range()[0]}
        x2={scale.range()[1]}
        y1={axisHeight}
        y2={axisHeight}
      />
    </g>
  );
}
