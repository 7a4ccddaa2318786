/**
 * The timeline's layout, computed once per set of events: one lane per
 * country (busiest first), each event's mark in every lane it belongs to,
 * time-overlapping marks stacked into a few sub-rows, and the connectors that
 * join an event's marks across lanes. Positions are day numbers, so a zoom
 * frame only maps days to pixels.
 *
 * Marks are stored per lane as parallel typed arrays sorted by centre day: at
 * 100,000 events a frame walks them without allocating, and a window is found
 * by binary search (see lod.ts).
 */
import { isoToDay } from '../../../shared/dates';
import type { Event } from '../../../shared/schema';

export interface Lane {
  /** The country actor id. */
  id: string;
  name: string;
  /** Events shown in the lane. */
  count: number;
  /** Sub-rows used (at most MAX_ROWS). */
  rows: number;
}

/**
 * point: a day-precise single day; span: a day-precise run of days;
 * range: a week, month or year (the date is uncertain within it).
 */
export type MarkKind = 'point' | 'span' | 'range';
export const KINDS: readonly MarkKind[] = ['point', 'span', 'range'];

/**
 * A lane stacks marks that overlap in time into at most this many rows; more
 * would make busy lanes hundreds of pixels tall. Beyond it marks share a row,
 * and the level of detail (lod.ts) shows them as density instead.
 */
export const MAX_ROWS = 3;

/** One lane's marks, sorted by centre day (then event index). */
export interface LaneMarks {
  /** (start + end) / 2 in days. */
  centre: Float64Array;
  /** First day and the day after the last (exclusive). */
  start: Float64Array;
  end: Float64Array;
  /** The event's position in the dataset-wide layout (see TimelineLayout.shown). */
  event: Int32Array;
  row: Uint8Array;
  /** Index into KINDS. */
  kind: Uint8Array;
  /** Half the longest mark in days: how far from a window a visible mark's centre can be. */
  maxHalfSpan: number;
}

/**
 * The events drawn in several lanes, sorted by centre day (positions in the
 * dataset-wide layout); the scene joins their marks from the top lane shown to
 * the bottom one.
 */
export interface Connectors {
  day: Float64Array;
  event: Int32Array;
}

export interface TimelineLayout {
  /** The lanes shown, busiest first. */
  lanes: Lane[];
  /** Per lane shown, its marks: those of every event, filtered by `shown`. */
  marks: LaneMarks[];
  connectors: Connectors;
  /**
   * Per position in the dataset-wide layout, the index of the event among
   * those shown, or -1 when a filter hides it. Marks and connectors are laid
   * out once per dataset; a filter only rebuilds this and the per-event arrays
   * below, so it costs a pass over the shown events and no sorting.
   */
  shown: Int32Array;
  /** Per event (the events are date-sorted, so eventStart ascends): first and last+1 day. */
  eventStart: Float64Array;
  eventEnd: Float64Array;
  /** eventEnd, sorted: with eventStart (sorted, as the events are) it counts events in a window. */
  endsSorted: Float64Array;
  /** Positions in the dataset-wide layout, by end day: how filters get endsSorted without sorting. */
  endOrder: Int32Array;
  /** The longest event in days: how far before a window a visible event can start. */
  maxEventSpan: number;
  /** Per event, the lane of its exposed (primary) mark: its busiest. */
  primaryLane: Int32Array;
  /**
   * Per event shown, where its marks are: lane markLane[k] (among those shown),
   * row markRow[k], for k in [markFrom[e], markFrom[e+1]).
   */
  markFrom: Int32Array;
  markLane: Int32Array;
  markRow: Uint8Array;
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
 * Greedy interval partitioning over intervals already sorted by start: each
 * takes the first row free at its start; when all `maxRows` are busy it shares
 * the row that frees first. Intervals are [start, end), so touching ones share
 * a row. Returns the row of each interval and the number of rows used.
 */
export function stackRows(
  starts: ArrayLike<number>,
  ends: ArrayLike<number>,
  maxRows: number = MAX_ROWS,
): { rows: Uint8Array; count: number } {
  const rows = new Uint8Array(starts.length);
  const rowEnds: number[] = [];
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i]!;
    let row = -1;
    let earliest = 0;
    for (let r = 0; r < rowEnds.length; r++) {
      if (rowEnds[r]! <= s) {
        row = r;
        break;
      }
      if (rowEnds[r]! < rowEnds[earliest]!) earliest = r;
    }
    if (row < 0) row = rowEnds.length < maxRows ? rowEnds.length : earliest;
    rowEnds[row] = Math.max(rowEnds[row] ?? -Infinity, ends[i]!);
    rows[i] = row;
  }
  return { rows, count: Math.max(1, rowEnds.length) };
}

