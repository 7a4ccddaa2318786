import { describe, expect, it } from 'vitest';
import { scaleUtc } from 'd3-scale';
import { isoToMs } from '../../../src/shared/dates';
import {
  axisTicks,
  formatTicks,
  minorTicks,
  tickUnit,
  ticksFit,
} from '../../../src/app/features/timeline/ticks';

const ms = isoToMs;
const scale = (from: string, to: string) =>
  scaleUtc()
    .domain([new Date(ms(from)), new Date(ms(to))])
    .range([0, 900]);

describe('tickUnit', () => {
  it.each([
    [['2018-01-01', '2019-01-01'], 'year'],
    [['2018-01-01', '2018-04-01'], 'month'],
    [['2018-01-01', '2018-02-01'], 'month'],
    [['2018-01-07', '2018-01-14'], 'week'],
    [['2018-01-07', '2018-01-09'], 'day'],
  ] as const)('%o → %s', (isos, unit) => {
    expect(tickUnit(isos.map(ms))).toBe(unit);
  });
});

describe('formatTicks', () => {
  it('names years', () => {
    const t = formatTicks(['2018-01-01', '2019-01-01'].map(ms), 'year');
    expect(t.map((x) => x.label)).toEqual(['2018', '2019']);
  });

  it('names months, with the year at the first tick and each new year', () => {
    const t = formatTicks(
      ['2018-11-01', '2018-12-01', '2019-01-01', '2019-02-01'].map(ms),
      'month',
    );
    expect(t.map((x) => x.label)).toEqual(['Nov 2018', 'Dec', 'Jan 2019', 'Feb']);
    expect(t.map((x) => x.major)).toEqual([false, false, true, false]);
  });

  it('names days, with the year at the first tick and each new year', () => {
    const t = formatTicks(['2018-12-30', '2018-12-31', '2019-01-01', '2019-01-02'].map(ms), 'day');
    expect(t.map((x) => x.label)).toEqual(['30 Dec 2018', '31 Dec', '1 Jan 2019', '2 Jan']);
    expect(t.map((x) => x.major)).toEqual([false, false, true, false]);
  });
});

describe('axisTicks', () => {
  it('goes from years down to months and days as the window narrows', () => {
    const years = axisTicks(scale('2016-01-01', '2021-06-01'), 900);
    expect(years.map((t) => t.label)).toContain('2019');
    const months = axisTicks(scale('2019-01-01', '2019-09-01'), 900);
    expect(months.map((t) => t.label)).toEqual(expect.arrayContaining(['Jan 2019', 'Apr']));
    const days = axisTicks(scale('2019-04-10', '2019-04-22'), 900);
    expect(days.map((t) => t.label)).toContain('18 Apr');
  });

  it('never ticks finer than a day', () => {
    const ticks = axisTicks(scale('2019-04-10', '2019-04-14'), 1600);
    expect(ticks.length).toBeGreaterThan(2);
    for (const t of ticks) expect(t.time % 86_400_000).toBe(0);
  });

  it('labels every tick in UTC, whatever the time zone', () => {
    for (const t of axisTicks(scale('2019-01-01', '2019-12-31'), 900))
      expect(new Date(t.time).getUTCDate()).toBe(1);
  });
});

describe('axisTicks spacing', () => {
  it.each([
    ['years', '2018-01-01', '2021-12-31', 400],
    ['months', '2018-05-01', '2021-11-30', 560],
    ['days', '2019-04-10', '2019-04-21', 740],
    ['days, narrow', '2019-04-10', '2019-04-21', 300],
  ])('leaves room for every label (%s)', (_, from, to, width) => {
    const s = scaleUtc()
      .domain([new Date(ms(from)), new Date(ms(to))])
      .range([0, width]);
    const ticks = axisTicks(s, width);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    expect(ticksFit(ticks, (t) => s(new Date(t)))).toBe(true);
  });

  it('sees labels that would run into the next tick', () => {
    const ticks = formatTicks(['2019-04-10', '2019-04-11'].map(ms), 'day');
    expect(ticksFit(ticks, (t) => ((t - ms('2019-04-10')) / 86_400_000) * 40)).toBe(false);
    expect(ticksFit(ticks, (t) => ((t - ms('2019-04-10')) / 86_400_000) * 120)).toBe(true);
  });
});

describe('minorTicks', () => {
  it('draws finer gridlines than the labelled ticks, never finer than a day', () => {
    const s = scale('2018-01-01', '2021-12-31');
    expect(minorTicks(s, 900).length).toBeGreaterThan(axisTicks(s, 900).length);
    for (const t of minorTicks(scale('2019-04-10', '2019-04-13'), 1600))
      expect(t % 86_400_000).toBe(0);
  });
});
