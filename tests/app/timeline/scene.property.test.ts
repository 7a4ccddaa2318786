import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoToDay } from '../../../src/shared/dates';
import type { Event } from '../../../src/shared/schema';
import { laneGeometry, type LaneGeometry } from '../../../src/app/features/timeline/geometry';
import { layoutTimeline } from '../../../src/app/features/timeline/lanes';
import {
  buildScene,
  countInView,
  lanesInView,
  MARK_RADIUS as R,
  MAX_RUN,
  MIN_GAP,
  type Scene,
  type SceneInput,
  type SceneMark,
} from '../../../src/app/features/timeline/scene';
import { eventsArb, FIRST_DAY } from './arbitraries';
import { nameOf, RANGE, showingDays } from './helpers';

const viewArb = fc.record({
  // Days from FIRST_DAY to the left edge, and days across the plot.
  from: fc.double({ min: -30, max: 420, noNaN: true }),
  days: fc.double({ min: 1, max: 500, noNaN: true }),
  // Lanes on screen: any band of rows, sometimes none of them.
  top: fc.integer({ min: -40, max: 300 }),
  height: fc.integer({ min: 1, max: 400 }),
  selected: fc.integer({ min: -1, max: 119 }),
  keep: fc.array(fc.integer({ min: 0, max: 119 }), { maxLength: 2 }),
});
const runs = { seed: 2024, numRuns: 300 };
const EPS = 1e-6;

/** An event's pixels under the view: its days, its centre, and what is drawn of it. */
function pixels(e: Event, a: number, b: number) {
  const x0 = a * isoToDay(e.date.start) + b;
  const x1 = a * (isoToDay(e.date.end) + 1) + b;
  const x = (x0 + x1) / 2;
  const point = e.date.precision === 'day' && e.date.start === e.date.end;
  // A point is drawn as its shape alone; bars also as their extent.
  const shown = point ? [x - R, x + R] : [Math.min(x0, x - R), Math.max(x1, x + R)];
  return { x, x0, x1, point, shown, wide: !point && x1 - x0 > MIN_GAP };
}

/** Where scene.ts starts a mark's label row-wise: the mark's left edge. */
const leftOf = (m: SceneMark) => (m.kind === 'point' ? m.x - R : Math.min(m.x0, m.x - R));

