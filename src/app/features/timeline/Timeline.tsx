/**
 * The zoomable timeline: one lane per country, events as marks coloured and
 * shaped by quad class, ranges that look as uncertain as their dates. Marks
 * are painted on a canvas (tens of thousands of SVG elements would stall);
 * the axis, lane names, focusable mark proxies and tooltips stay in the DOM.
 * Layout is computed once per set of events; a zoom frame only projects days
 * to pixels, picks the level of detail and places labels (see scene.ts).
 * Lanes beyond the plot's height scroll, and only those on screen are drawn.
 * When `selectedId` changes from elsewhere the view does not move: a "Show
 * selected" button appears instead, so nobody loses their place.
 */
import { useCallback, useId, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { Dataset, Event } from '../../../shared/schema';
import type { TimeWindow } from '../../state/view';
import { laneGeometry, METRICS } from './geometry';
import { filterLayout, layoutTimeline, type TimelineLayout } from './lanes';
import { datasetLayout } from './datasetLayout';
import { selectionPositions } from '../../state/selectors';
import { indexEvents, type EventIndex } from '../../data/eventIndex';
import { lazyAccessibleNames } from './names';
import {
  baseDomain,
  DAY_MS,
  dayProjection,
  domainToWindow,
  domainToZoom,
  fitDomain,
  layoutExtent,
  maxZoom,
  padDomain,
  type Range,
  visibleScale,
  windowToDomain,
} from './scales';
import { buildScene, countInView } from './scene';
import { timelineCommands } from './commands';
import { axisTicks, minorTicks } from './ticks';
import { hitTest, type Hit } from './hit';
import { proxyTargets } from './proxies';
import { prefersReducedMotion } from './motion';
import { TimelineAxis } from './TimelineAxis';
import { TimelineCanvas } from './TimelineCanvas';
import { TimelineControls } from './TimelineControls';
import { TimelineLanes } from './TimelineLanes';
import { TimelineLegend } from './TimelineLegend';
import { MarkProxies } from './MarkProxies';
import { ClusterTooltip, TimelineTooltip } from './TimelineTooltip';
import { useElementWidth } from '../../hooks/useElementWidth';
import { indexDataset } from '../../data/indexes';
import { lowerBound } from './cull';
import { positionsById } from './positions';
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
/** Lanes taller than this together scroll inside the plot. */
export const MAX_LANES_HEIGHT = 480;
// Lanes are laid out from the top of their own scrolling area; the axis sits above it.
const LANE_METRICS = {
  ...METRICS,
  axisHeight: 0,
  minHeight: METRICS.minHeight - METRICS.axisHeight,
};

/** Where the events sit in the dataset's date order, or null for events it does not hold. */
function positionsOf(index: EventIndex, events: readonly Event[]): Int32Array | null {
  const known = selectionPositions(events);
  if (known) return known;
  const positions = new Int32Array(events.length);
  for (let i = 0; i < events.length; i++) {
    const p = index.positionOf.get(events[i]!);
    if (p === undefined || (i > 0 && p <= positions[i - 1]!)) return null;
    positions[i] = p;
  }
  return positions;
}

export function Timeline(props: TimelineProps) {
  const { dataset, events, selectedId, onSelect } = props;
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const helpId = `${uid}-help`;
  const [plotRef, width, measured] = useElementWidth<HTMLDivElement>(DEFAULT_WIDTH);
  const svgRef = useRef<SVGSVGElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [drawn, setDrawn] = useState(false);

  // Once per dataset or set of events: never per frame.
  const { nameOf } = indexDataset(dataset);
  // Laid out once per dataset; filters only narrow it (see filterLayout).
  const all = datasetLayout(dataset);
  const layout = useMemo(() => {
    const positions = positionsOf(indexEvents(dataset), events);
    return positions ? filterLayout(all, positions) : layoutTimeline(events, nameOf);
  }, [all, dataset, events, nameOf]);
  const geometry = useMemo(() => laneGeometry(layout.lanes, LANE_METRICS), [layout]);
  const base = useMemo(() => baseDomain(dataset.events), [dataset]);
  const fit = useMemo(() => fitDomain(layoutExtent(layout), base), [layout, base]);
  const titles = useMemo(() => events.map((e) => e.title), [events]);
  // Where an id is among the events: a binary search, not a 100,000-entry Map per filter.
  const indexOf = useMemo(
    () => positionsById(events, indexDataset(dataset).events),
    [events, dataset],
  );
  const accessibleName = useMemo(() => lazyAccessibleNames(dataset, events), [dataset, events]);
  const style = useMemo(
    () => ({
      quad: (i: number) => events[i]!.quadClass,
      hollow: (i: number) => events[i]!.date.basis === 'publication',
    }),
    [events],
  );
  const maxK = maxZoom(base);
  const range = useMemo<Range>(() => [GUTTER, Math.max(GUTTER + 50, width - RIGHT_PAD)], [width]);
  const axisHeight = METRICS.axisHeight;
  const lanesHeight = Math.min(geometry.height, MAX_LANES_HEIGHT);
  const top = Math.min(scrollTop, Math.max(0, geometry.height - lanesHeight));
  // A wheel over the lane names scrolls the lanes; over the plot it zooms.
  const ignore = useCallback(
    (e: globalThis.Event) => {
      if (e.type === 'mousedown') return (e.target as Element).classList.contains('tl-scroll');
      if (e.type !== 'wheel' || !plotRef.current) return false;
      return (e as WheelEvent).clientX - plotRef.current.getBoundingClientRect().left < GUTTER;
    },
    [plotRef],
  );

  const { zoom, moving, controls, fitView } = useTimeWindow(plotRef, {
    base,
    fit,
    range,
    width,
    height: axisHeight + lanesHeight,
    maxK,
    window: props.window,
    onWindowChange: props.onWindowChange,
    ignore,
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
  // The hovered thing, remembered with its layout so a new layout forgets it.
  const [hover, setHover] = useState<{ layout: TimelineLayout; hit: Hit } | null>(null);
  const hit = hover?.layout === layout ? hover.hit : null;
  const hoveredEvent = hit?.kind === 'mark' ? hit.mark.event : -1;
  const keptFocus = focusWithin ? focused : -1;
  const scene = useMemo(
    () =>
      buildScene({
        layout,
        geometry,
        projection,
        range,
        rows: [top, top + lanesHeight],
        titles,
        selected,
        keep: [keptFocus, hoveredEvent].filter((e) => e >= 0),
      }),
    [
      layout,
      geometry,
      projection,
      range,
      top,
      lanesHeight,
      titles,
      selected,
      keptFocus,
      hoveredEvent,
    ],
  );

  const d0 = (range[0] - projection.b) / projection.a;
  const d1 = (range[1] - projection.b) / projection.a;
  const inView = (i: number) => layout.eventEnd[i]! > d0 && layout.eventStart[i]! < d1;
  const firstStarting = lowerBound(layout.eventStart, d0);
  const firstInView = firstStarting < events.length && inView(firstStarting) ? firstStarting : -1;
  const tabStop =
    focused >= 0 && (focusWithin || inView(focused))
      ? focused
      : selected >= 0 && inView(selected)
        ? selected
        : firstInView;
  // While a gesture moves the view, only the events the keyboard needs keep their proxies:
  // moving hundreds of invisible elements every frame would cost more than drawing the marks.
  const proxies = useMemo(
    () =>
      proxyTargets(
        scene,
        layout,
        geometry,
        projection,
        range,
        [tabStop, selected, focusWithin ? focused : -1],
        !moving,
      ),
    [moving, scene, layout, geometry, projection, range, tabStop, selected, focusWithin, focused],
  );

  const onActivate = useCallback((i: number) => onSelect(events[i]!.id), [onSelect, events]);
  const eventId = useCallback((i: number) => events[i]!.id, [events]);
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

  // Pointer input is hit-tested against the scene the canvas drew.
  const pointAt = (e: MouseEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    return hitTest(scene, e.clientX - box.left, e.clientY - box.top);
  };
  const onPointerMove = (e: MouseEvent<SVGSVGElement>) => {
    const next = pointAt(e);
    const same =
      next?.kind === 'mark' && hit?.kind === 'mark'
        ? next.mark.event === hit.mark.event && next.mark.lane === hit.mark.lane
        : next?.kind === 'cluster' && hit?.kind === 'cluster'
          ? next.cluster.lane === hit.cluster.lane && next.cluster.x0 === hit.cluster.x0
          : next === hit;
    if (!same) setHover(next ? { layout, hit: next } : null);
  };
  const onClick = (e: MouseEvent<SVGSVGElement>) => {
    const proxy = (e.target as Element).closest('[data-event]');
    const id = proxy?.getAttribute('data-event');
    if (id) return onSelect(id);
    const target = pointAt(e);
    if (target?.kind === 'mark') onActivate(target.mark.event);
    else if (target?.kind === 'cluster') {
      // A cluster opens like a map's: zoom to the days it covers.
      const { firstDay, lastDay } = target.cluster;
      const days = padDomain([firstDay * DAY_MS, lastDay * DAY_MS], 0.1, 1);
      controls.moveTo(domainToZoom(days, base, range, maxK), {
        animate: !prefersReducedMotion(),
        user: true,
      });
    }
  };

  const tipY = (y: number) => axisHeight + y - top;
  const tipMark =
    hit?.kind === 'mark'
      ? hit.mark
      : focusWithin && focused >= 0
        ? scene.marks.find((m) => m.event === focused && m.lane === layout.primaryLane[focused])
        : undefined;
  const tipVisible = (x: number, y: number) =>
    x >= range[0] && x <= range[1] && y >= top && y <= top + lanesHeight;
  const gridlines = useMemo(
    () => [
      ...minor.map((t) => ({ x: scale(t), weight: 'minor' as const })),
      ...ticks.map((t) => ({
        x: scale(t.time),
        weight: t.major ? ('major' as const) : ('normal' as const),
      })),
    ],
    [minor, ticks, scale],
  );
  // The toolbar's dates and count follow a gesture at the pace the URL does (the reported
  // window), not every frame: re-laying out its text 60 times a second costs a frame's budget.
  const [s0, s1] =
    moving && props.window ? windowToDomain(props.window) : [d0 * DAY_MS, d1 * DAY_MS];
  const status = {
    shown: moving && props.window ? props.window : domainToWindow([s0, s1]),
    inView: countInView(layout, s0 / DAY_MS, s1 / DAY_MS),
  };
  return (
    <section
      id="timeline"
      tabIndex={-1}
      aria-label="Timeline"
      aria-busy={!(measured && drawn)}
      className="timeline"
    >
      <TimelineControls
        shown={status.shown}
        eventsInView={status.inView}
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
        <svg className="tl-axis-svg" width={width} height={axisHeight}>
          <TimelineAxis ticks={ticks} scale={scale} axisHeight={axisHeight} range={range} />
        </svg>
        <div
          className="tl-scroll"
          style={{ height: lanesHeight }}
          onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        >
          <TimelineCanvas
            input={{
              scene,
              style,
              geometry,
              width,
              height: lanesHeight,
              scrollTop: top,
              range,
              gridlines,
              selected,
              hovered: hoveredEvent,
            }}
            onDrawn={() => setDrawn(true)}
          />
          <svg
            ref={svgRef}
            className={hit ? 'tl-svg is-over' : 'tl-svg'}
            width={width}
            height={geometry.height}
            onPointerMove={onPointerMove}
            onPointerLeave={() => setHover(null)}
            onClick={onClick}
          >
            <TimelineLanes lanes={layout.lanes} geometry={geometry} gutter={GUTTER} />
            <MarkProxies
              proxies={proxies}
              eventId={eventId}
              accessibleName={accessibleName}
              selected={selected}
              tabStop={tabStop}
              onActivate={onActivate}
              onFocusEvent={onFocusEvent}
            />
          </svg>
        </div>
        {events.length === 0 && <p className="tl-empty">No events match the filters.</p>}
        {tipMark && tipVisible(tipMark.x, tipMark.y) && (
          <TimelineTooltip
            dataset={dataset}
            event={events[tipMark.event]!}
            x={tipMark.x}
            y={tipY(tipMark.y)}
            width={width}
          />
        )}
        {hit?.kind === 'cluster' && (
          <ClusterTooltip
            cluster={hit.cluster}
            lane={layout.lanes[hit.cluster.lane]!.name}
            x={(hit.cluster.x0 + hit.cluster.x1) / 2}
            y={tipY(hit.cluster.y1) - 14}
            width={width}
          />
        )}
      </div>
      <TimelineLegend helpId={helpId} />
    </section>
  );
}
