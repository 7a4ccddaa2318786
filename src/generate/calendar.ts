/**
 * When synthetic events happen and how an article would word their dates.
 * Thirty years of days weighted by a rising trend (more coverage lately), a
 * season (quiet Augusts and Christmases) and the working week, plus seeded
 * bursts: crises or thaws between two countries that pile events into a few
 * weeks, which is what makes a timeline worth zooming.
 */
import type { Precision } from '../shared/schema';
import {
  addDays,
  dayToIso,
  formatLong,
  formatMonth,
  isoToDay,
  startOfIsoWeek,
  startOfMonth,
  endOfMonth,
  weekday,
} from '../shared/dates';
import { weightedSampler, type Random } from './random';

export const FIRST_DATE = '1995-01-01';
export const LAST_DATE = '2024-12-31';
const FIRST_DAY = isoToDay(FIRST_DATE);
const DAYS = isoToDay(LAST_DATE) - FIRST_DAY + 1;

/** A few weeks in which two countries are at it: a crisis or a thaw. */
export interface Burst {
  pair: readonly [string, string];
  mood: 'crisis' | 'thaw';
}

export interface DayDraw {
  day: string;
  burst: Burst | null;
}

const BURSTS = 24;
const BURST_SHARE = 0.25;
const MONTH_WEIGHT = [0.9, 1, 1, 1, 1, 1, 0.95, 0.6, 1, 1, 1, 0.75];
const WEEKDAY_WEIGHT = [0.4, 1, 1, 1, 1, 0.9, 0.5]; // Sunday … Saturday

/**
 * A sampler of event days. `pair` draws two distinct busy countries for each
 * burst, so that bursts reinforce the skew rather than flatten it.
 */
export function makeDaySampler(rng: Random, pair: () => [string, string]): () => DayDraw {
  const weights = Array.from({ length: DAYS }, (_, i) => {
    const iso = dayToIso(FIRST_DAY + i);
    // Coverage grows from 0.6 to 1.4 over the span: later years are busier.
    const trend = 0.6 + (0.8 * i) / DAYS;
    return trend * MONTH_WEIGHT[+iso.slice(5, 7) - 1]! * WEEKDAY_WEIGHT[weekday(iso)]!;
  });
  const base = weightedSampler(weights);
  const bursts = Array.from({ length: BURSTS }, () => {
    const burst: Burst = { pair: pair(), mood: rng.chance(0.7) ? 'crisis' : 'thaw' };
    return { centre: rng.int(0, DAYS - 1), spread: rng.int(7, 45), burst };
  });
  return () => {
    if (!rng.chance(BURST_SHARE))
      return { day: dayToIso(FIRST_DAY + base(rng.float())), burst: null };
    const b = rng.pick(bursts);
    let offset: number;
    do offset = b.centre + Math.round(rng.normal() * b.spread);
    while (offset < 0 || offset >= DAYS);
    return { day: dayToIso(FIRST_DAY + offset), burst: b.burst };
  };
}

const PRECISION_WEIGHTS: readonly (readonly [Precision, number])[] = [
  ['day', 0.7],
  ['week', 0.08],
  ['month', 0.15],
  ['year', 0.07],
];

/** Day 70 %, week 8 %, month 15 %, year 7 %. */
export function drawPrecision(rng: Random): Precision {
  let u = rng.float();
  for (const [precision, share] of PRECISION_WEIGHTS) if ((u -= share) < 0) return precision;
  return 'day';
}

export interface DateRange {
  start: string;
  end: string;
  precision: Precision;
}

/**
 * The calendar unit of that precision around the day. A week that spills out
 * of the 30 years (the first and last few days) falls back to the day itself.
 */
export function expand(day: string, precision: Precision): DateRange {
  const range = (start: string, end: string): DateRange =>
    start < FIRST_DATE || end > LAST_DATE
      ? { start: day, end: day, precision: 'day' }
      : { start, end, precision };
  switch (precision) {
    case 'day':
      return { start: day, end: day, precision };
    case 'week': {
      const monday = startOfIsoWeek(day);
      return range(monday, addDays(monday, 6));
    }
    case 'month':
      return range(startOfMonth(day), endOfMonth(day));
    case 'year':
      return range(`${day.slice(0, 4)}-01-01`, `${day.slice(0, 4)}-12-31`);
  }
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The words in the sentence and the part of them recorded as `date.text`. */
export interface DatePhrase {
  phrase: string;
  text: string;
}

const previousMonth = (iso: string) => startOfMonth(addDays(startOfMonth(iso), -1));

/**
 * How an article published on `published` would word the date, relative when
 * close ("Tuesday", "last week", "last month") and absolute otherwise. The
 * range always ends on or before publication.
 */
export function datePhrase(range: DateRange, published: string): DatePhrase {
  const sameYear = range.start.slice(0, 4) === published.slice(0, 4);
  const say = (phrase: string, text: string): DatePhrase => ({ phrase, text });
  switch (range.precision) {
    case 'day': {
      const gap = isoToDay(published) - isoToDay(range.start);
      if (gap < 7)
        return say(`on ${WEEKDAYS[weekday(range.start)]}`, WEEKDAYS[weekday(range.start)]!);
      const long = formatLong(range.start);
      const text = sameYear ? long.slice(0, -5) : long;
      return say(`on ${text}`, text);
    }
    case 'week': {
      const ours = startOfIsoWeek(published);
      if (range.start === ours) return say('this week', 'this week');
      if (range.start === addDays(ours, -7)) return say('last week', 'last week');
      const text = `the week of ${formatLong(range.start)}`;
      return say(`in ${text}`, text);
    }
    case 'month': {
      if (range.start === startOfMonth(published)) return say('this month', 'this month');
      if (range.start === previousMonth(published)) return say('last month', 'last month');
      const month = formatMonth(range.start);
      const text = sameYear ? month.slice(0, -5) : month;
      return say(`in ${text}`, text);
    }
    case 'year': {
      const year = +range.start.slice(0, 4);
      if (year === +published.slice(0, 4)) return say('this year', 'this year');
      if (year === +published.slice(0, 4) - 1) return say('last year', 'last year');
      return say(`in ${year}`, String(year));
    }
  }
}