describe('buildScene (property)', () => {
  it('draws every event in view in each lane on screen once: as a mark or in one cluster', () => {
    fc.assert(
      fc.property(eventsArb(120), viewArb, (events, v) => {
        const layout = layoutTimeline(events, nameOf);
        const geometry = laneGeometry(layout.lanes);
        const d0 = isoToDay(FIRST_DAY) + v.from;
        const projection = showingDays(d0, d0 + v.days);
        const valid = (i: number) => (i < events.length ? i : -1);
        const input: SceneInput = {
          layout,
          geometry,
          projection,
          range: RANGE,
          rows: [v.top, v.top + v.height],
          titles: events.map((e) => e.title),
          selected: valid(v.selected),
          keep: v.keep.map(valid).filter((i) => i >= 0),
        };
        const scene = buildScene(input);
        const kept = new Set([input.selected, ...input.keep].filter((i) => i >= 0));

        const onScreen = geometry.tops.flatMap((t, l) =>
          t < input.rows[1] && t + geometry.heights[l]! > input.rows[0] ? [l] : [],
        );
        const [from, to] = lanesInView(geometry, input.rows);
        expect(onScreen).toEqual(Array.from({ length: to - from }, (_, k) => from + k));
        for (const m of scene.marks) expect(onScreen).toContain(m.lane);
        for (const c of scene.clusters) expect(onScreen).toContain(c.lane);

        const { a, b } = projection;
        const left = RANGE[0] - R - 2;
        const right = RANGE[1] + R + 2;
        for (const lane of onScreen) {
          const id = layout.lanes[lane]!.id;
          const ids = events.flatMap((e, i) => (e.countries.includes(id) ? [i] : []));
          const px = new Map(ids.map((i) => [i, pixels(events[i]!, a, b)]));
          const hits = (i: number, lo: number, hi: number) =>
            px.get(i)!.shown[1]! >= lo && px.get(i)!.shown[0]! <= hi;
          // Certainly on the plot; at most within its margin.
          const must = ids.filter((i) => hits(i, RANGE[0], RANGE[1]));
          const may = new Set(ids.filter((i) => hits(i, left, right)));

          const marks = scene.marks.filter((m) => m.lane === lane);
          const clusters = scene.clusters.filter((c) => c.lane === lane);
          const drawn = new Set(marks.map((m) => m.event));
          expect(drawn.size).toBe(marks.length);
          for (const e of drawn) expect(may.has(e)).toBe(true);
          for (const e of must) if (kept.has(e)) expect(drawn.has(e)).toBe(true);

          // Count conservation: marks plus cluster counts are the events in view, no more.
          const accounted = marks.length + clusters.reduce((n, c) => n + c.count, 0);
          expect(accounted).toBeGreaterThanOrEqual(must.length);
          expect(accounted).toBeLessThanOrEqual(may.size);
          const clustered = must.filter((e) => !drawn.has(e));
          expect(accounted - marks.length).toBeGreaterThanOrEqual(clustered.length);

          // Each clustered event lies in a cluster of its kind; a density one is in exactly one.
          for (const e of clustered) {
            const p = px.get(e)!;
            expect(kept.has(e)).toBe(false);
            if (p.wide) {
              const start = isoToDay(events[e]!.date.start);
              const end = isoToDay(events[e]!.date.end) + 1;
              expect(
                clusters.some((c) => c.kind === 'range' && c.firstDay <= start && end <= c.lastDay),
              ).toBe(true);
            } else {
              const holders = clusters.filter(
                (c) => c.kind === 'density' && c.x0 + R - EPS <= p.x && p.x <= c.x1 - R + EPS,
              );
              expect(holders).toHaveLength(1);
            }
          }
          for (const c of clusters) {
            expect(c.count).toBeGreaterThanOrEqual(2);
            if (c.kind === 'density') {
              expect(c.x1 - c.x0).toBeLessThanOrEqual(MAX_RUN + 2 * R + EPS);
              expect(c.heat.reduce((n, h) => n + h, 0)).toBe(c.count);
            }
          }

          // Two lone marks that could have chained (narrow, not kept, nothing between) are MIN_GAP apart.
          const lone = marks
            .filter((m) => !kept.has(m.event) && !px.get(m.event)!.wide)
            .sort((p, q) => p.x - q.x);
          lone.slice(1).forEach((m, k) => {
            const prev = lone[k]!;
            const between = clusters.some(
              (c) => c.kind === 'density' && c.x0 + R >= prev.x && c.x1 - R <= m.x,
            );
            if (!between) expect(m.x - prev.x).toBeGreaterThanOrEqual(MIN_GAP - EPS);
          });
        }

        expectLabelsApart(scene, geometry, input.selected);
        const naive = events.filter(
          (e) => isoToDay(e.date.end) + 1 > d0 && isoToDay(e.date.start) < d0 + v.days,
        ).length;
        expect(countInView(layout, d0, d0 + v.days)).toBe(naive);
      }),
      runs,
    );
  });
});

/**
 * Labels only where they fit: each event at most once, and each label ends
 * before the plot's edge and before every mark or cluster further along its row.
 */
function expectLabelsApart(scene: Scene, geometry: LaneGeometry, selected: number) {
  const labelled = scene.marks.filter((m) => m.label !== null);
  expect(new Set(labelled.map((m) => m.event)).size).toBe(labelled.length);
  for (const m of labelled) {
    expect(m.label!.length).toBeGreaterThan(0);
    // scene.ts estimates 6.6px a character for labels, 7.3 bold; 6px gap before the next mark.
    const end = m.x + R + 4 + m.label!.length * (m.event === selected ? 7.3 : 6.6);
    expect(end).toBeLessThanOrEqual(RANGE[1] + EPS);
    for (const o of scene.marks)
      if (o !== m && o.lane === m.lane && o.row === m.row && leftOf(o) > leftOf(m))
        expect(end).toBeLessThanOrEqual(leftOf(o) - 6 + EPS);
    for (const c of scene.clusters)
      if (c.lane === m.lane && c.x0 > leftOf(m)) expect(end).toBeLessThanOrEqual(c.x0 - 6 + EPS);
    expect(m.row).toBeLessThan(geometry.rows[m.lane]!);
  }
}
