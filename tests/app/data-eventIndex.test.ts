import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clip, indexEvents, intersect, lowerBound, union } from '../../src/app/data/eventIndex';
import { isoToDay } from '../../src/shared/dates';
import { compareByDate } from '../../src/shared/order';
import { fixtureDataset } from '../fixtures/dataset';
import { datasetArb } from './state/arbitraries';

const runs = { seed: 1904, numRuns: 200 };
const ints = (xs: number[]) => Int32Array.from(xs);
/** A sorted list of distinct positions below 200. */
const postingsArb = fc
  .uniqueArray(fc.integer({ min: 0, max: 199 }), { maxLength: 60 })
  .map((xs) => ints(xs.sort((a, b) => a - b)));

describe('lowerBound and clip', () => {
  it.each([
    [[], 5, 0],
    [[1, 3, 3, 7], 0, 0],
    [[1, 3, 3, 7], 3, 1],
    [[1, 3, 3, 7], 4, 3],
    [[1, 3, 3, 7], 8, 4],
  ])('in %j the first ≥ %i is at %i', (list, value, at) => {
    expect(lowerBound(list, value)).toBe(at);
  });

  it('searches only inside [from, to)', () => {
    expect(lowerBound([1, 3, 5, 7, 9], 0, 2, 4)).toBe(2);
    expect(lowerBound([1, 3, 5, 7, 9], 9, 2, 4)).toBe(4);
  });

  it('clips postings to a range of positions', () => {
    expect([...clip(ints([2, 4, 6, 8]), 4, 8)]).toEqual([4, 6]);
    expect([...clip(ints([2, 4, 6, 8]), 9, 20)]).toEqual([]);
  });
});

describe('intersect and union', () => {
  it('intersect keeps what every list has, in order', () => {
    fc.assert(
      fc.property(fc.array(postingsArb, { minLength: 1, maxLength: 4 }), (lists) => {
        const expected = [...lists[0]!].filter((p) => lists.every((l) => l.includes(p)));
        expect([...intersect(lists)]).toEqual(expected);
      }),
      runs,
    );
    expect([...intersect([])]).toEqual([]);
  });

  it('union keeps what any list has, in order and once', () => {
    fc.assert(
      fc.property(fc.array(postingsArb, { minLength: 1, maxLength: 4 }), (lists) => {
        const expected = [...new Set(lists.flatMap((l) => [...l]))].sort((a, b) => a - b);
        expect([...union(lists, 0, 200)]).toEqual(expected);
      }),
      runs,
    );
  });

  it('intersect gallops through a long list without skipping a match', () => {
    const long = ints(Array.from({ length: 1000 }, (_, i) => i * 2));
    expect([...intersect([long, ints([0, 3, 998, 1998])])]).toEqual([0, 998, 1998]);
  });
});

describe('indexEvents', () => {
  it('orders the fixture by date and is built once per dataset', () => {
    const ix = indexEvents(fixtureDataset);
    expect(ix.events).toEqual([...fixtureDataset.events].sort(compareByDate));
    expect(indexEvents(fixtureDataset)).toBe(ix);
    expect(indexEvents(structuredClone(fixtureDataset))).not.toBe(ix);
  });

  it('lists every event under each of its countries and its type, once', () => {
    fc.assert(
      fc.property(datasetArb, (ds) => {
        const ix = indexEvents(ds);
        const positions = (keep: (p: number) => boolean) => ix.events.map((_, p) => p).filter(keep);
        for (const [c, list] of ix.byCountry)
          expect([...list]).toEqual(positions((p) => ix.events[p]!.countries.includes(c)));
        for (const [t, list] of ix.byType)
          expect([...list]).toEqual(positions((p) => ix.events[p]!.type === t));
        ix.events.forEach((e, p) => {
          expect(ix.positionOf.get(e)).toBe(p);
          const codes = ix.countryCodes.subarray(ix.countryStart[p], ix.countryStart[p + 1]);
          expect([...codes].map((code) => ix.countryIds[code])).toEqual(e.countries);
          expect(ix.typeIds[ix.type[p]!]).toBe(e.type);
          expect([ix.start[p], ix.end[p]]).toEqual([isoToDay(e.date.start), isoToDay(e.date.end)]);
          expect(ix.maxEnd[p]).toBe(Math.max(...ix.end.subarray(0, p + 1)));
        });
        // An event object that is not the dataset's own has no position.
        if (ds.events[0]) expect(ix.positionOf.get({ ...ds.events[0] })).toBeUndefined();
      }),
      { ...runs, numRuns: 100 },
    );
  });

  it('finds text in the events whose own text holds it, never across two events', () => {
    const needles = fc.constantFrom('summit', 'm', 'calm down', 'talks\nsummit', 'e\u0000e', '');
    fc.assert(
      fc.property(datasetArb, needles, (ds, needle) => {
        const ix = indexEvents(ds);
        const expected = ix.text().flatMap((t, p) => (t.includes(needle) ? [p] : []));
        expect([...ix.matching(needle)]).toEqual(expected);
      }),
      runs,
    );
  });
});
