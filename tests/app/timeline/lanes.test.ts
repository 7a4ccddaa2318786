import { describe, expect, it } from 'vitest';
import { isoToDay } from '../../../src/shared/dates';
import {
  layoutTimeline,
  markKind,
  sortLanes,
  stackRows,
} from '../../../src/app/features/timeline/lanes';
import { compareByDate } from '../../../src/app/state/selectors';
import { fixtureDataset } from '../../fixtures/dataset';
import { ev, nameOf } from './helpers';

const fixtureEvents = [...fixtureDataset.events].sort(compareByDate);

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
    ['nothing', [], [], 1],
    [
      'disjoint intervals share a row',
      [
        [0, 2],
        [2, 4],
        [5, 6],
      ],
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
      [0, 1, 1, 1, 2],
      3,
    ],
    [
      'longest first on the same start',
      [
        [5, 6],
        [5, 30],
      ],
      [1, 0],
      2,
    ],
    [
      'a freed row is reused',
      [
        [0, 3],
        [1, 2],
        [2, 5],
      ],
      [0, 1, 1],
      2,
    ],
  ] as const)('%s', (_, pairs, rows, count) => {
    const r = stackRows(pairs.map(([start, end]) => ({ start, end })));
    expect(r.rows).toEqual(rows);
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

describe('layoutTimeline', () => {
  const layout = layoutTimeline(fixtureEvents, nameOf);

  it('puts every event in each of its lanes, one mark primary', () => {
    fixtureEvents.forEach((e, i) => {
      const marks = layout.marks.filter((m) => m.event === i);
      expect(marks.map((m) => layout.lanes[m.lane]!.id).sort()).toEqual(e.countries);
      expect(marks.filter((m) => m.primary)).toHaveLength(1);
      const primary = layout.marks[layout.primaryMark[i]!]!;
      expect(primary.event).toBe(i);
      expect(primary.primary).toBe(true);
      // The primary mark is in the event's busiest lane.
      expect(primary.lane).toBe(Math.min(...marks.map((m) => m.lane)));
    });
  });

  it('measures marks in day numbers, end exclusive', () => {
    const i = fixtureEvents.findIndex((e) => e.id === 'cn-urges');
    const m = layout.marks[layout.primaryMark[i]!]!;
    expect([m.start, m.end]).toEqual([isoToDay('2018-08-01'), isoToDay('2018-09-01')]);
    expect(m.kind).toBe('range');
  });

  it('sorts marks by start, with starts and the longest span ready for culling', () => {
    const starts = layout.marks.map((m) => m.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect([...layout.starts]).toEqual(starts);
    expect(layout.maxSpan).toBe(365);
  });

  it('stacks the overlapping ranges of North Korea into rows', () => {
    const kp = layout.lanes.findIndex((l) => l.id === 'kp');
    const kpMarks = layout.marks.filter((m) => m.lane === kp);
    // The year-long range overlaps the month and the week, which share a row.
    expect(layout.lanes[kp]!.rows).toBe(2);
    for (const a of kpMarks)
      for (const b of kpMarks)
        if (a !== b && a.row === b.row) expect(a.end <= b.start || b.end <= a.start).toBe(true);
    expect(layout.lanes.find((l) => l.id === 'jp')!.rows).toBe(1);
  });

  it('joins an event across lanes from its first to its last lane', () => {
    const i = fixtureEvents.findIndex((e) => e.id === 'us-kp-year');
    const c = layout.connectors.find((x) => x.event === i)!;
    const lanes = ['kp', 'us', 'kr'].map((id) => layout.lanes.findIndex((l) => l.id === id));
    expect(c.from.lane).toBe(Math.min(...lanes));
    expect(c.to.lane).toBe(Math.max(...lanes));
    expect(c.day).toBe((isoToDay('2018-01-01') + isoToDay('2018-12-31') + 1) / 2);
    const single = fixtureEvents.findIndex((e) => e.id === 'kp-missile');
    expect(layout.connectors.some((x) => x.event === single)).toBe(false);
    expect(layout.connectors).toHaveLength(
      fixtureEvents.filter((e) => e.countries.length > 1).length,
    );
    expect([...layout.connectorDays]).toEqual(layout.connectors.map((x) => x.day));
  });

  it('stacks two events on the same day in one lane', () => {
    const l = layoutTimeline(
      [ev('a', '2019-04-18'), ev('b', '2019-04-18'), ev('c', '2019-04-19')],
      nameOf,
    );
    expect(l.marks.map((m) => m.row)).toEqual([0, 1, 0]);
    expect(l.lanes[0]!.rows).toBe(2);
  });

  it('is empty for no events', () => {
    const l = layoutTimeline([], nameOf);
    expect(l.lanes).toEqual([]);
    expect(l.marks).toEqual([]);
    expect(l.maxSpan).toBe(0);
  });
});
