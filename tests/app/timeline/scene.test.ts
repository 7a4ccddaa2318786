import { describe, expect, it } from 'vitest';
import { isoToDay } from '../../../src/shared/dates';
import { laneGeometry, rowY } from '../../../src/app/features/timeline/geometry';
import { layoutTimeline } from '../../../src/app/features/timeline/lanes';
import { buildScene, MARK_RADIUS, type SceneInput } from '../../../src/app/features/timeline/scene';
import type { Range } from '../../../src/app/features/timeline/scales';
import { compareByDate } from '../../../src/app/state/selectors';
import { fixtureDataset } from '../../fixtures/dataset';
import { ev, nameOf } from './helpers';

const events = [...fixtureDataset.events].sort(compareByDate);
const layout = layoutTimeline(events, nameOf);
const geometry = laneGeometry(layout.lanes);
const RANGE: Range = [100, 900];

/** The projection that puts [first, last + 1) days across RANGE. */
const showing = (first: string, last: string) => {
  const d0 = isoToDay(first);
  const d1 = isoToDay(last) + 1;
  const a = (RANGE[1] - RANGE[0]) / (d1 - d0);
  return { a, b: RANGE[0] - a * d0 };
};

const input = (first: string, last: string, over: Partial<SceneInput> = {}): SceneInput => ({
  layout,
  geometry,
  projection: showing(first, last),
  range: RANGE,
  titles: events.map((e) => e.title),
  selected: -1,
  keep: -1,
  ...over,
});
const ids = (s: ReturnType<typeof buildScene>) => [
  ...new Set(s.marks.map((m) => events[m.mark.event]!.id)),
];

describe('buildScene', () => {
  it('draws every mark when everything is in view', () => {
    const s = buildScene(input('2017-12-01', '2019-05-01'));
    expect(s.marks).toHaveLength(layout.marks.length);
    expect(s.connectors).toHaveLength(layout.connectors.length);
  });

  it('culls marks outside the window, keeping long ranges that reach into it', () => {
    const s = buildScene(input('2018-09-05', '2018-10-31'));
    expect(ids(s).sort()).toEqual(['inter-korean', 'us-kp-year']);
    const april = buildScene(input('2019-04-15', '2019-04-20'));
    expect(ids(april).sort()).toEqual(['kp-missile', 'us-ready']);
  });

  it('places a point at the middle of its day, in its lane and row', () => {
    const s = buildScene(input('2019-04-10', '2019-04-19'));
    const m = s.marks.find((x) => events[x.mark.event]!.id === 'kp-missile')!;
    // 10 days over 800px: 17 April is day 7, its middle at 7.5 days.
    expect(m.x).toBeCloseTo(100 + 7.5 * 80, 6);
    expect(m.y).toBe(rowY(geometry, m.mark.lane, m.mark.row));
  });

  it('clips range extents near the plot but keeps the true centre', () => {
    const s = buildScene(input('2018-06-01', '2018-06-30'));
    const year = s.marks.find((x) => events[x.mark.event]!.id === 'us-kp-year')!;
    expect(year.x0).toBeGreaterThanOrEqual(RANGE[0] - MARK_RADIUS - 2);
    expect(year.x1).toBeLessThanOrEqual(RANGE[1] + MARK_RADIUS + 2);
    expect(year.x).toBeGreaterThan(RANGE[1]);
  });

  it('keeps the focused event drawn when it is out of view', () => {
    const kept = events.findIndex((e) => e.id === 'cn-urges');
    const s = buildScene(input('2019-04-15', '2019-04-20', { keep: kept }));
    expect(ids(s)).toContain('cn-urges');
    expect(s.marks.filter((m) => m.mark.event === kept)).toHaveLength(1);
    const inView = buildScene(input('2018-08-01', '2018-08-31', { keep: kept }));
    expect(inView.marks.filter((m) => m.mark.event === kept && m.mark.primary)).toHaveLength(1);
  });

  it('labels each visible event at most once, and only where there is room', () => {
    const s = buildScene(input('2017-12-01', '2019-05-01'));
    const labelled = s.marks.filter((m) => m.label !== null).map((m) => m.mark.event);
    expect(new Set(labelled).size).toBe(labelled.length);
    const wide = buildScene(input('2019-04-13', '2019-04-25'));
    const ready = wide.marks.find((m) => events[m.mark.event]!.id === 'us-ready' && m.label);
    expect(ready?.label).toBe('US says it is ready to talk');
  });

  it('draws connectors from the first lane to the last at the centre day', () => {
    const s = buildScene(input('2019-04-10', '2019-04-19'));
    const i = events.findIndex((e) => e.id === 'us-ready');
    const c = s.connectors.find((x) => x.event === i)!;
    const marks = s.marks.filter((m) => m.mark.event === i);
    expect(c.x).toBeCloseTo(marks[0]!.x, 9);
    expect([c.y0, c.y1].sort()).toEqual(marks.map((m) => m.y).sort());
  });

  it('handles a layout with no events', () => {
    const empty = layoutTimeline([], nameOf);
    const s = buildScene({
      ...input('2019-01-01', '2019-12-31'),
      layout: empty,
      geometry: laneGeometry([]),
      titles: [],
    });
    expect(s).toEqual({ marks: [], connectors: [] });
  });

  it('scales to tens of thousands of marks by visiting only candidates', () => {
    const many = Array.from({ length: 20_000 }, (_, i) =>
      ev(`e${i}`, new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10)),
    );
    const big = layoutTimeline(many, nameOf);
    const s = buildScene({
      ...input('2010-01-01', '2010-01-10'),
      layout: big,
      geometry: laneGeometry(big.lanes),
      titles: many.map((e) => e.title),
    });
    expect(s.marks.map((m) => m.mark.start)).toEqual(
      Array.from({ length: 10 }, (_, i) => isoToDay('2010-01-01') + i),
    );
  });
});
