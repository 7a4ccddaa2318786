/**
 * The zoomable timeline: one lane per country, events as marks coloured and
 * shaped by quad class, ranges that look as uncertain as their dates. Layout is
 * computed once per set of events; a zoom frame only projects days to pixels,
 * culls, and places labels (see scene.ts). When `selectedId` changes from
 * elsewhere the view does not move: a "Show selected" button appears instead
 * when the selected event is out of view, so nobody loses their place.
 */
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import type { Dataset, Event } from '../../../shared/schema';
import type { TimeWindow } from '../../state/view';
import { laneGeometry } from './geometry';
import { layoutTimeline, type TimelineLayout } from './lanes';
import { lazyAccessibleNames } from './names';
import { baseDomain, dayProjection, fitDomain, maxZoom, type Range, visibleScale } from './scales';
import { buildScene } from './scene';
import { timelineCommands } from './commands';
import { axisTicks, minorTicks } from './ticks';
import { TimelineAxis } from './TimelineAxis';
import { TimelineControls } from './TimelineControls';
import { TimelineLanes } from './TimelineLanes';
import { TimelineLegend } from './TimelineLegend';
import { HatchPatterns, TimelineMarks } from './TimelineMarks';
import { TimelineTooltip } from './TimelineTooltip';
import { useElementWidth } from '../../hooks/useElementWidth';
import { indexDataset } from '../../data/indexes';
import { useMarkFocus } from './useMarkFocus';
import { useTimeWindow } from './useTimeWindow';
import './timeline.css';

