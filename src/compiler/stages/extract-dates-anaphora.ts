/**
 * Anaphoric dates that take their value from a date the text named before:
 * "the same month a year ago" (the month just named, a year back), "by that
 * time", "later that day", "for a second consecutive day". TimeML gives them
 * the value of what they point at, not a vague reference.
 */
import { addDays } from '../../shared/dates';
import {
  dayValue,
  halfValue,
  isoDay,
  isRealDay,
  monthOf,
  monthValue,
  quarterValue,
  seasonValue,
  weekValue,
  yearOf,
  yearValue,
  type DateValue,
  type Season,
} from './extract-dates-calendar';
import type { DateRule, Mentioned } from './extract-dates-rule';

/** The same calendar unit one year earlier (29 February falls back to the 28th). */
export function yearEarlier(v: DateValue): DateValue {
  const start = v.range?.start;
  if (!start) return v;
  const y = yearOf(start) - 1;
  const m = monthOf(start);
  switch (v.precision) {
    case 'day': {
      const d = +start.slice(8, 10);
      return dayValue(isoDay(y, m, isRealDay(y, m, d) ? d : d - 1));
    }
    case 'week':
      // 52 weeks back keeps the weekday and, but for 53-week years, the week number.
      return weekValue(addDays(start, -364));
    case 'month':
      return monthValue(y, m);
    case 'quarter':
      return /-H\d$/.test(v.value)
        ? halfValue(y, +v.value.slice(-1))
        : quarterValue(y, Math.floor((m - 1) / 3) + 1);
    case 'season':
      return seasonValue(y, v.value.slice(-2) as Season);
    default:
      return yearValue(y);
  }
}

/** The unit a "same …" phrase compares, as the precision of the date it points at. */
const SAME_UNIT: Record<string, ReadonlyArray<DateValue['precision']>> = {
  day: ['day'],
  week: ['week'],
  month: ['month'],
  quarter: ['quarter'],
  season: ['season'],
  // "the same period" is the stretch just named: a month, a quarter, a season, a week.
  period: ['month', 'quarter', 'season', 'week'],
  time: ['month', 'quarter', 'season', 'week', 'day'],
};

/** The date a "same … last year" phrase points at, before going back a year. */
function pointedAt(unit: string, last: Mentioned): DateValue {
  const wanted = SAME_UNIT[unit] ?? ['month'];
  // The most recently named date of a wanted unit.
  for (let i = last.named.length - 1; i >= 0; i--) {
    if (wanted.includes(last.named[i]!.precision)) return last.named[i]!;
  }
  const pub = last.day;
  if (unit === 'day') return dayValue(pub);
  if (unit === 'week') return weekValue(pub);
  if (unit === 'quarter') return quarterValue(yearOf(pub), Math.floor((monthOf(pub) - 1) / 3) + 1);
  if (unit === 'month' || unit === 'period' || unit === 'time')
    return monthValue(yearOf(pub), monthOf(pub));
  return yearValue(yearOf(pub));
}

/** "the same period last year", "the same month a year ago", "the same quarter of the previous year". */
const sameLastYear: DateRule = {
  re: /\b[Tt]he\s+same\s+(period|month|quarter|week|day|season|time)\s+(?:(?:of\s+|in\s+)?(?:the\s+)?(?:last|previous|prior|preceding)\s+year|(?:a|one)\s+year\s+(?:ago|earlier|before|previously))\b/g,
  hint: 'same',
  anchor: 'anaphoric',
  resolve: (m, ctx) =>
    yearEarlier(pointedAt(m[1]!.toLowerCase(), { day: ctx.pub, year: yearOf(ctx.pub), named: [] })),
  refer: (m, last) => yearEarlier(pointedAt(/same\s+(\w+)/.exec(m)![1]!.toLowerCase(), last)),
};

/**
 * "by that time", "later that day", "on that day": the date last named. A
 * preposition or "later/earlier" is required, since a bare "that day" is as
 * often a clause ("that day has come") or "said that day traders …".
 */
const thatTime: DateRule = {
  re: /(?:\b(?:[Ee]arlier|[Ll]ater)\s+|(?<=\b(?:[Aa]t|[Bb]y|[Oo]n|[Uu]ntil|[Ss]ince|[Ff]rom|[Bb]efore|[Aa]fter|[Dd]uring|[Ff]or|[Oo]f)\s))[Tt]hat\s+(day|time)\b(?!\s+of\b)/g,
  hint: 'that',
  anchor: 'anaphoric',
  resolve: (_m, ctx) => dayValue(ctx.pub),
  refer: (m, last) =>
    /day$/i.test(m) ? dayValue(last.day) : (last.named.at(-1) ?? dayValue(last.day)),
};

/** The day, week, month or year around the day last named. */
function unitAround(unit: string, last: Mentioned): DateValue {
  if (unit === 'week') return weekValue(last.day);
  if (unit === 'month') return monthValue(yearOf(last.day), monthOf(last.day));
  if (unit === 'year') return yearValue(last.year);
  return dayValue(last.day);
}

const ORDINAL =
  '(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,2}(?:st|nd|rd|th))';

/**
 * "for a second consecutive day", "the third straight week", "for a fourth
 * week in a row": the day (week) being reported, the Nth of a run — a date,
 * not the run's length ("six straight days" is a duration and not matched).
 */
const nthInARow: DateRule = {
  re: new RegExp(
    `\\b(?:(?:[Aa]|[Tt]he|[Ii]ts|[Tt]heir)\\s+)?${ORDINAL}\\s+(?:(?:consecutive|straight|successive)\\s+(?:trading\\s+)?(day|session|week|month|year)\\b|(?:trading\\s+)?(day|session|week|month|year)(?=\\s+in\\s+a\\s+row\\b))`,
    'g',
  ),
  anchor: 'anaphoric',
  resolve: (m, ctx) =>
    unitAround((m[1] ?? m[2])!, { day: ctx.pub, year: yearOf(ctx.pub), named: [] }),
  refer: (m, last) => unitAround(/(\w+)$/.exec(m)![1]!, last),
};

/**
 * "had its best week since November", "the worst day since 1987": the unit
 * named is the one being reported (TimeML tags the unit word alone).
 */
const superlativeUnit: DateRule = {
  // The first-letter lookahead keeps the lookbehind off most positions.
  re: /\b(?=[dwmy])(?<=\b(?:its|their|the)\s+(?:best|worst|biggest|busiest|strongest|weakest|sharpest|steepest)\s+)(day|week|month|year)(?=\s+(?:since|in\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?(?:a|\w+)\s+(?:years?|decades?|months?)\b))/g,
  anchor: 'anaphoric',
  resolve: (m, ctx) => unitAround(m[1]!, { day: ctx.pub, year: yearOf(ctx.pub), named: [] }),
  refer: (m, last) => unitAround(m, last),
};

export const ANAPHORA_RULES: DateRule[] = [sameLastYear, thatTime, nthInARow, superlativeUnit];
