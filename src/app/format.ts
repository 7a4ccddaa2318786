/**
 * Words for dates and events as a reader wants them, shared by the timeline's
 * accessible names, the list and the details so they never disagree.
 */
import type { Dataset, Event, EventDate } from '../shared/schema';
import { formatLong, formatMonth } from '../shared/dates';
import { PLOVER } from '../shared/plover';
import { indexDataset } from './data/indexes';

/** "18 April 2019", "week of 8 April 2019", "April 2019", "2019", or a range. */
export function formatEventDate(d: EventDate): string {
  if (d.basis === 'publication') return `reported ${formatLong(d.start)}`;
  switch (d.precision) {
    case 'day':
      return d.start === d.end
        ? formatLong(d.start)
        : `${formatLong(d.start)} – ${formatLong(d.end)}`;
    case 'week':
      return `week of ${formatLong(d.start)}`;
    case 'month':
      return d.start.slice(0, 7) === d.end.slice(0, 7)
        ? formatMonth(d.start)
        : `${formatMonth(d.start)} – ${formatMonth(d.end)}`;
    case 'year':
      return d.start.slice(0, 4) === d.end.slice(0, 4)
        ? d.start.slice(0, 4)
        : `${d.start.slice(0, 4)}–${d.end.slice(0, 4)}`;
  }
}

/** Country names of an event, in the event's order ("United States, North Korea"). */
export function countryNames(ds: Dataset, e: Event): string[] {
  return e.countries.map(indexDataset(ds).nameOf);
}

/** The accessible name of an event wherever it appears: title first, then what and when. */
export function eventAccessibleName(ds: Dataset, e: Event): string {
  return `${e.title}, ${PLOVER[e.type].label}, ${formatEventDate(e.date)}, ${countryNames(ds, e).join(', ')}`;
}
