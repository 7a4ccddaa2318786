/**
 * The accessible layer over the canvas: which events get a real, focusable
 * element. When few events are in view every one does, so screen-reader users
 * can browse them all, even those drawn inside a cluster (those are left to
 * the pointer's cluster, which zooms in). When many are, only the events that
 * need one (the tab stop, the focused and the selected event) do, and the
 * arrow keys move between events from there. The event list is the complete,
 * virtualised equivalent.
 */
import { rowY, type LaneGeometry } from './geometry';
import type { TimelineLayout } from './lanes';
import { lowerBound } from './cull';
import type { DayProjection, Range } from './scales';
import { countInView, type Scene, type SceneMark } from './scene';

/** Up to this many events in view, each gets a focusable element. */
export const PROXY_CAP = 300;

export interface Proxy {
  event: number;
  x: number;
  y: number;
  /** Drawn inside a cluster, not as its own mark: the pointer goes to the cluster. */
  clustered: boolean;
}

/** Where an event's exposed mark is: its centre day in its primary (busiest) lane. */
export function eventPosition(
  layout: TimelineLayout,
  geometry: LaneGeometry,
  projection: DayProjection,
  event: number,
): Proxy {
  const lane = layout.primaryLane[event]!;
  let row = 0;
  for (let k = layout.markFrom[event]!; k < layout.markFrom[event + 1]!; k++)
    if (layout.markLane[k] === lane) row = layout.markRow[k]!;
  const centre = (layout.eventStart[event]! + layout.eventEnd[event]!) / 2;
  return {
    event,
    x: projection.a * centre + projection.b,
    y: rowY(geometry, lane, row),
    clustered: false,
  };
}

/** The proxies to render, in event (date) order so reading order follows time. */
export function proxyTargets(
  scene: Scene,
  layout: TimelineLayout,
  geometry: LaneGeometry,
  projection: DayProjection,
  range: Range,
  always: readonly number[],
  /** False while a gesture moves the view: then only `always` get proxies. */
  exposeInView = true,
): Proxy[] {
  const out = new Map<number, Proxy>();
  const d0 = (range[0] - projection.b) / projection.a;
  const d1 = (range[1] - projection.b) / projection.a;
  const drawn = new Map<number, SceneMark>();
  for (const m of scene.marks) if (m.lane === layout.primaryLane[m.event]) drawn.set(m.event, m);
  if (exposeInView && countInView(layout, d0, d1) <= PROXY_CAP) {
    const to = lowerBound(layout.eventStart, d1);
    for (let e = lowerBound(layout.eventStart, d0 - layout.maxEventSpan); e < to; e++) {
      if (layout.eventEnd[e]! <= d0) continue;
      const m = drawn.get(e);
      out.set(
        e,
        m
          ? { event: e, x: m.x, y: m.y, clustered: false }
          : { ...eventPosition(layout, geometry, projection, e), clustered: true },
      );
    }
  }
  // Past the cap too: an exposed event drawn inside a cluster (the first in view, the tab stop,
  // often is) must leave the pointer to the cluster, or a click there would select it.
  const inView = (e: number) => layout.eventEnd[e]! > d0 && layout.eventStart[e]! < d1;
  for (const e of always)
    if (e >= 0 && !out.has(e))
      out.set(e, {
        ...eventPosition(layout, geometry, projection, e),
        clustered: inView(e) && !drawn.has(e),
      });
  return [...out.values()].sort((a, b) => a.event - b.event);
}
