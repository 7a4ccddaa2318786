/**
 * Calendar dates as ISO strings (YYYY-MM-DD), computed in UTC so that nothing
 * depends on the machine's time zone. A "day number" is days since 1970-01-01.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** True for a real calendar date written YYYY-MM-DD (rejects 2019-02-30). */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return (
    d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!
  );
}

/** Milliseconds at UTC midnight of an ISO date (assumes a valid date). */
export function isoToMs(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

/** The ISO date of a UTC instant. */
export function msToIso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export const isoToDay = (iso: string): number => Math.round(isoToMs(iso) / DAY_MS);
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
