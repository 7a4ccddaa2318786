/**
 * Calendar dates as ISO strings (YYYY-MM-DD), computed in UTC so that nothing
 * depends on the machine's time zone. A "day number" is days since 1970-01-01.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/**
 * True for a real calendar date written YYYY-MM-DD (rejects 2019-02-30).
 * Character arithmetic, not a Date: the schema checks three dates per event,
 * and at 100,000 events Date objects were a tenth of the app's load time.
 */
export function isIsoDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const y = +s.slice(0, 4);
  const m = +s.slice(5, 7);
  const d = +s.slice(8, 10);
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysInMonth = (y: number, m: number) => (m === 2 && isLeap(y) ? 29 : MONTH_DAYS[m - 1]!);

/** Milliseconds at UTC midnight of an ISO date (assumes a valid date). */
export const isoToMs = (iso: string): number => isoToDay(iso) * DAY_MS;

/** The ISO date of a UTC instant. */
export function msToIso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Days since 1970-01-01 of an ISO date (assumes a valid YYYY-MM-DD). Plain
 * arithmetic (the proleptic Gregorian "days from civil" formula) instead of
 * Date.UTC and split: the timeline converts every event's dates whenever the
 * filters change, and at 100,000 events allocation is what costs.
 */
export function isoToDay(iso: string): number {
  const digit = (i: number) => iso.charCodeAt(i) - 48;
  let y = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
  const m = digit(5) * 10 + digit(6);
  const d = digit(8) * 10 + digit(9);
  // Count years from March, so the leap day is the last day of the year.
  if (m <= 2) y -= 1;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
export const dayToIso = (day: number): string => msToIso(day * DAY_MS);
export const addDays = (iso: string, n: number): string => dayToIso(isoToDay(iso) + n);

/** 0 = Sunday … 6 = Saturday, as Date#getUTCDay. */
export const weekday = (iso: string): number => new Date(isoToMs(iso)).getUTCDay();

/** Monday of the ISO week that contains the date. */
export function startOfIsoWeek(iso: string): string {
  return addDays(iso, -((weekday(iso) + 6) % 7));
}

export function startOfMonth(iso: string): string {
  return `${iso.slice(0, 7)}-01`;
}

export function endOfMonth(iso: string): string {
  const y = +iso.slice(0, 4);
  const m = +iso.slice(5, 7);
  return msToIso(Date.UTC(y, m, 0));
}

/** Inclusive number of days from start to end. */
export const spanDays = (start: string, end: string): number => isoToDay(end) - isoToDay(start) + 1;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "19 April 2019": the long form used in the UI (day-month-year, unambiguous). */
export function formatLong(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "April 2019". */
export function formatMonth(iso: string): string {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  return `${MONTHS[m - 1]} ${y}`;
}
