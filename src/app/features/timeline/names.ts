/** Accessible names of events, computed on first use: only drawn marks need one. */
import type { Dataset, Event } from '../../../shared/schema';
import { eventAccessibleName } from '../../format';

/** A name-by-event-index function that computes each name once. */
export function lazyAccessibleNames(
  dataset: Dataset,
  events: readonly Event[],
): (event: number) => string {
  const cache = new Map<number, string>();
  return (i) => {
    let name = cache.get(i);
    if (name === undefined) {
      name = eventAccessibleName(dataset, events[i]!);
      cache.set(i, name);
    }
    return name;
  };
}
