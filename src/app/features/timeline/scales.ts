/**
 * The timeline's x geometry, free of React and the DOM. Time is UTC
 * milliseconds; the zoom is d3-zoom's transform reduced to x
 * (screen = x + k · base(t)), where `base` maps the base domain (every event in
 * the dataset, padded) onto the plot's pixel range. Windows are the inclusive
 * ISO dates the URL carries.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { dayToIso, isoToMs } from '../../../shared/dates';
import type { Event } from '../../../shared/schema';
import type { TimeWindow } from '../../state/view';

export const DAY_MS = 86_400_000;
/** Zooming in stops when about this many days fill the plot. */
export const MIN_VISIBLE_DAYS = 10;

/** A time interval [start, end) in UTC milliseconds. */
export type Domain = readonly [number, number];
/** A pixel interval [left, right] on screen. */
export type Range = readonly [number, number];
/** The horizontal part of a d3-zoom transform. */
export interface ZoomState {
  k: number;
  x: number;
}

export const IDENTITY: ZoomState = { k: 1, x: 0 };

/** [earliest start, latest end + 1 day) of the events, or null when there are none. */
export function eventsExtent(events: readonly Event[]): Domain | null {
  if (events.length === 0) return null;
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of events) {
    lo = Math.min(lo, isoToMs(e.date.start));
    hi = Math.max(hi, isoToMs(e.date.end) + DAY_MS);
  }
  return [lo, hi];
}

/** Widen a domain by a fraction of its span on each side, at least `minDays`. */
export function padDomain(d: Domain, fraction: number, minDays: number): Domain {
  const pad = Math.max((d[1] - d[0]) * fraction, minDays * DAY_MS);
  return [d[0] - pad, d[1] + pad];
}

// With no events at all there is nothing to show; any fixed year will do (never the clock).
const EMPTY_DOMAIN: Domain = [isoToMs('2019-01-01'), isoToMs('2020-01-01')];

/** Everything the user can ever see: all dataset events, padded a little. */
export function baseDomain(all: readonly Event[]): Domain {
  const extent = eventsExtent(all);
  return extent ? padDomain(extent, 0.03, 5) : EMPTY_DOMAIN;
}

/** What "fit" shows: the shown events' extent (eventsExtent, layoutExtent), padded, inside the base domain. */
export function fitDomain(extent: Domain | null, base: Domain): Domain {
  if (!extent) return base;
  const [lo, hi] = padDomain(extent, 0.05, 3);
  return [Math.max(lo, base[0]), Math.min(hi, base[1])];
}

/** eventsExtent from a layout's day numbers, in O(1): eventStart and endsSorted ascend. */
export function layoutExtent(layout: {
  eventStart: Float64Array;
  endsSorted: Float64Array;
}): Domain | null {
  const n = layout.eventStart.length;
  return n === 0 ? null : [layout.eventStart[0]! * DAY_MS, layout.endsSorted[n - 1]! * DAY_MS];
}

/** A window's inclusive days as [first midnight, midnight after the last). */
export function windowToDomain(w: TimeWindow): Domain {
  const start = isoToMs(w.start);
  return [start, Math.max(isoToMs(w.end) + DAY_MS, start + DAY_MS)];
}

/** The whole days a domain covers, rounded to the nearest midnight. */
export function domainToWindow(d: Domain): TimeWindow {
  const first = Math.round(d[0] / DAY_MS);
  const last = Math.max(first, Math.round(d[1] / DAY_MS) - 1);
  return { start: dayToIso(first), end: dayToIso(last) };
}

export const sameWindow = (a: TimeWindow | null, b: TimeWindow | null): boolean =>
  a === b || (a !== null && b !== null && a.start === b.start && a.end === b.end);

/** The deepest zoom: about MIN_VISIBLE_DAYS of the base domain on screen. */
export function maxZoom(base: Domain): number {
  return Math.max(1, (base[1] - base[0]) / (MIN_VISIBLE_DAYS * DAY_MS));
}

/** Keep k within [1, maxK] and the base domain covering the whole range (d3-zoom's translateExtent). */
export function clampZoom(z: ZoomState, range: Range, maxK: number): ZoomState {
  const k = Math.min(Math.max(z.k, 1), maxK);
  const [r0, r1] = range;
  const x = Math.min(Math.max(z.x, r1 - k * r1), r0 - k * r0);
  return { k, x };
}

/** The zoom that shows a domain across the range (centred and clamped when it cannot). */
export function domainToZoom(d: Domain, base: Domain, range: Range, maxK: number): ZoomState {
  const [r0, r1] = range;
  const k = Math.min(Math.max((base[1] - base[0]) / Math.max(d[1] - d[0], 1), 1), maxK);
  const centre = r0 + (((d[0] + d[1]) / 2 - base[0]) / (base[1] - base[0])) * (r1 - r0);
  return clampZoom({ k, x: (r0 + r1) / 2 - k * centre }, range, maxK);
}

/** The time interval on screen under a zoom. */
export function zoomToDomain(z: ZoomState, base: Domain, range: Range): Domain {
  const [r0, r1] = range;
  const toTime = (px: number) =>
    base[0] + (((px - z.x) / z.k - r0) / (r1 - r0)) * (base[1] - base[0]);
  return [toTime(r0), toTime(r1)];
}

/** The visible UTC scale under a zoom (what transform.rescaleX(base) would give). */
export function visibleScale(z: ZoomState, base: Domain, range: Range): ScaleTime<number, number> {
  const [t0, t1] = zoomToDomain(z, base, range);
  return scaleUtc()
    .domain([new Date(t0), new Date(t1)])
    .range([range[0], range[1]]);
}

/** A day number → pixel map, px = a · day + b: the one cheap thing computed per zoom frame. */
export interface DayProjection {
  a: number;
  b: number;
}

export function dayProjection(z: ZoomState, base: Domain, range: Range): DayProjection {
  const [t0, t1] = zoomToDomain(z, base, range);
  const a = ((range[1] - range[0]) * DAY_MS) / (t1 - t0);
  return { a, b: range[0] - (t0 / DAY_MS) * a };
}

/** Zoom by a factor about a screen point (the centre for the buttons and keys). */
export function zoomAbout(
  z: ZoomState,
  factor: number,
  px: number,
  range: Range,
  maxK: number,
): ZoomState {
  const k = Math.min(Math.max(z.k * factor, 1), maxK);
  return clampZoom({ k, x: px - ((px - z.x) * k) / z.k }, range, maxK);
}

/** Pan by a number of pixels (positive moves the view later in time). */
export const panBy = (z: ZoomState, dx: number, range: Range, maxK: number): ZoomState =>
  clampZoom({ k: z.k, x: z.x - dx }, range, maxK);

/** The same zoom, moved just enough to show whole days [first, last] (centred when far off). */
export function revealDays(
  z: ZoomState,
  first: number,
  last: number,
  base: Domain,
  range: Range,
  maxK: number,
): ZoomState {
  const [t0, t1] = zoomToDomain(z, base, range);
  const s = first * DAY_MS;
  const e = (last + 1) * DAY_MS;
  if (s >= t0 && e <= t1) return z;
  const span = t1 - t0;
  const mid = (s + e) / 2;
  return domainToZoom([mid - span / 2, mid + span / 2], base, range, maxK);
}
