import { describe, expect, it } from 'vitest';
import { isoToDay } from '../../../src/shared/dates';
import { laneGeometry, rowY } from '../../../src/app/features/timeline/geometry';
import { layoutTimeline } from '../../../src/app/features/timeline/lanes';
import {
  buildScene,
  countInView,
  lanesInView,
  MARK_RADIUS,
  type Scene,
  type SceneInput,
} from '../../../src/app/features/timeline/scene';
import { daily, fixtureEvents as events, fixtureIndex, nameOf, RANGE, showing } from './helpers';

const layout = layoutTimeline(events, nameOf);
const geometry = laneGeometry(layout.lanes);
const titles = events.map((e) => e.title);
// The whole fixture at about the zoom "Fit" gives: 1.6 px a day.
const FIT = ['2017-12-18', '2019-05-02'] as const;

const input = (first: string, last: string, over: Partial<SceneInput> = {}): SceneInput => ({
  layout,
  geometry,
  projection: showing(first, last),
  range: RANGE,
  rows: [0, geometry.height],
  titles,
  selected: -1,
  keep: [],
  ...over,
});
const idsOf = (s: Scene) => [...new Set(s.marks.map((m) => events[m.event]!.id))].sort();
const lane = (id: string) => layout.lanes.findIndex((l) => l.id === id);
const summary = (s: Scene) => ({
  marks: s.marks.map((m) => `${layout.lanes[m.lane]!.id}:${events[m.event]!.id}`).sort(),
  clusters: s.clusters.map((c) => `${layout.lanes[c.lane]!.id}:${c.kind}:${c.count}`).sort(),
});

describe('lanesInView', () => {
  // Lanes: kp at 30 (52 tall, two rows), us at 82, kr at 122 (52), cn at 174, jp at 214 to 254.
  it.each([
    ['all of them', [0, 254], [0, 5]],
    ['exactly one lane', [82, 122], [1, 2]],
    ['a pixel into each neighbour', [81, 123], [0, 3]],
    ['inside one lane', [100, 110], [1, 2]],
    ['the bottom of the last lane', [250, 260], [4, 5]],
    ['only the axis strip above the lanes', [0, 30], [0, 0]],
    ['below the last lane', [254, 300], [5, 5]],
  ] as const)('%s', (_, rows, expected) => {
    expect(geometry.tops).toEqual([30, 82, 122, 174, 214]);
    expect(lanesInView(geometry, rows)).toEqual(expected);
  });
});

