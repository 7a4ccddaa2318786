/**
 * A filter narrows the dataset-wide layout (filterLayout) instead of laying
 * the shown events out afresh. Whatever the subset, the timeline must show
 * the same thing either way: the same lanes in the same order, the same
 * events as lone marks in the same lanes, the same clusters and connectors.
 * Only sub-rows may differ (they are stacked once, over every event).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { laneGeometry } from '../../../src/app/features/timeline/geometry';
import {
  filterLayout,
  layoutAll,
  layoutTimeline,
  type TimelineLayout,
} from '../../../src/app/features/timeline/lanes';
import { buildScene } from '../../../src/app/features/timeline/scene';
import { eventsArb } from './arbitraries';
import { ev, nameOf, RANGE, showingDays } from './helpers';
import { isoToDay } from '../../../src/shared/dates';

const view = (layout: TimelineLayout, d0: number, d1: number, selected: number) => {
  const geometry = laneGeometry(layout.lanes);
  const scene = buildScene({
    layout,
    geometry,
    projection: showingDays(d0, d1),
    range: RANGE,
    rows: [0, geometry.height],
    titles: layout.eventStart.length ? Array.from(layout.eventStart, (_, i) => `Event ${i}`) : [],
    selected,
    keep: [],
  });
  const laneOfY = (y: number) => geometry.tops.findLastIndex((t) => t <= y);
  return {
    marks: scene.marks.map((m) => `${m.event}@${m.lane}:${m.x.toFixed(3)}`).sort(),
    clusters: scene.clusters
      .map((c) => `${c.kind}@${c.lane}:${c.count}:${c.firstDay}-${c.lastDay}`)
      .sort(),
    connectors: scene.connectors.map((c) => `${c.event}:${laneOfY(c.y0)}-${laneOfY(c.y1)}`).sort(),
  };
};

describe('filterLayout', () => {
  it('shows a subset exactly as laying the subset out afresh would', () => {
    fc.assert(
      fc.property(
        eventsArb(60).chain((events) =>
          fc.record({
            events: fc.constant(events),
            keep: fc.array(fc.boolean(), { minLength: events.length, maxLength: events.length }),
            zoom: fc.tuple(fc.integer({ min: -20, max: 300 }), fc.integer({ min: 5, max: 500 })),
          }),
        ),
        ({ events, keep, zoom: [from, days] }) => {
          const subset = events.filter((_, i) => keep[i]);
          const positions = Int32Array.from(events.flatMap((_, i) => (keep[i] ? [i] : [])));
          const narrowed = filterLayout(layoutAll(events, nameOf), positions);
          const fresh = layoutTimeline(subset, nameOf);

          expect(narrowed.lanes.map((l) => [l.id, l.count])).toEqual(
            fresh.lanes.map((l) => [l.id, l.count]),
          );
          expect([...narrowed.eventStart]).toEqual([...fresh.eventStart]);
          expect([...narrowed.eventEnd]).toEqual([...fresh.eventEnd]);
          expect([...narrowed.endsSorted]).toEqual([...fresh.endsSorted]);
          expect([...narrowed.primaryLane]).toEqual([...fresh.primaryLane]);
          expect([...narrowed.markFrom]).toEqual([...fresh.markFrom]);
          // Each event's lanes (in whatever order its slots list them).
          const lanesOf = (l: TimelineLayout) =>
            subset.map((_, e) =>
              [...l.markLane.subarray(l.markFrom[e], l.markFrom[e + 1])].sort((a, b) => a - b),
            );
          expect(lanesOf(narrowed)).toEqual(lanesOf(fresh));
          const d0 = -92 + from; // FIRST_DAY is day -92
          const selected = subset.length > 0 ? subset.length - 1 : -1;
          expect(view(narrowed, d0, d0 + days, selected)).toEqual(
            view(fresh, d0, d0 + days, selected),
          );
        },
      ),
      { numRuns: 300, seed: 4 },
    );
  });

  it('hides the events it leaves out, and the lanes left empty', () => {
    const events = [
      ev('a', '2019-01-01', undefined, ['us', 'kp']),
      ev('b', '2019-01-02', undefined, ['jp']),
      ev('c', '2019-01-03', undefined, ['us']),
    ];
    const all = layoutAll(events, nameOf);
    const narrowed = filterLayout(all, Int32Array.from([0, 2]));
    expect(narrowed.lanes.map((l) => [l.id, l.count])).toEqual([
      ['us', 2],
      ['kp', 1],
    ]);
    expect([...narrowed.shown]).toEqual([0, -1, 1]);
    const everything = view(narrowed, isoToDay('2018-12-01'), isoToDay('2019-02-01'), -1);
    // a in both shown lanes, c in the United States', and nothing of b.
    expect(everything.marks.map((m) => m.split(':')[0]).sort()).toEqual(['0@0', '0@1', '1@0']);
    expect(everything.clusters).toEqual([]);
    expect(filterLayout(all, new Int32Array(0)).lanes).toEqual([]);
  });
});
