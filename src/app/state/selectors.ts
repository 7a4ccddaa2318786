/**
 * Pure selectors: functions of (dataset, view) that components and tests call
 * alike. Nothing here touches React or the DOM.
 */
import type { PloverType } from '../../shared/plover';
import type { Dataset, Event } from '../../shared/schema';
import type { Filters, TimeWindow } from './view';
import { compareByDate } from '../../shared/order';
import { indexDataset } from '../data/indexes';

export { compareByDate };

/** Lower-case and strip accents, so "Kyu-duk" matches "kyu-dük" and "KYU". */
export const normalizeText = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** Search text per event: its title and the text of its quotes. */
export function buildSearchIndex(ds: Dataset): Map<string, string> {
  const { quotes } = indexDataset(ds);
  return new Map(
    ds.events.map((e) => [
      e.id,
      normalizeText([e.title, ...e.quoteIds.map((id) => quotes.get(id)?.text ?? '')].join('\n')),
    ]),
  );
}

/** Whether an event's date range overlaps [from, to] (either bound optional). */
export const overlaps = (e: Event, from: string | null, to: string | null): boolean =>
  (from === null || e.date.end >= from) && (to === null || e.date.start <= to);

function matchesCountries(e: Event, f: Filters): boolean {
  if (f.countries.length === 0) return true;
  return f.match === 'all'
    ? f.countries.every((c) => e.countries.includes(c))
    : f.countries.some((c) => e.countries.includes(c));
}

/**
 * Events that pass every filter, in date order (start, then end, then id, so
 * ties are stable). `search` is buildSearchIndex(ds), built once per dataset.
 */
export function selectFilteredEvents(
  ds: Dataset,
  f: Filters,
  search: Map<string, string>,
): Event[] {
  const needle = normalizeText(f.text.trim());
  return ds.events
    .filter(
      (e) =>
        matchesCountries(e, f) &&
        (f.types.length === 0 || f.types.includes(e.type)) &&
        overlaps(e, f.from, f.to) &&
        (needle === '' || (search.get(e.id) ?? '').includes(needle)),
    )
    .sort(compareByDate);
}

/** Events whose date range overlaps the visible window (all of them when null). */
export function selectEventsInWindow(events: Event[], window: TimeWindow | null): Event[] {
  return window === null ? events : events.filter((e) => overlaps(e, window.start, window.end));
}

/**
 * How many events each country would have if it were the only country filter,
 * under the other filters: the counts shown beside the country checkboxes.
 */
export function selectCountryCounts(
  ds: Dataset,
  f: Filters,
  search: Map<string, string>,
): Map<string, number> {
  const others = selectFilteredEvents(ds, { ...f, countries: [] }, search);
  const counts = new Map<string, number>();
  for (const e of others) for (const c of e.countries) counts.set(c, (counts.get(c) ?? 0) + 1);
  return counts;
}

/**
 * How many events each PLOVER type would have if the type filter were empty,
 * under the other filters: the counts shown beside the type checkboxes.
 */
export function selectTypeCounts(
  ds: Dataset,
  f: Filters,
  search: Map<string, string>,
): Map<PloverType, number> {
  const others = selectFilteredEvents(ds, { ...f, types: [] }, search);
  const counts = new Map<PloverType, number>();
  for (const e of others) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  return counts;
}

/** Whether any filter narrows the events (a lone "match all" with no countries does not). */
export const hasActiveFilters = (f: Filters): boolean =>
  f.countries.length > 0 ||
  f.types.length > 0 ||
  f.from !== null ||
  f.to !== null ||
  f.text.trim() !== '';
