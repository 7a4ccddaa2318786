import { describe, expect, it } from 'vitest';
import { isoToDay } from '../../../src/shared/dates';
import { compareByDate } from '../../../src/shared/order';
import type { Event } from '../../../src/shared/schema';
import {
  MARK_RADIUS,
  MAX_CONNECTORS,
  MAX_RUN,
  MIN_GAP,
  type Scene,
  type SceneInput,
} from '../../../src/app/features/timeline/scene';
import { daily, ev, RANGE, sceneOf as viewOf, showing, showingDays } from './helpers';

/** The scene of some events in one view, every lane on screen, its heat checked. */
function sceneOf(events: Event[], over: Partial<SceneInput> & Pick<SceneInput, 'projection'>) {
  const built = viewOf(events, over);
  expectHeatSums(built.scene);
  return built;
}

/** Every density strip's cells add up to its count, and the fullest cell is maxHeat. */
function expectHeatSums(s: Scene) {
  let max = 0;
  for (const c of s.clusters) {
    const sum = c.heat.reduce((a, b) => a + b, 0);
    expect(sum).toBe(c.kind === 'density' ? c.count : 0);
    for (const n of c.heat) max = Math.max(max, n);
  }
  expect(s.maxHeat).toBe(max);
}

const DAY0 = isoToDay('2019-01-01');
/** Point events at day offsets from 2019-01-01 (fractional offsets are not needed: zoom instead). */
const points = (offsets: readonly number[]) =>
  offsets.map((d, i) => ev(`p${i}`, new Date((DAY0 + d) * 86_400_000).toISOString().slice(0, 10)));
/** A view with `px` pixels a day, 2019-01-01 at 200px. */
const zoom = (px: number) => showingDays(DAY0 - 100 / px, DAY0 + (RANGE[1] - 200) / px);
const range = (n: number, from = 0) => Array.from({ length: n }, (_, i) => from + i);

describe('density clusters', () => {
  it.each([
    ['two marks closer than MIN_GAP cluster', 13, [0, 1], [2], 0],
    ['two marks exactly MIN_GAP apart do not', MIN_GAP, [0, 1], [], 2],
    ['marks farther apart do not', 10, [0, 2], [], 2],
    ['a chain clusters though its ends are far apart', 10, [0, 1, 2, 3], [4], 0],
    ['a gap splits a chain', 10, [0, 1, 5, 6], [2, 2], 0],
    ['a run stops at MAX_RUN pixels', 10, range(30), [13, 13, 4], 0],
    ['the mark after a full run may be alone', 10, range(14), [13], 1],
    ['events on the same day', 50, [3, 3, 3, 3, 3], [5], 0],
  ] as const)('%s', (_, px, offsets, counts, lone) => {
    const { scene } = sceneOf(points(offsets), { projection: zoom(px) });
    expect(scene.clusters.map((c) => c.count)).toEqual(counts);
    expect(scene.clusters.every((c) => c.kind === 'density')).toBe(true);
    expect(scene.marks).toHaveLength(lone);
  });

  it('draws a strip from the first centre to the last, across the lane band, over the days', () => {
    const { scene, geometry } = sceneOf(points(range(13)), { projection: zoom(10) });
    const [c] = scene.clusters;
    // 1 January is at 200px, its middle at 205px; the 13th day's middle at 325px.
    expect([c!.x0, c!.x1]).toEqual([205 - MARK_RADIUS, 325 + MARK_RADIUS]);
    expect(c!.x1 - c!.x0).toBeLessThanOrEqual(MAX_RUN + 2 * MARK_RADIUS);
    const pad = geometry.metrics.lanePadding;
    expect([c!.y0, c!.y1]).toEqual([
      geometry.tops[0]! + pad,
      geometry.tops[0]! + geometry.heights[0]! - pad,
    ]);
    expect([c!.firstDay, c!.lastDay]).toEqual([DAY0, DAY0 + 13]);
    // A mark every 10px in 3px cells: cells 0, 3, 6, 10, 13, … hold one each.
    expect([...c!.heat].slice(0, 5)).toEqual([1, 0, 0, 1, 0]);
  });

  it('shades relative to the fullest cell on screen', () => {
    const { scene } = sceneOf(points([0, 0, 0, 1, 20, 20]), { projection: zoom(5) });
    expect(scene.clusters.map((c) => c.count)).toEqual([4, 2]);
    expect(scene.maxHeat).toBe(3);
  });
});

const year = (id: string, y: number, countries = ['us']) =>
  ev(id, `${y}-01-01`, `${y}-12-31`, countries, { precision: 'year' });
const month = (id: string, m: string) =>
  ev(id, `2011-${m}-01`, `2011-${m}-28`, ['us'], { precision: 'month' });

