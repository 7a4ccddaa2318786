/**
 * Dates written on the calendar, "October 10, 2021", "Oct. 7", "12 June",
 * "Friday, Sept. 18", "7/8/07", "February 2019": chrono parses them, in small
 * windows around cheap cues; our code keeps the span conventions, the year of
 * a day named without one (by the clause's tense, extract-dates-calendar.ts),
 * the precision stated and the rejections ("In March, 20 people").
 */
import * as chrono from 'chrono-node';
import { dayValue, isoDay, isRealDay, monthValue, yearOfDay } from './extract-dates-calendar';
import { EDGE, NOT_YEAR_AFTER } from './extract-dates-absolute';
import { MONTH, type DateScanner, type DateSpan } from './extract-dates-rule';
import { isoToMs } from '../../shared/dates';

/**
 * chrono's parsers for dates written on the calendar, and only those: its
 * casual readings ("today", a bare weekday) are not news readings (see
 * TOOLCHAIN.md), and the refiners that join a date to a time or to a second
 * date would stretch our spans past the date. The weekday parser is there so
 * that "Friday, Sept. 18" merges into one date; a weekday alone is dropped.
 */
const CALENDAR_PARSERS = new Set([
  'ENYearMonthDayParser', // 2019-04-18
  'ISOFormatParser', // 2019-04-18T10:00Z, of which we keep the day
  'SlashDateFormatParser', // 7/8/07, read the American way unless the first number exceeds 12
  'ENMonthNameLittleEndianParser', // 12 June 2019, the 4th of July
  'ENMonthNameMiddleEndianParser', // October 10, 2021, Oct. 7, April 2nd
  'ENMonthNameParser', // February 2019, Nov. 2006
  'ENWeekdayParser',
]);
const CALENDAR_REFINERS = new Set([
  'OverlapRemovalRefiner',
  'MergeWeekdayComponentRefiner',
  'UnlikelyFormatFilter',
]);

function calendarChrono(): chrono.Chrono {
  const all = chrono.en.configuration.createCasualConfiguration();
  const parsers = all.parsers.filter((p) => CALENDAR_PARSERS.has(p.constructor.name));
  const refiners = all.refiners.filter((r) => CALENDAR_REFINERS.has(r.constructor.name));
  // Chosen by class name: fail loudly if an upgrade renames one, rather than find nothing.
  if (new Set(parsers.map((p) => p.constructor.name)).size !== CALENDAR_PARSERS.size)
    throw new Error('chrono-node: a calendar-date parser is missing');
  return new chrono.Chrono({ parsers, refiners });
}
const CALENDAR = calendarChrono();

/**
 * Where a calendar date may be, cheaply: a month name next to a number, or a
 * numeric date ("2019-04-18", "7/8/07", but not a piece of "1/2/3/4" or "2.10.3").
 * Only small windows around these cues are handed to chrono.
 */
const CUE = new RegExp(
  `\\b${MONTH}(?=(?:,|\\s+of)?\\s*\\d)|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}|(?<![\\d/.-])(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/(?:\\d{4}|\\d{2}))(?![\\d/]|-\\d|\\.\\d)`,
  'g',
);
/** Room for a weekday before a cue ("Wednesday, ") and a year after it ("12th, 2019"). */
const BEFORE_CUE = 16;
const AFTER_CUE = 14;

interface CueWindow {
  start: number;
  end: number;
  cues: Array<[number, number]>;
}

/** A window around each cue, within its line, widened to whole words, merged where they touch. */
function cueWindows(text: string): CueWindow[] {
  const windows: CueWindow[] = [];
  CUE.lastIndex = 0;
  for (let m = CUE.exec(text); m; m = CUE.exec(text)) {
    const cue: [number, number] = [m.index, m.index + m[0].length];
    const lineStart = text.lastIndexOf('\n', cue[0]) + 1;
    const lineEnd = text.indexOf('\n', cue[1]);
    let start = Math.max(lineStart, cue[0] - BEFORE_CUE);
    let end = Math.min(lineEnd < 0 ? text.length : lineEnd, cue[1] + AFTER_CUE);
    while (start > lineStart && /\S/.test(text[start - 1]!)) start--;
    while (end < text.length && /\S/.test(text[end]!)) end++;
    const last = windows.at(-1);
    if (last && start <= last.end) {
      last.end = Math.max(last.end, end);
      last.cues.push(cue);
    } else windows.push({ start, end, cues: [cue] });
  }
  return windows;
}

