/**
 * Pure selectors: functions of (dataset, view) that components and tests call
 * alike. Nothing here touches React or the DOM. They read the dataset through
 * its event index, so a filter change visits the events it could keep (one
 * country's postings, one date range) instead of every event.
 */
import type { PloverType } from '../../shared/plover';
import type { Dataset, Event } from '../../shared/schema';
import type { Filters, TimeWindow } from './view';
import { isIsoDate, isoToDay } from '../../shared/dates';
import { compareByDate } from '../../shared/order';
import {
  clip,
  indexEvents,
  intersect,
  lowerBound,
  normalizeText,
  union,
  type EventIndex,
} from '../data/eventIndex';

export { compareByDate, normalizeText };

/**
 * Search text per event id: its title and the text of its quotes, normalized.
 * Built once per dataset and shared; the selectors below find it without it
 * being passed, so a caller that never searches need not build it.
 */
export function buildSearchIndex(ds: Dataset): Map<string, string> {
  return indexEvents(ds).searchMap();
}

/** Whether an event's date range overlaps [from, to] (either bound optional). */
export const overlaps = (e: Event, from: string | null, to: string | null): boolean =>
  (from === null || e.date.end >= from) && (to === null || e.date.start <= to);

const NONE = new Int32Array(0);

/** The first position whose event starts after `to` (compared as text, as `overlaps` does). */
function firstStartAfter(events: readonly Event[], to: string): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (events[mid]!.date.start <= to) lo = mid + 1;
    else hi = mid;
  }
  return hi;
}

/**
 * The day D such that an event ends on or after `from` exactly when its end day
 * is ≥ D. For a date that is the date itself; for any other text (which no
 * valid view holds) the earliest end that `overlaps` would accept.
 */
function endDayAtLeast(ix: EventIndex, from: string): number {
  if (isIsoDate(from)) return isoToDay(from);
  let day = Infinity;
  ix.events.forEach((e, p) => {
    if (e.date.end >= from) day = Math.min(day, ix.end[p]!);
  });
  return day;
}

/**
 * Positions (ascending, so in date order) of the events passing `f`, leaving
 * out the country or the type filter when counting for it. The date bounds
 * become a range of positions; each other filter is a postings list (a union
 * for "any", one list each for "all"), and their intersection starts from the
 * shortest. Only the end date, and text searched in a caller's own map, are
 * then tested event by event.
 */
function passing(
  ix: EventIndex,
  f: Filters,
  search: ReadonlyMap<string, string> | undefined,
  ignore: 'countries' | 'types' | null,
): Int32Array {
  // Events are in start order, and maxEnd says where the ones that end too early stop.
  const hi = f.to === null ? ix.events.length : firstStartAfter(ix.events, f.to);
  const fromDay = f.from === null ? -Infinity : endDayAtLeast(ix, f.from);
  const lo = Math.min(hi, lowerBound(ix.maxEnd, fromDay));
  const postings = (by: ReadonlyMap<string, Int32Array>, keys: readonly string[]) =>
    [...new Set(keys)].map((k) => clip(by.get(k) ?? NONE, lo, hi));

  const lists: Int32Array[] = [];
  if (ignore !== 'countries' && f.countries.length > 0) {
    const each = postings(ix.byCountry, f.countries);
    if (f.match === 'all') lists.push(...each);
    else lists.push(union(each, lo, hi));
  }
  if (ignore !== 'types' && f.types.length > 0)
    lists.push(union(postings(ix.byType, f.types), lo, hi));
  const needle = normalizeText(f.text.trim());
  // A map the index did not build may say anything: ask it event by event.
  const foreign = needle !== '' && search !== undefined && !ix.isSearchMap(search) ? search : null;
  if (needle !== '' && !foreign) lists.push(clip(ix.matching(needle), lo, hi));
  const candidates = lists.length > 0 ? intersect(lists) : null;

  const count = candidates ? candidates.length : hi - lo;
  const out = new Int32Array(count);
  let k = 0;
  for (let i = 0; i < count; i++) {
    const p = candidates ? candidates[i]! : lo + i;
    if (ix.end[p]! < fromDay) continue;
    if (foreign && !(foreign.get(ix.events[p]!.id) ?? '').includes(needle)) continue;
    out[k++] = p;
  }
  return out.subarray(0, k);
}

/**
 * Events that pass every filter, in date order (start, then end, then id, so
 * ties are stable). `search` is buildSearchIndex(ds); when it is left out the
 * dataset's own (lazily built) search text is used, which is the same thing.
 */
