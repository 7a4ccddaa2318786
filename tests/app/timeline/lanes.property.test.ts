import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoToDay } from '../../../src/shared/dates';
import {
  KINDS,
  layoutTimeline,
  markKind,
  MAX_ROWS,
  stackRows,
} from '../../../src/app/features/timeline/lanes';
import { eventsArb } from './arbitraries';
import { nameOf } from './helpers';

const runs = { seed: 1970, numRuns: 200 };

describe('layoutTimeline (property)', () => {
  it('accounts for every (event, country) exactly once, in consistent arrays', () => {
    fc.assert(
      fc.property(eventsArb(80), (events) => {
        const l = layoutTimeline(events, nameOf);
        const laneOf = new Map(l.lanes.map((lane, i) => [lane.id, i]));
        const start = events.map((e) => isoToDay(e.date.start));
        const end = events.map((e) => isoToDay(e.date.end) + 1);

        // Each lane holds exactly the events of its country, each once, sorted by centre.
        l.lanes.forEach((lane, li) => {
          const m = l.marks[li]!;
          const expected = events.flatMap((e, i) => (e.countries.includes(lane.id) ? [i] : []));
          expect([...m.event].sort((a, b) => a - b)).toEqual(expected);
          expect(lane.count).toBe(expected.length);
          expect(lane.rows).toBeLessThanOrEqual(MAX_ROWS);
          for (let k = 0; k < m.event.length; k++) {
            const e = m.event[k]!;
            expect([m.start[k], m.end[k], m.centre[k]]).toEqual([
              start[e],
              end[e],
              (start[e]! + end[e]!) / 2,
            ]);
            expect(KINDS[m.kind[k]!]).toBe(markKind(events[e]!));
            expect(m.row[k]).toBeLessThan(lane.rows);
            expect(m.maxHalfSpan).toBeGreaterThanOrEqual((end[e]! - start[e]!) / 2);
            if (k > 0) {
              const order = m.centre[k - 1]! - m.centre[k]! || m.event[k - 1]! - e;
              expect(order).toBeLessThan(0);
            }
          }
        });

        // The per-event index agrees with the lanes.
        expect(l.markFrom[events.length]).toBe(events.reduce((n, e) => n + e.countries.length, 0));
        events.forEach((e, i) => {
          const slots = Array.from(
            { length: l.markFrom[i + 1]! - l.markFrom[i]! },
            (_, s) => l.markFrom[i]! + s,
          );
          const lanes = slots.map((s) => l.markLane[s]!);
          expect(lanes.sort((a, b) => a - b)).toEqual(
            e.countries.map((c) => laneOf.get(c)!).sort((a, b) => a - b),
          );
          expect(l.primaryLane[i]).toBe(Math.min(...lanes));
          for (const s of slots) {
            const lane = l.marks[l.markLane[s]!]!;
            expect(l.markRow[s]).toBe(lane.row[[...lane.event].indexOf(i)]);
          }
        });

        // One connector per multi-country event, sorted by day (the scene finds its lanes).
        const multi = events.flatMap((e, i) => (e.countries.length > 1 ? [i] : []));
        const c = l.connectors;
        expect([...c.event].sort((a, b) => a - b)).toEqual(multi);
        c.event.forEach((e, k) => {
          expect(c.day[k]).toBe((start[e]! + end[e]!) / 2);
          if (k > 0) expect(c.day[k - 1]).toBeLessThanOrEqual(c.day[k]!);
        });

        expect([...l.eventStart]).toEqual(start);
        expect([...l.eventEnd]).toEqual(end);
        expect([...l.endsSorted]).toEqual([...end].sort((a, b) => a - b));
        expect(l.maxEventSpan).toBe(Math.max(0, ...end.map((x, i) => x - start[i]!)));
      }),
      runs,
    );
  });
});

describe('stackRows (property)', () => {
  it('uses as many rows as the deepest overlap, up to the cap', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 20 })), {
          maxLength: 40,
        }),
        fc.integer({ min: 1, max: 5 }),
        (raw, cap) => {
          const pairs = raw.map(([s, len]) => [s, s + len] as const).sort((x, y) => x[0] - y[0]);
          const starts = pairs.map(([s]) => s);
          const ends = pairs.map(([, e]) => e);
          const depth = maxOverlap(pairs);
          const r = stackRows(starts, ends, cap);
          expect(r.count).toBe(Math.max(1, Math.min(depth, cap)));
          for (const row of r.rows) expect(row).toBeLessThan(r.count);
          if (depth <= cap)
            pairs.forEach(([s, e], i) =>
              pairs.forEach(([s2, e2], j) => {
                if (i < j && r.rows[i] === r.rows[j]) expect(e <= s2 || e2 <= s).toBe(true);
              }),
            );
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });
});

/** The most intervals [start, end) covering one point. */
function maxOverlap(pairs: readonly (readonly [number, number])[]): number {
  // Ends sort before starts at the same point: touching intervals do not overlap.
  const points = pairs.flatMap(([s, e]) => [[s, 1] as const, [e, -1] as const]);
  points.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  let depth = 0;
  let max = 0;
  for (const [, d] of points) max = Math.max(max, (depth += d));
  return max;
}
