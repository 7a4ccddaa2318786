import { describe, expect, it } from 'vitest';
import { isoToDay } from '../../../src/shared/dates';
import {
  KINDS,
  layoutTimeline,
  markKind,
  MAX_ROWS,
  sortLanes,
  stackRows,
  type TimelineLayout,
} from '../../../src/app/features/timeline/lanes';
import { compareByDate } from '../../../src/shared/order';
import { ev, fixtureEvents, fixtureIndex, nameOf } from './helpers';

describe('sortLanes', () => {
  it('orders the fixture countries busiest first, then by name', () => {
    // kp 5, us 3, kr 2, then China and Japan with 1 each, by name.
    expect(sortLanes(fixtureEvents, nameOf).map((l) => [l.id, l.count])).toEqual([
      ['kp', 5],
      ['us', 3],
      ['kr', 2],
      ['cn', 1],
      ['jp', 1],
    ]);
  });

  it('names lanes, falling back to the id', () => {
    const lanes = sortLanes([ev('a', '2019-01-01', undefined, ['us', 'zz'])], nameOf);
    expect(lanes.map((l) => l.name)).toEqual(['United States', 'zz']);
  });
});

describe('stackRows', () => {
  it.each([
    ['nothing', [], Infinity, [], 1],
    [
      'disjoint and touching intervals share a row',
      [
        [0, 2],
        [2, 4],
        [5, 6],
      ],
      9,
      [0, 0, 0],
      1,
    ],
    [
      'overlaps stack',
      [
        [0, 10],
        [1, 2],
        [3, 4],
        [9, 12],
        [9, 11],
      ],
      9,
      [0, 1, 1, 1, 2],
      3,
    ],
    [
      'a freed row is reused',
      [
        [0, 3],
        [1, 2],
        [2, 5],
      ],
      9,
      [0, 1, 1],
      2,
    ],
    [
      'the first free row is taken',
      [
        [0, 9],
        [0, 2],
        [0, 5],
        [3, 4],
      ],
      9,
      [0, 1, 2, 1],
      3,
    ],
    // Rows 0 and 1 are busy; row 0 frees first (at 4), so the third shares it.
    [
      'overflow shares the row that frees first',
      [
        [0, 4],
        [0, 10],
        [1, 3],
      ],
      2,
      [0, 1, 0],
      2,
    ],
    // Row 0 now stays busy until 12, so at 5 row 1 (free at 10) is the one that frees first.
    [
      'a shared row frees at its latest end',
      [
        [0, 4],
        [0, 10],
        [1, 12],
        [5, 6],
      ],
      2,
      [0, 1, 0, 1],
      2,
    ],
    [
      'MAX_ROWS by default',
      [
        [0, 1],
        [0, 1],
        [0, 1],
        [0, 1],
        [0, 1],
      ],
      undefined,
      [0, 1, 2, 0, 0],
      3,
    ],
  ] as const)('%s', (_, pairs, maxRows, rows, count) => {
    const r = stackRows(
      pairs.map(([s]) => s),
      pairs.map(([, e]) => e),
      maxRows === Infinity ? 255 : maxRows,
    );
    expect([...r.rows]).toEqual(rows);
    expect(r.count).toBe(count);
  });
});

describe('markKind', () => {
  it.each([
    ['one day', 'point', ev('p', '2019-04-18')],
    ['several days', 'span', ev('s', '2019-04-18', '2019-04-20')],
    ['a week', 'range', ev('w', '2019-04-15', '2019-04-21', ['us'], { precision: 'week' })],
    ['a month', 'range', ev('m', '2019-04-01', '2019-04-30', ['us'], { precision: 'month' })],
    ['a year', 'range', ev('y', '2019-01-01', '2019-12-31', ['us'], { precision: 'year' })],
  ] as const)('%s is a %s mark', (_, kind, e) => expect(markKind(e)).toBe(kind));
});

/** One lane's marks as readable rows. */
const laneMarks = (l: TimelineLayout, lane: number) =>
  [...l.marks[lane]!.event].map((e, k) => ({
    event: e,
    row: l.marks[lane]!.row[k],
    kind: KINDS[l.marks[lane]!.kind[k]!],
  }));

