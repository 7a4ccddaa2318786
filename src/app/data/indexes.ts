/**
 * Lookups by id, built once per dataset. Names, quotes and sources are needed
 * per event in hot paths (every list row, every timeline mark's accessible
 * name); rebuilding a Map there would make each of them scan the dataset.
 * Cached on the dataset object itself, so every caller shares one index.
 */
import type { Actor, Dataset, Event, Quote, Source } from '../../shared/schema';

export interface DatasetIndex {
  actors: ReadonlyMap<string, Actor>;
  sources: ReadonlyMap<string, Source>;
  events: ReadonlyMap<string, Event>;
  quotes: ReadonlyMap<string, Quote>;
  /** An actor's name, or the id itself for an id the dataset does not know. */
  nameOf: (id: string) => string;
}

const cache = new WeakMap<Dataset, DatasetIndex>();

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((x) => [x.id, x]));

export function indexDataset(ds: Dataset): DatasetIndex {
  let index = cache.get(ds);
  if (!index) {
    const actors = byId(ds.actors);
    index = {
      actors,
      sources: byId(ds.sources),
      events: byId(ds.events),
      quotes: byId(ds.quotes),
      nameOf: (id) => actors.get(id)?.name ?? id,
    };
    cache.set(ds, index);
  }
  return index;
}
