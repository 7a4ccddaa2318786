/**
 * The timeline's layout, computed once per set of events: one lane per
 * country (busiest first), each event's mark in every lane it belongs to,
 * overlapping marks stacked into sub-rows, and the connectors that join an
 * event's marks across lanes. Positions are in day numbers, so a zoom frame
 * only has to map days to pixels.
 */
import { isoToDay } from '../../../shared/dates';
import type { Event } from '../../../shared/schema';

export interface Lane {
  /** The country actor id. */
  id: string;
  name: string;
  /** Events shown in the lane. */
  count: number;
  /** Sub-rows needed so that overlapping marks do not hide each other. */
  rows: number;
}

/**
 * point: a day-precise single day; span: a day-precise run of days;
 * range: a week, month or year (the date is uncertain within it).
 */
export type MarkKind = 'point' | 'span' | 'range';

export interface LaneMark {
  /** Index into the events array the layout was built from. */
  event: number;
  lane: number;
  row: number;
  /** First day number and the day after the last (exclusive). */
  start: number;
  end: number;
  kind: MarkKind;
  /** The one mark of its event exposed to assistive tech (in its first lane). */
  primary: boolean;
}

/** A vertical line joining the marks of one event across lanes, at the event's centre. */
export interface Connector {
  event: number;
  day: number;
  from: { lane: number; row: number };
  to: { lane: number; row: number };
}

export interface TimelineLayout {
  lanes: Lane[];
  /** Every mark, sorted by start day (then lane, row) for culling. */
  marks: LaneMark[];
  /** marks[i].start, for binary search. */
  starts: Float64Array;
  /** The longest mark in days: how far before a window a visible mark can start. */
  maxSpan: number;
  connectors: Connector[];
  /** connectors[i].day, for binary search. */
  connectorDays: Float64Array;
  /** For each event, the index in `marks` of its primary mark. */
  primaryMark: Int32Array;
}

export function markKind(e: Event): MarkKind {
  if (e.date.precision !== 'day') return 'range';
  return e.date.start === e.date.end ? 'point' : 'span';
}

/** Lanes for the countries of the events, by event count descending, then name. */
export function sortLanes(events: readonly Event[], nameOf: (id: string) => string): Lane[] {
  const counts = new Map<string, number>();
  for (const e of events) for (const c of e.countries) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts]
    .map(([id, count]) => ({ id, name: nameOf(id), count, rows: 1 }))
    .sort(
      (a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : 1),
    );
}

/**
 * Greedy interval partitioning: each interval (visited by start, then longest
 * first) takes the first row free at its start. Returns the row of each interval
 * and the number of rows; intervals are [start, end) so touching ones share a row.
 */
export function stackRows(intervals: readonly { start: number; end: number }[]): {
  rows: number[];
  count: number;
} {
  const order = intervals
    .map((_, i) => i)
    .sort(
      (a, b) =>
        intervals[a]!.start - intervals[b]!.start || intervals[b]!.end - intervals[a]!.end || a - b,
    );
  const rowEnds: number[] = [];
  const rows = new Array<number>(intervals.length).fill(0);
  for (const i of order) {
    const { start, end } = intervals[i]!;
    let row = rowEnds.findIndex((e) => e <= start);
    if (row < 0) row = rowEnds.push(end) - 1;
    else rowEnds[row] = end;
    rows[i] = row;
  }
  return { rows, count: Math.max(1, rowEnds.length) };
}

/** Lay out events (any order) in lanes named by `nameOf`. */
export function layoutTimeline(
  events: readonly Event[],
  nameOf: (id: string) => string,
): TimelineLayout {
  const lanes = sortLanes(events, nameOf);
  const laneOf = new Map(lanes.map((l, i) => [l.id, i]));
  const days = events.map((e) => ({
    start: isoToDay(e.date.start),
    end: isoToDay(e.date.end) + 1,
  }));

  const marks: LaneMark[] = [];
  const perLane: number[][] = lanes.map(() => []);
  events.forEach((e, event) => {
    const laneIds = e.countries.map((c) => laneOf.get(c)!).sort((a, b) => a - b);
    laneIds.forEach((lane, i) => {
      perLane[lane]!.push(marks.length);
      marks.push({ event, lane, row: 0, ...days[event]!, kind: markKind(e), primary: i === 0 });
    });
  });
  perLane.forEach((ids, lane) => {
    const { rows, count } = stackRows(ids.map((id) => marks[id]!));
    ids.forEach((id, j) => (marks[id]!.row = rows[j]!));
    lanes[lane]!.rows = count;
  });

  const connectors = connectorsOf(marks, events.length);
  marks.sort((a, b) => a.start - b.start || a.lane - b.lane || a.row - b.row || a.event - b.event);
  const primaryMark = new Int32Array(events.length).fill(-1);
  marks.forEach((m, i) => {
    if (m.primary) primaryMark[m.event] = i;
  });
  let maxSpan = 0;
  for (const m of marks) maxSpan = Math.max(maxSpan, m.end - m.start);
  return {
    lanes,
    marks,
    starts: Float64Array.from(marks, (m) => m.start),
    maxSpan,
    connectors,
    connectorDays: Float64Array.from(connectors, (c) => c.day),
    primaryMark,
  };
}

function connectorsOf(marks: readonly LaneMark[], eventCount: number): Connector[] {
  const ends: ({ first: LaneMark; last: LaneMark } | undefined)[] = new Array(eventCount);
  for (const m of marks) {
    const seen = ends[m.event];
    if (!seen) ends[m.event] = { first: m, last: m };
    else if (m.lane > seen.last.lane) seen.last = m;
  }
  const out: Connector[] = [];
  for (const [event, seen] of ends.entries()) {
    if (!seen || seen.first === seen.last) continue;
    const { first, last } = seen;
    out.push({
      event,
      day: (first.start + first.end) / 2,
      from: { lane: first.lane, row: first.row },
      to: { lane: last.lane, row: last.row },
    });
  }
  return out.sort((a, b) => a.day - b.day || a.event - b.event);
}