describe('layoutTimeline on the fixture', () => {
  const layout = layoutTimeline(fixtureEvents, nameOf);
  const lane = (id: string) => layout.lanes.findIndex((l) => l.id === id);
  const i = fixtureIndex;

  it('lists each lane by centre day, stacking the overlapping ranges of North Korea', () => {
    // The year-long range takes row 0; the month and the week after it share row 1.
    expect(laneMarks(layout, lane('kp'))).toEqual([
      { event: i('us-kp-year'), row: 0, kind: 'range' },
      { event: i('cn-urges'), row: 1, kind: 'range' },
      { event: i('inter-korean'), row: 1, kind: 'range' },
      { event: i('kp-missile'), row: 0, kind: 'point' },
      { event: i('us-ready'), row: 0, kind: 'point' },
    ]);
    // South Korea too: its week falls inside the year.
    expect(layout.lanes.map((l) => l.rows)).toEqual([2, 1, 2, 1, 1]);
  });

  it('measures marks in day numbers, end exclusive, with the longest half-span', () => {
    const kp = layout.marks[lane('kp')]!;
    const k = [...kp.event].indexOf(i('cn-urges'));
    expect([kp.start[k], kp.end[k]]).toEqual([isoToDay('2018-08-01'), isoToDay('2018-09-01')]);
    expect(kp.centre[k]).toBe((isoToDay('2018-08-01') + isoToDay('2018-09-01')) / 2);
    expect(kp.maxHalfSpan).toBe(365 / 2);
    expect(layout.marks[lane('jp')]!.maxHalfSpan).toBe(0.5);
  });

  it('records where each event is drawn: its lanes, rows and primary (busiest) lane', () => {
    fixtureEvents.forEach((e, ev) => {
      const from = layout.markFrom[ev]!;
      const to = layout.markFrom[ev + 1]!;
      const lanes = [...layout.markLane.subarray(from, to)];
      expect(lanes.map((l) => layout.lanes[l]!.id).sort()).toEqual(e.countries);
      expect(layout.primaryLane[ev]).toBe(Math.min(...lanes));
      lanes.forEach((l, s) => {
        const k = [...layout.marks[l]!.event].indexOf(ev);
        expect(layout.markRow[from + s]).toBe(layout.marks[l]!.row[k]);
      });
    });
    expect(layout.primaryLane[i('jp-us-meet')]).toBe(lane('us'));
    expect(layout.markFrom.at(-1)).toBe(12);
  });

  it('lists each multi-country event for a connector, by day', () => {
    const c = layout.connectors;
    const multi = ['us-kp-year', 'cn-urges', 'inter-korean', 'jp-us-meet', 'us-ready'];
    expect([...c.event]).toEqual(multi.map(i));
    expect([...c.day]).toEqual([...c.day].sort((a, b) => a - b));
    const k = [...c.event].indexOf(i('us-kp-year'));
    expect(c.day[k]).toBe((isoToDay('2018-01-01') + isoToDay('2019-01-01')) / 2);
  });

  it('keeps per-event days, the sorted ends and the longest event for counting', () => {
    expect([...layout.eventStart]).toEqual(fixtureEvents.map((e) => isoToDay(e.date.start)));
    expect([...layout.eventEnd]).toEqual(fixtureEvents.map((e) => isoToDay(e.date.end) + 1));
    expect([...layout.endsSorted]).toEqual([...layout.eventEnd].sort((a, b) => a - b));
    // The year is not the last event, so endsSorted really is a sorted copy.
    expect([...layout.endsSorted]).not.toEqual([...layout.eventEnd]);
    expect(layout.maxEventSpan).toBe(365);
  });
});

describe('layoutTimeline', () => {
  it('sorts by centre, not start: a year starting first is placed after a March day', () => {
    const l = layoutTimeline(
      [ev('y', '2019-01-01', '2019-12-31', ['us'], { precision: 'year' }), ev('p', '2019-03-01')],
      nameOf,
    );
    expect([...l.marks[0]!.event]).toEqual([1, 0]);
    expect([...l.marks[0]!.row]).toEqual([1, 0]);
  });

  it('caps a lane at MAX_ROWS rows, however many events share a day', () => {
    const l = layoutTimeline(
      ['a', 'b', 'c', 'd', 'e'].map((id) => ev(id, '2019-04-18')),
      nameOf,
    );
    expect(MAX_ROWS).toBe(3);
    expect(l.lanes[0]!.rows).toBe(3);
    expect([...l.marks[0]!.row]).toEqual([0, 1, 2, 0, 0]);
  });

  it('lays out dates before 1970 (negative day numbers)', () => {
    const events = [
      ev('y', '1965-01-01', '1965-12-31', ['us', 'kp'], { precision: 'year' }),
      ev('m', '1969-07-20'),
      ev('n', '1969-12-31', '1970-01-02', ['us', 'kp']),
      ev('o', '1970-01-01'),
    ].sort(compareByDate);
    const l = layoutTimeline(events, nameOf);
    const us = l.marks[0]!;
    expect([...us.event].map((e) => events[e]!.id)).toEqual(['y', 'm', 'n', 'o']);
    expect([...us.start]).toEqual([isoToDay('1965-01-01'), -165, -1, 0]);
    expect([...us.end]).toEqual([isoToDay('1966-01-01'), -164, 2, 1]);
    expect([...l.connectors.day]).toEqual([
      (isoToDay('1965-01-01') + isoToDay('1966-01-01')) / 2,
      0.5,
    ]);
  });

  it('is empty for no events', () => {
    const l = layoutTimeline([], nameOf);
    expect(l.lanes).toEqual([]);
    expect(l.marks).toEqual([]);
    expect(l.connectors.event).toHaveLength(0);
    expect(l.maxEventSpan).toBe(0);
    expect([...l.markFrom]).toEqual([0]);
  });
});
