import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildSearchIndex,
  selectCountryCounts,
  selectEventsInWindow,
  selectFilteredEvents,
  selectTypeCounts,
} from '../../../src/app/state/selectors';
import { DEFAULT_FILTERS } from '../../../src/app/state/view';
import type { Event } from '../../../src/shared/schema';
import {
  datasetArb,
  filtersArb,
  naiveCountryCounts,
  naiveFiltered,
  naiveInWindow,
  naiveSearchIndex,
  naiveTypeCounts,
  windowArb,
} from './arbitraries';

// Seeded, so a failure is the same failure on every run and machine.
const runs = { seed: 20190419, numRuns: 300 };

/** Same events, same order, and the very same objects. */
function expectSameEvents(actual: Event[], expected: Event[]) {
  expect(actual.map((e) => e.id)).toEqual(expected.map((e) => e.id));
  actual.forEach((e, i) => expect(e).toBe(expected[i]));
}

describe('indexed selectors against the straightforward scan', () => {
  it('filter to the same events in the same order, whichever search map is passed', () => {
    fc.assert(
      fc.property(datasetArb, filtersArb, (ds, f) => {
        const naive = naiveSearchIndex(ds);
        const expected = naiveFiltered(ds, f, naive);
        expectSameEvents(selectFilteredEvents(ds, f, buildSearchIndex(ds)), expected);
        expectSameEvents(selectFilteredEvents(ds, f), expected);
        // A map the index did not build is read as given.
        expectSameEvents(selectFilteredEvents(ds, f, naive), expected);
      }),
      runs,
    );
  });

  it('count countries and types the same, in the same order', () => {
    fc.assert(
      fc.property(datasetArb, filtersArb, (ds, f) => {
        const search = buildSearchIndex(ds);
        const naive = naiveSearchIndex(ds);
        expect([...selectCountryCounts(ds, f, search)]).toEqual([
          ...naiveCountryCounts(ds, f, naive),
        ]);
        expect([...selectTypeCounts(ds, f, search)]).toEqual([...naiveTypeCounts(ds, f, naive)]);
      }),
      runs,
    );
  });

  it('keep the same events in a window, for filtered lists and for unsorted ones', () => {
    fc.assert(
      fc.property(datasetArb, filtersArb, windowArb, (ds, f, w) => {
        const events = selectFilteredEvents(ds, f);
        expectSameEvents(selectEventsInWindow(events, w), naiveInWindow(events, w));
        // Asked again for the same list (its bounds are cached) and for another window.
        const later = { start: w.end, end: w.end };
        expectSameEvents(selectEventsInWindow(events, later), naiveInWindow(events, later));
        // A list not in date order is scanned rather than searched.
        const shuffled = [...ds.events].reverse();
        expectSameEvents(selectEventsInWindow(shuffled, w), naiveInWindow(shuffled, w));
      }),
      runs,
    );
  });
});

describe('buildSearchIndex', () => {
  it('is the normalized text per event, built once per dataset', () => {
    fc.assert(
      fc.property(datasetArb, (ds) => {
        expect([...buildSearchIndex(ds)]).toEqual([...naiveSearchIndex(ds)]);
        expect(buildSearchIndex(ds)).toBe(buildSearchIndex(ds));
      }),
      { ...runs, numRuns: 50 },
    );
  });
});

describe('selectEventsInWindow', () => {
  it('returns the list itself without a window', () => {
    fc.assert(
      fc.property(datasetArb, (ds) => {
        const events = selectFilteredEvents(ds, DEFAULT_FILTERS);
        expect(selectEventsInWindow(events, null)).toBe(events);
      }),
      { ...runs, numRuns: 20 },
    );
  });
});
