import { describe, expect, it } from 'vitest';
import { resolveDate, type Direction } from '../../src/compiler/stages/resolve-date';

// [words, publication date, direction, start, end, precision]
const cases: [string, string, Direction, string, string, string][] = [
  ['Thursday', '2019-04-19', 'past', '2019-04-18', '2019-04-18', 'day'],
  ['earlier Thursday', '2019-04-19', 'past', '2019-04-18', '2019-04-18', 'day'],
  ['on Sunday', '2018-07-08', 'past', '2018-07-08', '2018-07-08', 'day'], // published on a Sunday
  ['Friday', '2019-04-18', 'past', '2019-04-12', '2019-04-12', 'day'], // not tomorrow, as chrono would say
  ['Tuesday', '2021-10-18', 'future', '2021-10-19', '2021-10-19', 'day'],
  ['today', '2020-07-10', 'past', '2020-07-10', '2020-07-10', 'day'],
  ['yesterday', '2020-03-01', 'past', '2020-02-29', '2020-02-29', 'day'],
  ['this week', '2018-09-20', 'past', '2018-09-17', '2018-09-23', 'week'],
  ['last week', '2019-04-19', 'past', '2019-04-08', '2019-04-14', 'week'],
  ['next week', '2018-09-20', 'future', '2018-09-24', '2018-09-30', 'week'],
  ['earlier this week', '2020-07-10', 'past', '2020-07-06', '2020-07-10', 'week'],
  ['last month', '2020-07-10', 'past', '2020-06-01', '2020-06-30', 'month'],
  ['last month', '2021-01-15', 'past', '2020-12-01', '2020-12-31', 'month'],
  ['later this month', '2019-04-19', 'future', '2019-04-19', '2019-04-30', 'month'],
  ['in February', '2019-04-19', 'past', '2019-02-01', '2019-02-28', 'month'],
  ['in February', '2020-01-10', 'past', '2019-02-01', '2019-02-28', 'month'], // the most recent February
  ['in November', '2020-07-10', 'future', '2020-11-01', '2020-11-30', 'month'],
  ['in February 2019', '2020-07-10', 'past', '2019-02-01', '2019-02-28', 'month'],
  ['June 12', '2018-07-08', 'past', '2018-06-12', '2018-06-12', 'day'],
  ['Oct. 7', '2019-11-01', 'past', '2019-10-07', '2019-10-07', 'day'],
  ['December 20', '2020-01-05', 'past', '2019-12-20', '2019-12-20', 'day'],
  ['October 10, 2021', '2021-10-18', 'past', '2021-10-10', '2021-10-10', 'day'],
  ['in 2018', '2019-04-19', 'past', '2018-01-01', '2018-12-31', 'year'],
  ['by 2021', '2018-09-20', 'future', '2021-01-01', '2021-12-31', 'year'],
  ['the end of the year', '2019-04-19', 'future', '2019-12-01', '2019-12-31', 'month'],
];

describe('resolveDate', () => {
  it.each(cases)('%j published %s (%s)', (words, pub, dir, start, end, precision) => {
    expect(resolveDate(words, pub, dir)).toEqual({ start, end, precision });
  });

  it.each(['two hours', 'five months', 'In Tokyo', 'the talks'])(
    'does not take %j for a date',
    (words) => {
      expect(resolveDate(words, '2019-04-19')).toBeNull();
    },
  );

  it('does not depend on the machine’s time zone', () => {
    const tz = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati';
      expect(resolveDate('June 12', '2018-07-08')).toEqual({
        start: '2018-06-12',
        end: '2018-06-12',
        precision: 'day',
      });
      process.env.TZ = 'America/Los_Angeles';
      expect(resolveDate('Thursday', '2019-04-19')).toEqual({
        start: '2019-04-18',
        end: '2019-04-18',
        precision: 'day',
      });
    } finally {
      process.env.TZ = tz;
    }
  });
});