// Sort keys pack (start + end) and a position (within a lane, or an event
// index) into one float, so arrays sort as Float64Arrays (numeric, no
// comparator calls). Exact while positions stay below 2^21 (two million).
const POSITION_BITS = 2 ** 21;

/** Lay out date-sorted events (compareByDate) in lanes named by `nameOf`, all shown. */
export function layoutTimeline(
  events: readonly Event[],
  nameOf: (id: string) => string,
): TimelineLayout {
  return layoutAll(events, nameOf);
}

/**
 * The dataset-wide layout (every event shown): built once per dataset, then
 * narrowed by filterLayout for each set of filters.
 */
export function layoutAll(
  events: readonly Event[],
  nameOf: (id: string) => string,
): TimelineLayout {
  const n = events.length;
  const lanes = sortLanes(events, nameOf);
  const laneOf = new Map(lanes.map((l, i) => [l.id, i]));
  const eventStart = new Float64Array(n);
  const eventEnd = new Float64Array(n);
  const kindOf = new Uint8Array(n);
  const perLane: number[][] = lanes.map(() => []);
  const markFrom = new Int32Array(n + 1);
  let total = 0;
  // Plain loops and typed arrays throughout: at 100,000 events this runs on
  // every filter change, and callbacks and boxed numbers were most of its cost.
  for (let i = 0; i < n; i++) {
    const e = events[i]!;
    eventStart[i] = isoToDay(e.date.start);
    eventEnd[i] = isoToDay(e.date.end) + 1;
    kindOf[i] = KINDS.indexOf(markKind(e));
    markFrom[i] = total;
    total += e.countries.length;
    for (const c of e.countries) perLane[laneOf.get(c)!]!.push(i);
  }
  markFrom[n] = total;

  const markLane = new Int32Array(total);
  const markRow = new Uint8Array(total);
  const filled = new Int32Array(n);
  const primaryLane = new Int32Array(n).fill(-1);
  const marks = perLane.map((ids, lane) => {
    const m = ids.length;
    const starts = new Float64Array(m);
    const ends = new Float64Array(m);
    let least = Infinity;
    for (let j = 0; j < m; j++) {
      starts[j] = eventStart[ids[j]!]!;
      ends[j] = eventEnd[ids[j]!]!;
      least = Math.min(least, starts[j]! + ends[j]!);
    }
    const { rows, count } = stackRows(starts, ends);
    lanes[lane]!.rows = count;
    const keys = new Float64Array(m);
    for (let j = 0; j < m; j++) keys[j] = (starts[j]! + ends[j]! - least) * POSITION_BITS + j;
    keys.sort();
    const out: LaneMarks = {
      centre: new Float64Array(m),
      start: new Float64Array(m),
      end: new Float64Array(m),
      event: new Int32Array(m),
      row: new Uint8Array(m),
      kind: new Uint8Array(m),
      maxHalfSpan: 0,
    };
    let maxHalfSpan = 0;
    for (let k = 0; k < m; k++) {
      const j = keys[k]! % POSITION_BITS;
      const i = ids[j]!;
      const s = starts[j]!;
      const e = ends[j]!;
      out.centre[k] = (s + e) / 2;
      out.start[k] = s;
      out.end[k] = e;
      out.event[k] = i;
      out.row[k] = rows[j]!;
      out.kind[k] = kindOf[i]!;
      if (e - s > 2 * maxHalfSpan) maxHalfSpan = (e - s) / 2;
      const slot = markFrom[i]! + filled[i]!++;
      markLane[slot] = lane;
      markRow[slot] = rows[j]!;
      // Lanes are visited busiest first, so an event's first lane is its busiest.
      if (primaryLane[i]! < 0) primaryLane[i] = lane;
    }
    out.maxHalfSpan = maxHalfSpan;
    return out;
  });
  let maxEventSpan = 0;
  for (let i = 0; i < n; i++) maxEventSpan = Math.max(maxEventSpan, eventEnd[i]! - eventStart[i]!);
  const endOrder = sortedByEnd(eventEnd);
  return {
    lanes,
    marks,
    connectors: connectorsOf(eventStart, eventEnd, markFrom),
    shown: Int32Array.from({ length: n }, (_, i) => i),
    eventStart,
    eventEnd,
    endsSorted: Float64Array.from(endOrder, (i) => eventEnd[i]!),
    endOrder,
    maxEventSpan,
    primaryLane,
    markFrom,
    markLane,
    markRow,
  };
}