describe('buildScene on the fixture', () => {
  it('accounts for every mark when everything is in view, clustering the April days', () => {
    const s = buildScene(input(...FIT));
    expect(summary(s)).toEqual({
      marks: [
        'cn:cn-urges',
        'jp:jp-us-meet',
        'kp:cn-urges',
        'kp:inter-korean',
        'kp:us-kp-year',
        'kr:inter-korean',
        'kr:us-kp-year',
        'us:us-kp-year',
      ],
      // 14, 17 and 18 April are a few pixels apart: North Korea's two, and the US's two.
      clusters: ['kp:density:2', 'us:density:2'],
    });
    const kp = s.clusters.find((c) => c.lane === lane('kp'))!;
    expect([kp.firstDay, kp.lastDay]).toEqual([isoToDay('2019-04-17'), isoToDay('2019-04-19')]);
    expect(s.connectors).toHaveLength(5);
  });

  it.each([
    ['late 2018', '2018-09-05', '2018-10-31', ['inter-korean', 'us-kp-year']],
    ['mid-April 2019', '2019-04-15', '2019-04-20', ['kp-missile', 'us-ready']],
    ['before everything', '2017-01-01', '2017-06-30', []],
  ] as const)('culls to the visible days: %s', (_, first, last, expected) => {
    const s = buildScene(input(first, last));
    expect(idsOf(s)).toEqual(expected);
    expect(s.clusters).toEqual([]);
  });

  it('culls to the lanes on screen, keeping connectors that pass through them', () => {
    const us = buildScene(input(...FIT, { rows: [82, 122] }));
    expect(summary(us)).toEqual({ marks: ['us:us-kp-year'], clusters: ['us:density:2'] });
    // Every connector starts in North Korea's lane and ends at or below the US's.
    expect(us.connectors).toHaveLength(5);
    const jp = buildScene(input(...FIT, { rows: [214, 254] }));
    expect(summary(jp)).toEqual({ marks: ['jp:jp-us-meet'], clusters: [] });
    expect(jp.connectors.map((c) => events[c.event]!.id)).toEqual(['jp-us-meet']);
  });

  it('places a point at the middle of its day, in its lane and row', () => {
    const s = buildScene(input('2019-04-10', '2019-04-19'));
    const m = s.marks.find((x) => events[x.event]!.id === 'kp-missile')!;
    // 10 days over 800px: 17 April is day 7, its middle at 7.5 days.
    expect(m.x).toBeCloseTo(100 + 7.5 * 80, 6);
    expect([m.x0, m.x1]).toEqual([100 + 7 * 80, 100 + 8 * 80]);
    expect(m.kind).toBe('point');
    expect(m.y).toBe(rowY(geometry, m.lane, m.row));
  });

  it('clips range extents near the plot but keeps the true centre', () => {
    const s = buildScene(input('2018-06-01', '2018-06-30'));
    const year = s.marks.find((x) => events[x.event]!.id === 'us-kp-year')!;
    expect(year.x0).toBe(RANGE[0] - MARK_RADIUS - 2);
    expect(year.x1).toBe(RANGE[1] + MARK_RADIUS + 2);
    expect(year.x).toBeGreaterThan(RANGE[1]);
    expect(year.kind).toBe('range');
  });

  it.each([
    ['kept (focused or hovered)', { keep: [fixtureIndex('kp-missile')] }],
    ['selected', { selected: fixtureIndex('kp-missile') }],
  ])('never clusters a %s event', (_, over) => {
    const s = buildScene(input(...FIT, over));
    // Left alone, us-ready is a lone mark too; the US lane's cluster is untouched.
    expect(summary(s).marks).toEqual(expect.arrayContaining(['kp:kp-missile', 'kp:us-ready']));
    expect(summary(s).clusters).toEqual(['us:density:2']);
  });

  it('never clusters a selected event in any of its lanes', () => {
    const s = buildScene(input(...FIT, { selected: fixtureIndex('us-ready') }));
    expect(summary(s).clusters).toEqual([]);
    expect(summary(s).marks).toEqual(
      expect.arrayContaining(['kp:us-ready', 'us:us-ready', 'kp:kp-missile', 'us:jp-us-meet']),
    );
  });

  it('labels each visible event at most once, and only where there is room', () => {
    const s = buildScene(input(...FIT));
    const labelled = s.marks.filter((m) => m.label !== null).map((m) => m.event);
    expect(labelled.length).toBeGreaterThan(0);
    expect(new Set(labelled).size).toBe(labelled.length);
    const wide = buildScene(input('2019-04-13', '2019-04-25'));
    const ready = wide.marks.filter((m) => events[m.event]!.id === 'us-ready' && m.label);
    expect(ready.map((m) => m.label)).toEqual(['US says it is ready to talk']);
  });

  it('stops a label before a cluster further along its row', () => {
    // A long-titled event, then a cluster 100px later: at 10 px a day the title would need 200px.
    const evs = [...daily(1, '2019-01-01'), ...daily(2, '2019-01-11')];
    const l = layoutTimeline(evs, nameOf);
    const g = laneGeometry(l.lanes);
    const long = ['A summit of the leaders, with a very long title indeed', 'b', 'c'];
    const s = buildScene({
      ...input('2018-12-20', '2019-03-08'),
      layout: l,
      geometry: g,
      titles: long,
    });
    expect(s.clusters.map((c) => c.count)).toEqual([2]);
    const [m] = s.marks;
    expect(m!.label).not.toBeNull();
    expect(m!.label!.endsWith('…')).toBe(true);
    // 6.6px a character is scene.ts's estimate for the 12px font; 6 the gap kept before a mark.
    expect(m!.x + MARK_RADIUS + 4 + m!.label!.length * 6.6).toBeLessThanOrEqual(
      s.clusters[0]!.x0 - 6,
    );
  });

  it('draws connectors from the top lane to the bottom one at the centre day', () => {
    const s = buildScene(input('2019-04-10', '2019-04-19'));
    const i = fixtureIndex('us-ready');
    const c = s.connectors.find((x) => x.event === i)!;
    const mark = (id: string) => s.marks.find((m) => m.event === i && m.lane === lane(id))!;
    expect(c.x).toBeCloseTo(mark('kp').x, 9);
    expect([c.y0, c.y1]).toEqual([mark('kp').y, mark('us').y]);
    expect(c.y0).toBeLessThan(c.y1);
  });

  it('handles a layout with no events', () => {
    const empty = layoutTimeline([], nameOf);
    const s = buildScene({
      ...input('2019-01-01', '2019-12-31'),
      layout: empty,
      geometry: laneGeometry([]),
      titles: [],
    });
    expect(s).toEqual({ marks: [], clusters: [], connectors: [], maxHeat: 0 });
  });

  it('finds the ten days on screen among twenty thousand', () => {
    const many = daily(20_000, '2000-01-01');
    const big = layoutTimeline(many, nameOf);
    const s = buildScene({
      ...input('2010-01-01', '2010-01-10'),
      layout: big,
      geometry: laneGeometry(big.lanes),
      titles: many.map((e) => e.title),
    });
    expect(s.marks.map((m) => many[m.event]!.date.start)).toEqual(
      Array.from({ length: 10 }, (_, i) => `2010-01-${String(i + 1).padStart(2, '0')}`),
    );
    expect(s.clusters).toEqual([]);
  });
});

describe('countInView', () => {
  const naive = (d0: number, d1: number) =>
    events.filter((e) => isoToDay(e.date.end) + 1 > d0 && isoToDay(e.date.start) < d1).length;

  it.each([
    ['everything', '2017-01-01', '2019-12-31', 6],
    ['inside the year only', '2018-02-01', '2018-02-28', 1],
    ['the month and the year', '2018-08-31', '2018-08-31', 2],
    ['the day after the month', '2018-09-01', '2018-09-16', 1],
    ['three April days', '2019-04-14', '2019-04-18', 3],
    ['nothing', '2020-01-01', '2020-12-31', 0],
  ] as const)('%s', (_, first, last, n) => {
    const d0 = isoToDay(first);
    const d1 = isoToDay(last) + 1;
    expect(countInView(layout, d0, d1)).toBe(n);
    expect(naive(d0, d1)).toBe(n);
  });

  it('agrees with a plain count over a sweep of windows, fractional days too', () => {
    const first = isoToDay('2017-12-01');
    for (let d0 = first; d0 < first + 520; d0 += 3.25)
      for (const width of [0.5, 1, 7, 40, 400])
        expect(countInView(layout, d0, d0 + width)).toBe(naive(d0, d0 + width));
  });
});