export interface TimelineProps {
  dataset: Dataset;
  /** The filtered events, date-sorted. */
  events: Event[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** The visible window from the store/URL; null fits the events. */
  window: TimeWindow | null;
  onWindowChange: (w: TimeWindow | null) => void;
}

const DEFAULT_WIDTH = 800;
const GUTTER = 130;
const RIGHT_PAD = 12;

export function Timeline(props: TimelineProps) {
  const { dataset, events, selectedId, onSelect } = props;
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const helpId = `${uid}-help`;
  const [plotRef, width, measured] = useElementWidth<HTMLDivElement>(DEFAULT_WIDTH);
  const svgRef = useRef<SVGSVGElement>(null);

  // Once per dataset or set of events: never per frame.
  const { nameOf } = indexDataset(dataset);
  const layout = useMemo(() => layoutTimeline(events, nameOf), [events, nameOf]);
  const geometry = useMemo(() => laneGeometry(layout.lanes), [layout]);
  const base = useMemo(() => baseDomain(dataset.events), [dataset]);
  const fit = useMemo(() => fitDomain(events, base), [events, base]);
  const titles = useMemo(() => events.map((e) => e.title), [events]);
  const indexOf = useMemo(() => new Map(events.map((e, i) => [e.id, i])), [events]);
  const accessibleName = useMemo(() => lazyAccessibleNames(dataset, events), [dataset, events]);
  const maxK = maxZoom(base);
  const range = useMemo<Range>(() => [GUTTER, Math.max(GUTTER + 50, width - RIGHT_PAD)], [width]);

  const { zoom, controls, fitView } = useTimeWindow(svgRef, {
    base,
    fit,
    range,
    width,
    height: geometry.height,
    maxK,
    window: props.window,
    onWindowChange: props.onWindowChange,
  });

  // Per frame: a projection, ticks and the visible scene.
  const projection = useMemo(() => dayProjection(zoom, base, range), [zoom, base, range]);
  const scale = useMemo(() => visibleScale(zoom, base, range), [zoom, base, range]);
  const ticks = useMemo(() => axisTicks(scale, range[1] - range[0]), [scale, range]);
  const minor = useMemo(() => minorTicks(scale, range[1] - range[0]), [scale, range]);
  const selected = selectedId === null ? -1 : (indexOf.get(selectedId) ?? -1);
  const {
    focused,
    within: focusWithin,
    setWithin,
    onFocusEvent,
    focusEvent,
  } = useMarkFocus(events, indexOf, svgRef, projection);
  const scene = useMemo(
    () =>
      buildScene({
        layout,
        geometry,
        projection,
        range,
        titles,
        selected,
        keep: focusWithin ? focused : -1,
      }),
    [layout, geometry, projection, range, titles, selected, focusWithin, focused],
  );

  const d0 = (range[0] - projection.b) / projection.a;
  const d1 = (range[1] - projection.b) / projection.a;
  const inView = (i: number) => {
    const m = layout.marks[layout.primaryMark[i] ?? -1];
    return m !== undefined && m.end > d0 && m.start < d1;
  };
  const firstInView = scene.marks.find((s) => s.mark.primary && inView(s.mark.event));
  const tabStop =
    focused >= 0 && (focusWithin || inView(focused))
      ? focused
      : selected >= 0 && inView(selected)
        ? selected
        : (firstInView?.mark.event ?? -1);
  const eventsInView = scene.marks.reduce(
    (n, s) => n + (s.mark.primary && inView(s.mark.event) ? 1 : 0),
    0,
  );

  const onActivate = useCallback((i: number) => onSelect(events[i]!.id), [onSelect, events]);
  // The hovered mark, remembered with its layout so a new layout forgets it.
  const [hover, setHover] = useState<{ layout: TimelineLayout; mark: number } | null>(null);
  const onHover = useCallback(
    (mark: number | null) => setHover(mark === null ? null : { layout, mark }),
    [layout],
  );
  const hovered = hover?.layout === layout ? hover.mark : null;
  const tipMark = hovered ?? (focusWithin && focused >= 0 ? layout.primaryMark[focused] : null);
  const tip = scene.marks.find((s) => s.index === tipMark && s.x >= range[0] && s.x <= range[1]);

  const commands = timelineCommands({
    events,
    layout,
    base,
    range,
    maxK,
    controls,
    fitView,
    projection,
    current: tabStop,
    focusEvent,
  });
  return (
    <section aria-label="Timeline" aria-busy={!measured} className="timeline">
      <TimelineControls
        scale={scale}
        eventsInView={eventsInView}
        eventCount={events.length}
        canZoomIn={zoom.k < maxK - 1e-6}
        canZoomOut={zoom.k > 1 + 1e-6}
        onZoom={commands.zoomBy}
        onFit={fitView}
        onShowSelected={selected >= 0 && !inView(selected) ? () => commands.reveal(selected) : null}
      />
      <div
        ref={plotRef}
        className="tl-plot"
        role="group"
        aria-label="Events by country and date"
        aria-describedby={helpId}
        tabIndex={tabStop < 0 ? 0 : -1}
        onKeyDown={commands.onKeyDown}
        onFocus={() => setWithin(true)}
        onBlur={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setWithin(false);
        }}
      >
        <svg ref={svgRef} className="tl-svg" width={width} height={geometry.height}>
          <HatchPatterns id={uid} />
          <clipPath id={`${uid}-clip`}>
            <rect x={range[0]} y={0} width={range[1] - range[0]} height={geometry.height} />
          </clipPath>
          <TimelineLanes lanes={layout.lanes} geometry={geometry} gutter={GUTTER} width={width} />
          <g clipPath={`url(#${uid}-clip)`}>
            <TimelineAxis
              ticks={ticks}
              minor={minor}
              scale={scale}
              axisHeight={geometry.metrics.axisHeight}
              height={geometry.height}
            />
            <TimelineMarks
              scene={scene}
              events={events}
              patternId={uid}
              selected={selected}
              tabStop={tabStop}
              accessibleName={accessibleName}
              onActivate={onActivate}
              onHover={onHover}
              onFocusEvent={onFocusEvent}
            />
          </g>
        </svg>
        {events.length === 0 && <p className="tl-empty">No events match the filters.</p>}
        {tip && (
          <TimelineTooltip
            dataset={dataset}
            event={events[tip.mark.event]!}
            x={tip.x}
            y={tip.y}
            width={width}
          />
        )}
      </div>
      <TimelineLegend helpId={helpId} />
    </section>
  );
}