/** Event indices ordered by end day (packed-key sort, as elsewhere). */
function sortedByEnd(eventEnd: Float64Array): Int32Array {
  let least = Infinity;
  for (const e of eventEnd) least = Math.min(least, e);
  const keys = Float64Array.from(eventEnd, (e, i) => (e - least) * POSITION_BITS + i).sort();
  return Int32Array.from(keys, (key) => key % POSITION_BITS);
}

/** The events drawn in several lanes, by centre day. */
function connectorsOf(
  eventStart: Float64Array,
  eventEnd: Float64Array,
  markFrom: Int32Array,
): Connectors {
  // Sorted by day (start + end, an integer) with the event index packed in, as lanes are.
  const keys: number[] = [];
  let least = Infinity;
  for (let i = 0; i + 1 < markFrom.length; i++)
    if (markFrom[i + 1]! - markFrom[i]! > 1) least = Math.min(least, eventStart[i]! + eventEnd[i]!);
  for (let i = 0; i + 1 < markFrom.length; i++)
    if (markFrom[i + 1]! - markFrom[i]! > 1)
      keys.push((eventStart[i]! + eventEnd[i]! - least) * POSITION_BITS + i);
  const sorted = Float64Array.from(keys).sort();
  const event = Int32Array.from(sorted, (key) => key % POSITION_BITS);
  return { day: Float64Array.from(event, (i) => (eventStart[i]! + eventEnd[i]!) / 2), event };
}

/**
 * The dataset-wide layout narrowed to the events at `positions` (ascending
 * positions in it, as the date-sorted filtered events have): lanes with shown
 * events, busiest first by what is shown, and the per-event arrays for them.
 * Marks, rows and connectors are shared with `all`.
 */
export function filterLayout(all: TimelineLayout, positions: Int32Array): TimelineLayout {
  const n = positions.length;
  const shown = new Int32Array(all.shown.length).fill(-1);
  const counts = new Int32Array(all.lanes.length);
  const markFrom = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const p = positions[i]!;
    shown[p] = i;
    markFrom[i + 1] = markFrom[i]! + all.markFrom[p + 1]! - all.markFrom[p]!;
    for (let k = all.markFrom[p]!; k < all.markFrom[p + 1]!; k++) counts[all.markLane[k]!]!++;
  }
  const order = all.lanes
    .map((_, lane) => lane)
    .filter((lane) => counts[lane]! > 0)
    .sort(
      (a, b) =>
        counts[b]! - counts[a]! ||
        all.lanes[a]!.name.localeCompare(all.lanes[b]!.name, 'en') ||
        (all.lanes[a]!.id < all.lanes[b]!.id ? -1 : 1),
    );
  const laneOf = new Int32Array(all.lanes.length).fill(-1);
  order.forEach((lane, shownLane) => (laneOf[lane] = shownLane));

  const eventStart = new Float64Array(n);
  const eventEnd = new Float64Array(n);
  const primaryLane = new Int32Array(n);
  const markLane = new Int32Array(markFrom[n]!);
  const markRow = new Uint8Array(markFrom[n]!);
  let maxEventSpan = 0;
  for (let i = 0; i < n; i++) {
    const p = positions[i]!;
    eventStart[i] = all.eventStart[p]!;
    eventEnd[i] = all.eventEnd[p]!;
    maxEventSpan = Math.max(maxEventSpan, eventEnd[i]! - eventStart[i]!);
    let primary = Infinity;
    for (let k = all.markFrom[p]!, j = markFrom[i]!; k < all.markFrom[p + 1]!; k++, j++) {
      markLane[j] = laneOf[all.markLane[k]!]!;
      markRow[j] = all.markRow[k]!;
      primary = Math.min(primary, markLane[j]!);
    }
    primaryLane[i] = primary;
  }
  // Ends in order: the dataset-wide sorted ends, keeping those shown (no sort per filter).
  const endsSorted = new Float64Array(n);
  let e = 0;
  for (let k = 0; k < all.endOrder.length; k++)
    if (shown[all.endOrder[k]!]! >= 0) endsSorted[e++] = all.eventEnd[all.endOrder[k]!]!;

  return {
    lanes: order.map((lane) => ({ ...all.lanes[lane]!, count: counts[lane]! })),
    marks: order.map((lane) => all.marks[lane]!),
    connectors: all.connectors,
    shown,
    eventStart,
    eventEnd,
    endsSorted,
    endOrder: all.endOrder,
    maxEventSpan,
    primaryLane,
    markFrom,
    markLane,
    markRow,
  };
}
