import { describe, expect, it } from 'vitest';
import { isoToDay } from '../../../src/shared/dates';
import type { Event } from '../../../src/shared/schema';
import { laneGeometry, rowY } from '../../../src/app/features/timeline/geometry';
import { layoutTimeline } from '../../../src/app/features/timeline/lanes';
import {
  eventPosition,
  PROXY_CAP,
  proxyTargets,
  type Proxy,
} from '../../../src/app/features/timeline/proxies';
import type { DayProjection } from '../../../src/app/features/timeline/scales';
import type { SceneInput } from '../../../src/app/features/timeline/scene';
import { daily, fixtureEvents, fixtureIndex, nameOf, RANGE, sceneOf, showing } from './helpers';

/** The scene of `events` under a projection, and the proxies over it. */
function proxiesOf(
  events: readonly Event[],
  projection: DayProjection,
  always: readonly number[] = [],
  over: Partial<SceneInput> = {},
) {
  const { layout, geometry, scene } = sceneOf(events, { projection, ...over });
  const proxies = proxyTargets(scene, layout, geometry, projection, RANGE, always);
  return { layout, geometry, scene, proxies };
}
const byId = (proxies: Proxy[]) =>
  Object.fromEntries(proxies.map((p) => [fixtureEvents[p.event]!.id, p.clustered]));

describe('proxyTargets', () => {
  it('gives every event in view a proxy when few are, flagging those drawn in a cluster', () => {
    const fit = showing('2017-12-18', '2019-05-02');
    const { proxies, scene, layout } = proxiesOf(fixtureEvents, fit);
    expect(proxies.map((p) => p.event)).toEqual([0, 1, 2, 3, 4, 5]);
    // The April days cluster: kp-missile and us-ready in North Korea's lane, jp-us-meet in the US's.
    expect(byId(proxies)).toEqual({
      'us-kp-year': false,
      'cn-urges': false,
      'inter-korean': false,
      'jp-us-meet': true,
      'kp-missile': true,
      'us-ready': true,
    });
    // A lone event's proxy sits on its mark in its primary lane.
    for (const p of proxies.filter((q) => !q.clustered)) {
      const m = scene.marks.find(
        (x) => x.event === p.event && x.lane === layout.primaryLane[p.event],
      )!;
      expect([p.x, p.y]).toEqual([m.x, m.y]);
    }
  });

  it('leaves out events outside the window, unless they are always exposed', () => {
    const april = showing('2019-04-10', '2019-04-25');
    expect(byId(proxiesOf(fixtureEvents, april).proxies)).toEqual({
      'jp-us-meet': false,
      'kp-missile': false,
      'us-ready': false,
    });
    const cn = fixtureIndex('cn-urges');
    const { proxies } = proxiesOf(fixtureEvents, april, [cn, -1, cn]);
    expect(proxies.map((p) => p.event)).toEqual([cn, 3, 4, 5]);
  });

  it(`gives all ${PROXY_CAP} events a proxy at the cap`, () => {
    const events = daily(PROXY_CAP, '2019-01-01');
    const { proxies } = proxiesOf(events, showing('2018-12-01', '2020-01-31'));
    expect(proxies.map((p) => p.event)).toEqual(events.map((_, i) => i));
    // 1.8px a day: every one of them is inside a density strip.
    expect(proxies.every((p) => p.clustered)).toBe(true);
  });

  describe('past the cap', () => {
    const events = daily(PROXY_CAP + 100, '2019-01-01');
    const view = showing('2018-12-01', '2020-03-31');

    it('exposes only the events that must be (tab stop, selected, focused), sorted', () => {
      const { proxies } = proxiesOf(events, view, [250, -1, 7, 250]);
      expect(proxies.map((p) => p.event)).toEqual([7, 250]);
    });

    it('flags an exposed event drawn inside a cluster, so the cluster keeps the pointer', () => {
      const { proxies } = proxiesOf(events, view, [7]);
      expect(proxies.map((p) => [p.event, p.clustered])).toEqual([[7, true]]);
    });

    it('does not flag one drawn as its own mark (kept in sight)', () => {
      const { proxies, scene } = proxiesOf(events, view, [7], { keep: [7] });
      const m = scene.marks.find((x) => x.event === 7)!;
      expect(proxies).toEqual([{ event: 7, x: m.x, y: m.y, clustered: false }]);
    });
  });
});

describe('eventPosition', () => {
  const layout = layoutTimeline(fixtureEvents, nameOf);
  const geometry = laneGeometry(layout.lanes);
  const projection = showing('2018-01-01', '2018-12-31');
  const lane = (id: string) => layout.lanes.findIndex((l) => l.id === id);

  it.each([
    // In North Korea's lane (its busiest) the month is in row 1; in China's, row 0.
    ['cn-urges', 'kp', 1, '2018-08-01', '2018-09-01'],
    ['us-kp-year', 'kp', 0, '2018-01-01', '2019-01-01'],
    // Japan's lane is quieter than the US's.
    ['jp-us-meet', 'us', 0, '2019-04-14', '2019-04-15'],
  ] as const)('places %s at its centre day in %s, row %i', (id, primary, row, first, after) => {
    const p = eventPosition(layout, geometry, projection, fixtureIndex(id));
    expect(p.y).toBe(rowY(geometry, lane(primary), row));
    expect(p.x).toBeCloseTo(
      projection.a * ((isoToDay(first) + isoToDay(after)) / 2) + projection.b,
      9,
    );
    expect(p.clustered).toBe(false);
  });
});

describe('proxyTargets while a gesture moves the view', () => {
  it('exposes only the events it must', () => {
    const projection = showing('2017-12-01', '2019-05-01');
    const { scene, layout, geometry, proxies } = proxiesOf(fixtureEvents, projection, [2]);
    expect(proxies.length).toBe(fixtureEvents.length);
    const moving = proxyTargets(scene, layout, geometry, projection, RANGE, [2], false);
    expect(moving.map((p) => p.event)).toEqual([2]);
  });
});
