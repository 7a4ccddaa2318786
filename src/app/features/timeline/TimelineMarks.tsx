/**
 * Draws one scene: connectors, marks and their labels, as SVG. All geometry
 * comes from buildScene; this component only turns it into elements, so a
 * canvas renderer can replace it without touching layout or interaction.
 */
import { memo, type KeyboardEvent } from 'react';
import type { Event } from '../../../shared/schema';
import { QUAD_STYLE, shapePath } from '../../theme/quad';
import { MARK_RADIUS, type Scene, type SceneMark } from './scene';

export interface TimelineMarksProps {
  scene: Scene;
  events: readonly Event[];
  /** Prefix of the hatch pattern ids (see HatchPatterns). */
  patternId: string;
  /** Event index of the selected event, or -1. */
  selected: number;
  /** Event index whose mark is the single tab stop, or -1. */
  tabStop: number;
  accessibleName: (event: number) => string;
  onActivate: (event: number) => void;
  onHover: (mark: number | null) => void;
  onFocusEvent: (event: number) => void;
}

const BAR_HALF_HEIGHT = 5;

export const TimelineMarks = memo(function TimelineMarks(props: TimelineMarksProps) {
  const { scene, events, selected, tabStop } = props;
  return (
    <>
      <g className="tl-connectors" aria-hidden="true">
        {scene.connectors.map((c) => (
          <line
            key={c.event}
            className={c.event === selected ? 'tl-connector is-selected' : 'tl-connector'}
            x1={c.x}
            x2={c.x}
            y1={c.y0}
            y2={c.y1}
          />
        ))}
      </g>
      <g className="tl-marks">
        {scene.marks.map((s) => (
          <Mark
            key={s.index}
            s={s}
            event={events[s.mark.event]!}
            isSelected={s.mark.event === selected}
            tabbable={s.mark.event === tabStop}
            name={s.mark.primary ? props.accessibleName(s.mark.event) : null}
            patternId={props.patternId}
            onActivate={props.onActivate}
            onHover={props.onHover}
            onFocusEvent={props.onFocusEvent}
          />
        ))}
      </g>
    </>
  );
});

interface MarkProps extends Pick<
  TimelineMarksProps,
  'patternId' | 'onActivate' | 'onHover' | 'onFocusEvent'
> {
  s: SceneMark;
  event: Event;
  isSelected: boolean;
  tabbable: boolean;
  /** The accessible name, for the one exposed mark of its event; null for the others. */
  name: string | null;
}

// Each mark gets only its own data, so a mark re-renders only when it changes.
const Mark = memo(function Mark({ s, event, isSelected, tabbable, name, ...p }: MarkProps) {
  const { mark, label } = s;
  const { color, shape } = QUAD_STYLE[event.quadClass];
  const hollow = event.date.basis === 'publication';
  const activate = () => p.onActivate(mark.event);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      activate();
    }
  };
  const a11y =
    name !== null
      ? {
          role: 'button',
          tabIndex: tabbable ? 0 : -1,
          'aria-label': name,
          'aria-pressed': isSelected,
          'data-event': event.id,
          onKeyDown,
          onFocus: () => p.onFocusEvent(mark.event),
        }
      : { 'aria-hidden': true };
  const classes = [
    'tl-mark',
    `is-${mark.kind}`,
    isSelected && 'is-selected',
    hollow && 'is-hollow',
  ];
  return (
    <g
      className={classes.filter(Boolean).join(' ')}
      transform={`translate(${s.x},${s.y})`}
      onClick={activate}
      onPointerEnter={() => p.onHover(s.index)}
      onPointerLeave={() => p.onHover(null)}
      {...a11y}
    >
      {mark.kind !== 'point' && (
        <rect
          className="tl-bar"
          x={s.x0 - s.x}
          y={-BAR_HALF_HEIGHT}
          width={Math.max(1, s.x1 - s.x0)}
          height={2 * BAR_HALF_HEIGHT}
          fill={mark.kind === 'range' ? `url(#${p.patternId}-${event.quadClass})` : color}
          stroke={color}
        />
      )}
      {isSelected && <circle className="tl-halo" r={MARK_RADIUS + 5} />}
      <circle className="tl-focus" r={MARK_RADIUS + 4} />
      <path
        className="tl-shape"
        d={shapePath(shape, MARK_RADIUS)}
        fill={hollow ? 'var(--bg, #fff)' : color}
        stroke={color}
      />
      {label !== null && (
        <text className="tl-label" x={MARK_RADIUS + 4} dy="0.35em">
          {label}
        </text>
      )}
    </g>
  );
});

/** Hatch patterns, one per quad class, that make an uncertain range look uncertain. */
export function HatchPatterns({ id }: { id: string }) {
  return (
    <defs>
      {Object.entries(QUAD_STYLE).map(([quad, { color }]) => (
        <pattern
          key={quad}
          id={`${id}-${quad}`}
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" fill={color} fillOpacity="0.12" />
          <line x1="0" y1="0" x2="0" y2="6" stroke={color} strokeWidth="2" strokeOpacity="0.55" />
        </pattern>
      ))}
    </defs>
  );
}