describe('range clusters', () => {
  it.each([
    [
      'several events in the same year, the year 200px wide',
      [year('a', 2011), year('b', 2011), year('c', 2011)],
      ['2010-01-01', '2013-12-31'],
      ['range:3'],
      0,
    ],
    [
      'the same year in another country stays in its lane',
      [year('a', 2011), year('b', 2011, ['kp'])],
      ['2010-01-01', '2013-12-31'],
      [],
      2,
    ],
    [
      'a year, a month and most of a year: different extents',
      [year('a', 2011), month('b', '06'), ev('c', '2011-01-01', '2011-10-31')],
      ['2010-01-01', '2013-12-31'],
      [],
      3,
    ],
    [
      'a year and a span from the same day to October: different ends',
      [year('a', 2011), ev('b', '2011-01-01', '2011-10-31')],
      ['2010-01-01', '2013-12-31'],
      [],
      2,
    ],
    // A day's difference is half a pixel here: nearly the same extent.
    [
      'a year and a span a day shorter',
      [year('a', 2011), ev('b', '2011-01-02', '2011-12-31')],
      ['2010-01-01', '2013-12-31'],
      ['range:2'],
      0,
    ],
    [
      'months wider than MIN_GAP',
      [month('a', '01'), month('b', '01'), month('c', '01')],
      ['2010-01-01', '2013-12-31'],
      ['range:3'],
      0,
    ],
    // At eight years a month is 8px: too narrow to read, so it is density.
    [
      'months narrower than MIN_GAP',
      [month('a', '01'), month('b', '01'), month('c', '01')],
      ['2008-01-01', '2015-12-31'],
      ['density:3'],
      0,
    ],
  ] as const)('%s', (_, events, [first, last], clusters, lone) => {
    const { scene } = sceneOf([...events].sort(compareByDate), {
      projection: showing(first, last),
    });
    expect(scene.clusters.map((c) => `${c.kind}:${c.count}`)).toEqual(clusters);
    expect(scene.marks).toHaveLength(lone);
  });

  it('spans the shared extent, at the first bar’s row, with the days it covers', () => {
    const projection = showing('2010-01-01', '2013-12-31');
    const { scene } = sceneOf([year('a', 2011), year('b', 2011)], { projection });
    const [c] = scene.clusters;
    const px = (iso: string) => projection.a * isoToDay(iso) + projection.b;
    expect(c!.x0).toBeCloseTo(px('2011-01-01'), 9);
    expect(c!.x1).toBeCloseTo(px('2012-01-01'), 9);
    expect([c!.firstDay, c!.lastDay]).toEqual([isoToDay('2011-01-01'), isoToDay('2012-01-01')]);
    expect(c!.heat).toHaveLength(0);
  });
});

describe('kept events', () => {
  it('are drawn as marks, the rest of their cluster staying a cluster', () => {
    // Four events on one day and four in one year; one of each is kept in sight.
    const events = [
      year('y0', 2011),
      year('y1', 2011),
      year('y2', 2011),
      year('y3', 2011),
      ...['d0', 'd1', 'd2', 'd3'].map((id) => ev(id, '2011-06-15')),
    ];
    const { scene } = sceneOf(events, {
      projection: showing('2010-01-01', '2013-12-31'),
      selected: 5,
      keep: [2],
    });
    expect(scene.clusters.map((c) => `${c.kind}:${c.count}`).sort()).toEqual([
      'density:3',
      'range:3',
    ]);
    expect(scene.marks.map((m) => events[m.event]!.id).sort()).toEqual(['d1', 'y2']);
  });
});

describe('connectors', () => {
  const both = (n: number) => daily(n, '2019-01-01', ['us', 'kp']);
  const view = showing('2018-12-01', '2020-03-01');

  it(`draws all ${MAX_CONNECTORS} connectors in view`, () => {
    const { scene } = sceneOf(both(MAX_CONNECTORS), { projection: view });
    expect(scene.connectors).toHaveLength(MAX_CONNECTORS);
  });

  it('draws none past MAX_CONNECTORS, except the selected event’s', () => {
    expect(sceneOf(both(MAX_CONNECTORS + 1), { projection: view }).scene.connectors).toEqual([]);
    const { scene } = sceneOf(both(MAX_CONNECTORS + 1), { projection: view, selected: 123 });
    expect(scene.connectors.map((c) => c.event)).toEqual([123]);
  });

  it('counts only the connectors in view towards the cap', () => {
    // The same 401 events, zoomed to a month: 31 connectors, all drawn.
    const { scene } = sceneOf(both(MAX_CONNECTORS + 1), {
      projection: showing('2019-03-01', '2019-03-31'),
    });
    expect(scene.connectors).toHaveLength(31);
  });
});
