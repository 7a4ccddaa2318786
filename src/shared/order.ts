/**
 * The one order of events, used by the compiler when it writes the dataset and
 * by the app when it lists them: by start date, then end date, then id, so
 * that ties are broken the same way everywhere and every run.
 */
import type { Event } from './schema';

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function compareByDate(a: Event, b: Event): number {
  return cmp(a.date.start, b.date.start) || cmp(a.date.end, b.date.end) || cmp(a.id, b.id);
}