export function selectFilteredEvents(
  ds: Dataset,
  f: Filters,
  search?: ReadonlyMap<string, string>,
): Event[] {
  const ix = indexEvents(ds);
  const positions = passing(ix, f, search, null);
  const events = new Array<Event>(positions.length);
  for (let i = 0; i < positions.length; i++) events[i] = ix.events[positions[i]!]!;
  selections.set(events, positions);
  return events;
}

/** Where the events of a selectFilteredEvents result sit in the index's date order. */
const selections = new WeakMap<readonly Event[], Int32Array>();

/** The index positions of a list selectFilteredEvents returned, or undefined for any other list. */
export const selectionPositions = (events: readonly Event[]): Int32Array | undefined =>
  selections.get(events);

/** Per events array: the latest end date among its first i + 1, or null when not in start order. */
const latestEnds = new WeakMap<readonly Event[], string[] | null>();

function latestEndsOf(events: readonly Event[]): string[] | null {
  let cached = latestEnds.get(events);
  if (cached === undefined) {
    cached = [];
    let latest = '';
    for (let i = 0; i < events.length; i++) {
      const { start, end } = events[i]!.date;
      if (i > 0 && start < events[i - 1]!.date.start) {
        cached = null;
        break;
      }
      if (end > latest) latest = end;
      cached.push(latest);
    }
    latestEnds.set(events, cached);
  }
  return cached;
}

/**
 * Events whose date range overlaps the visible window (all of them when null).
 * `events` is treated as immutable (it is React state): for a date-sorted list,
 * as selectFilteredEvents returns, a binary search finds the events that start
 * by the window's end and the first that can still reach its start, so zooming
 * visits only the events near the window. Any other list is scanned.
 */
export function selectEventsInWindow(events: Event[], window: TimeWindow | null): Event[] {
  if (window === null) return events;
  const latest = latestEndsOf(events);
  if (latest === null) return events.filter((e) => overlaps(e, window.start, window.end));
  const hi = firstStartAfter(events, window.end);
  let lo = 0;
  for (let top = hi; lo < top;) {
    const mid = (lo + top) >>> 1;
    if (latest[mid]! < window.start) lo = mid + 1;
    else top = mid;
  }
  const out: Event[] = [];
  for (let i = lo; i < hi; i++) if (events[i]!.date.end >= window.start) out.push(events[i]!);
  return out;
}

/** A Map of names to counts, in order of first appearance (as a scan of the events gives). */
function countsMap(names: readonly string[], counts: Int32Array, seen: readonly number[]) {
  return new Map(seen.map((code) => [names[code]!, counts[code]!]));
}

/**
 * How many events each country would have if it were the only country filter,
 * under the other filters: the counts shown beside the country checkboxes.
 */
export function selectCountryCounts(
  ds: Dataset,
  f: Filters,
  search?: ReadonlyMap<string, string>,
): Map<string, number> {
  const ix = indexEvents(ds);
  const { countryStart, countryCodes } = ix;
  const positions = passing(ix, f, search, 'countries');
  const counts = new Int32Array(ix.countryIds.length);
  const seen: number[] = [];
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i]!;
    for (let k = countryStart[p]!; k < countryStart[p + 1]!; k++) {
      const code = countryCodes[k]!;
      if (counts[code]!++ === 0) seen.push(code);
    }
  }
  return countsMap(ix.countryIds, counts, seen);
}

/**
 * How many events each PLOVER type would have if the type filter were empty,
 * under the other filters: the counts shown beside the type checkboxes.
 */
export function selectTypeCounts(
  ds: Dataset,
  f: Filters,
  search?: ReadonlyMap<string, string>,
): Map<PloverType, number> {
  const ix = indexEvents(ds);
  const positions = passing(ix, f, search, 'types');
  const counts = new Int32Array(ix.typeIds.length);
  const seen: number[] = [];
  for (let i = 0; i < positions.length; i++) {
    const code = ix.type[positions[i]!]!;
    if (counts[code]!++ === 0) seen.push(code);
  }
  return countsMap(ix.typeIds, counts, seen) as Map<PloverType, number>;
}

/** Whether any filter narrows the events (a lone "match all" with no countries does not). */
export const hasActiveFilters = (f: Filters): boolean =>
  f.countries.length > 0 ||
  f.types.length > 0 ||
  f.from !== null ||
  f.to !== null ||
  f.text.trim() !== '';
