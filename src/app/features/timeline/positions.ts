/**
 * An event's position among date-sorted events, found by binary search on
 * their order (compareByDate is a total order: start, end, then id). Filters
 * at 100,000 events change the list often; a Map of every id per change would
 * cost more than the rest of the change.
 */
import { compareByDate } from '../../../shared/order';
import type { Event } from '../../../shared/schema';

export interface Positions {
  /** The index of the event with this id, or undefined when it is not among them. */
  get: (id: string) => number | undefined;
}

export function positionsById(
  sorted: readonly Event[],
  byId: ReadonlyMap<string, Event>,
): Positions {
  return {
    get: (id) => {
      const target = byId.get(id);
      if (!target) return undefined;
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (compareByDate(sorted[mid]!, target) < 0) lo = mid + 1;
        else hi = mid;
      }
      return sorted[lo]?.id === id ? lo : undefined;
    },
  };
}