/** "early March 2020", "the end of June 2019": the edge belongs to the month. */
const EDGE_BEFORE = new RegExp(`${EDGE}$`);
/** "the 4th of July": the article belongs to the day. */
const THE_BEFORE = /\b[Tt]he\s+$/;
/** chrono keeps "on" or "last" with a weekday or a day; our spans leave them out. */
const LEAD = /^(?:(?:on|in|at|by|last|next|this|coming|past)\s+)+/i;
/** "In March, 20 people", "June/12": a month cut from the number after it is not a day. */
const MONTH_CUT = new RegExp(`${MONTH}\\s*[,/-]\\s*\\d{1,2}(?!\\d)`, 'i');
/** "June 12, 19 people": chrono takes a two-digit count after a day for its year. */
const SHORT_YEAR_TAIL = /[\s,/-]+\d{2}$/;

/** The date chrono read in one result, with our span, year placement and rejections. */
function calendarSpan(text: string, offset: number, r: chrono.ParsedResult): DateSpan | null {
  const c = r.start;
  if (!c.isCertain('month')) return null; // a weekday alone: the weekday rule's business
  const lead = LEAD.exec(r.text)?.[0].length ?? 0;
  let words = r.text.slice(lead);
  // A timestamp states a time too; the date is its first ten characters.
  if (c.isCertain('hour')) words = words.slice(0, 10);
  const day = c.isCertain('day') ? c.get('day')! : null;
  let statedYear = c.isCertain('year');
  if (r.end) {
    // "June 12 to 14": a range; keep its first day when the month comes first.
    const first = /^\D+\d{1,2}(?:st|nd|rd|th)?\b/.exec(words);
    if (!first) return null;
    words = first[0];
    statedYear = false;
  }
  if (day !== null && MONTH_CUT.test(words)) return null;
  if (statedYear && /[a-z]/i.test(words) && SHORT_YEAR_TAIL.test(words)) {
    if (day === null) return null; // "March 99": a month and a number
    words = words.replace(SHORT_YEAR_TAIL, '');
    statedYear = false;
  }
  if (day === null && !statedYear) return null; // a bare month: the bareMonth rule's business
  const end = offset + r.index + lead + words.length;
  let start = offset + r.index + lead;
  const before = text.slice(Math.max(0, start - 40), start);
  if (day === null) start -= EDGE_BEFORE.exec(before)?.[0].length ?? 0;
  else if (/^\d/.test(words)) start -= THE_BEFORE.exec(before)?.[0].length ?? 0;
  const month = c.get('month')!;
  const year = c.get('year')!;
  return {
    start,
    end,
    resolve(ctx) {
      if (/^(?:[.,:]\d|[-–]\d)/.test(ctx.after())) return null; // "Oct. 7.5", "June 12-"
      if (day === null) return NOT_YEAR_AFTER.test(ctx.after()) ? null : monthValue(year, month);
      const y = statedYear ? year : yearOfDay(ctx.pub, month, day, ctx.tense());
      return isRealDay(y, month, day) ? dayValue(isoDay(y, month, day)) : null;
    },
  };
}

/**
 * Dates written on the calendar ("October 10, 2021", "Oct. 7", "12 June",
 * "Friday, Sept. 18", "7/8/07", "February 2019"), read by chrono in small
 * windows around cues. A day without a year is placed by the clause's tense
 * (extract-dates-calendar.ts), never by chrono's nearest-year default.
 */
export const calendarDates: DateScanner = (text, pub) => {
  // chrono needs a reference; we give it publication so it never reads the clock.
  const ref = { instant: new Date(isoToMs(pub) + 12 * 3_600_000), timezone: 0 };
  const out: DateSpan[] = [];
  for (const w of cueWindows(text)) {
    for (const r of CALENDAR.parse(text.slice(w.start, w.end), ref)) {
      const a = w.start + r.index;
      const b = a + r.text.length;
      if (!w.cues.some(([s, e]) => s < b && a < e)) continue;
      const span = calendarSpan(text, w.start, r);
      if (span) out.push(span);
    }
  }
  return out;
};
