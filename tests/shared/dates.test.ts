import { describe, expect, it } from 'vitest';
import {
  addDays,
  endOfMonth,
  formatLong,
  isIsoDate,
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
