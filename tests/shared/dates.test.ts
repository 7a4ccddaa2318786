import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  endOfMonth,
  formatLong,
  isIsoDate,
  isoToDay,
  isoToMs,
  startOfIsoWeek,
  weekday,
} from '../../src/shared/dates';

describe('calendar dates in UTC', () => {
  it.each([
    ['2019-02-28', true],
    ['2020-02-29', true],
    ['2019-02-29', false],
    ['2019-13-01', false],
    ['19-01-01', false],
    ['2019-1-1', false],
  ])('isIsoDate(%j) is %s', (s, ok) => expect(isIsoDate(s)).toBe(ok));
  it('adds days across months and leap years', () => {
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2019-01-01', -1)).toBe('2018-12-31');
  });
  it('knows weekdays, ISO weeks and month ends', () => {
    expect(weekday('2019-04-18')).toBe(4); // a Thursday
    expect(startOfIsoWeek('2018-07-08')).toBe('2018-07-02'); // Sunday belongs to the week of Monday 2 July
    expect(endOfMonth('2019-02-10')).toBe('2019-02-28');
  });
  it('formats day-month-year', () => expect(formatLong('2019-04-19')).toBe('19 April 2019'));
});

describe('isoToDay', () => {
  it('counts days since 1970-01-01 exactly as Date.UTC does, for any date from 1600 to 2400', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1600, 0, 1), max: Date.UTC(2400, 11, 31) }), (ms) => {
        const iso = new Date(ms).toISOString().slice(0, 10);
        const expected = Math.floor(ms / 86_400_000);
        expect(isoToDay(iso)).toBe(expected);
        expect(isoToMs(iso)).toBe(expected * 86_400_000);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['1970-01-01', 0],
    ['1969-12-31', -1],
    ['2000-02-29', 11016],
    ['2000-03-01', 11017],
    ['1900-03-01', -25508],
  ])('%s is day %i', (iso, day) => expect(isoToDay(iso)).toBe(day));
});

describe('isIsoDate', () => {
  it('agrees with Date.UTC on every day of 1899–2101 and on impossible days', () => {
    for (let y = 1899; y <= 2101; y++)
      for (let m = 1; m <= 12; m++)
        for (let d = 0; d <= 32; d++) {
          const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const date = new Date(Date.UTC(y, m - 1, d));
          const real = date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
          expect(isIsoDate(iso)).toBe(real);
        }
  });

  it.each(['2019-13-01', '2019-00-10', '19-01-01', '2019-1-01', '2019-01-01T00:00', ''])(
    'rejects %j',
    (s) => expect(isIsoDate(s)).toBe(false),
  );
});
