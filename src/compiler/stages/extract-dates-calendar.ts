/**
 * Calendar values for the date tagger: each builder turns a resolved unit
 * (a day, an ISO week, a month, a quarter, a season, a year, a decade) into
 * its TimeML value, the precision the words state and its calendar range, all
 * in UTC on ISO date strings (src/shared/dates.ts).
 */
import type { TimeExpression } from '../extraction';
import { addDays, endOfMonth, isoToMs, startOfIsoWeek, weekday } from '../../shared/dates';

/**
 * What a rule resolves an expression to; the tagger adds the span, and the
 * direction when the rule does not say which way it looked.
 */
export type DateValue = Pick<TimeExpression, 'value' | 'precision' | 'range'> & {
  direction?: TimeExpression['direction'];
};

/** Past / future when the clause says so, null when its tense does not tell. */
export type Tense = 'past' | 'future' | null;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export const yearOf = (iso: string): number => +iso.slice(0, 4);
export const monthOf = (iso: string): number => +iso.slice(5, 7);

/** A single day; `part` is a TimeML part of day (MO, AF, EV, NI). */
export function dayValue(iso: string, part?: string): DateValue {
  return {
    value: part ? `${iso}T${part}` : iso,
    precision: 'day',
    range: { start: iso, end: iso },
  };
}

/** The ISO week (2019-W15) of a date: the week's Thursday decides its year. */
function isoWeekId(iso: string): string {
  const thursday = addDays(startOfIsoWeek(iso), 3);
  const y = yearOf(thursday);
  const dayOfYear = Math.round((isoToMs(thursday) - Date.UTC(y, 0, 1)) / 86_400_000);
  return `${y}-W${pad(Math.floor(dayOfYear / 7) + 1)}`;
}

/** The ISO week containing `iso`. */
export function weekValue(iso: string): DateValue {
  const monday = startOfIsoWeek(iso);
  return {
    value: isoWeekId(monday),
    precision: 'week',
    range: { start: monday, end: addDays(monday, 6) },
  };
}

/** The weekend (Saturday and Sunday) of the ISO week containing `iso`. */
export function weekendValue(iso: string): DateValue {
  const saturday = addDays(startOfIsoWeek(iso), 5);
  return {
    value: `${isoWeekId(saturday)}-WE`,
    precision: 'week',
    range: { start: saturday, end: addDays(saturday, 1) },
  };
}

/** A month; `m` is 1-based and may overflow (13 = January next year). */
export function monthValue(y: number, m: number): DateValue {
  const d = new Date(Date.UTC(y, m - 1, 1));
  const start = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-01`;
  return { value: start.slice(0, 7), precision: 'month', range: { start, end: endOfMonth(start) } };
}

/** A calendar year. */
export function yearValue(y: number): DateValue {
  return {
    value: pad(y, 4),
    precision: 'year',
    range: { start: `${pad(y, 4)}-01-01`, end: `${pad(y, 4)}-12-31` },
  };
}

/** A calendar quarter (q = 1..4). */
export function quarterValue(y: number, q: number): DateValue {
  const first = monthValue(y, q * 3 - 2).range!;
  const last = monthValue(y, q * 3).range!;
  return {
    value: `${pad(y, 4)}-Q${q}`,
    precision: 'quarter',
    range: { start: first.start, end: last.end },
  };
}

/** A half year (h = 1, 2). */
export function halfValue(y: number, h: number): DateValue {
  const first = monthValue(y, h * 6 - 5).range!;
  const last = monthValue(y, h * 6).range!;
  return {
    value: `${pad(y, 4)}-H${h}`,
    precision: 'quarter',
    range: { start: first.start, end: last.end },
  };
}

/** TimeML's season codes: spring, summer, fall, winter. */
export type Season = 'SP' | 'SU' | 'FA' | 'WI';
/** First month of each meteorological season; winter Y runs December Y to February Y+1. */
export const SEASON_START: Readonly<Record<Season, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** A meteorological season of year `y` (winter runs into the next year). */
export function seasonValue(y: number, s: Season): DateValue {
  const m = SEASON_START[s];
  return {
    value: `${pad(y, 4)}-${s}`,
    precision: 'season',
    range: { start: monthValue(y, m).range!.start, end: monthValue(y, m + 2).range!.end },
  };
}

/** The decade whose first year is `first` (1990 → value "199"). */
export function decadeValue(first: number): DateValue {
  return {
    value: pad(first, 4).slice(0, 3),
    precision: 'decade',
    range: { start: `${pad(first, 4)}-01-01`, end: `${pad(first + 9, 4)}-12-31` },
  };
}

/** A TimeML reference ("recently", "now", "in the future"): no calendar range. */
export function refValue(value: 'PAST_REF' | 'PRESENT_REF' | 'FUTURE_REF'): DateValue {
  return { value, precision: 'ref', range: null };
}

/**
 * The weekday `target` (0 = Sunday) nearest the anchor in the tense's
 * direction: past (and unknown) → on or before, future → on or after.
 * `strict` excludes the anchor itself ("last Monday", "next Monday").
 */
export function nearestWeekday(
  anchor: string,
  target: number,
  tense: Tense,
  strict = false,
): string {
  const ahead = (target - weekday(anchor) + 7) % 7;
  if (tense === 'future') return addDays(anchor, ahead === 0 && strict ? 7 : ahead);
  const back = (weekday(anchor) - target + 7) % 7;
  return addDays(anchor, -(back === 0 && strict ? 7 : back));
}

/**
 * The year of a month (1-based) named without one: the most recent such
 * month (the current one included) in a past clause, the next one in a future
 * clause, and with no tense the nearest of the two.
 */
export function yearOfMonth(pub: string, m: number, tense: Tense, strict = false): number {
  const py = yearOf(pub);
  const pm = monthOf(pub);
  const past = m < pm || (m === pm && !strict) ? py : py - 1;
  const future = m > pm || (m === pm && !strict) ? py : py + 1;
  if (tense === 'past') return past;
  if (tense === 'future') return future;
  return pm - m + 12 * (py - past) <= m - pm + 12 * (future - py) ? past : future;
}

/** The year of a day-and-month named without a year, by the same convention. */
export function yearOfDay(pub: string, m: number, d: number, tense: Tense): number {
  const py = yearOf(pub);
  const thisYear = `${py}-${pad(m)}-${pad(d)}`;
  const past = thisYear <= pub ? py : py - 1;
  const future = thisYear >= pub ? py : py + 1;
  if (tense === 'past') return past;
  if (tense === 'future') return future;
  const distance = (y: number) => Math.abs(Date.UTC(y, m - 1, d) - isoToMs(pub));
  return distance(past) <= distance(future) ? past : future;
}

/** True when y-m-d is a real calendar date. */
export function isRealDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The ISO date of a year, a 1-based month and a day. */
export const isoDay = (y: number, m: number, d: number): string =>
  `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
