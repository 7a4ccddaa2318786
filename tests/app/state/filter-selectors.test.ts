import { describe, expect, it } from 'vitest';
import {
  buildSearchIndex,
  selectCountryCounts,
  selectEventsInWindow,
  selectFilteredEvents,
} from '../../../src/app/state/selectors';
import { DEFAULT_FILTERS, type Filters } from '../../../src/app/state/view';
import { fixtureDataset as ds } from '../../fixtures/dataset';

const search = buildSearchIndex(ds);
const ids = (f: Partial<Filters>) =>
  selectFilteredEvents(ds, { ...DEFAULT_FILTERS, ...f }, search).map((e) => e.id);

describe('selectFilteredEvents', () => {
  it('returns every event in date order without filters', () => {
    expect(ids({})).toEqual([
      'us-kp-year',
      'cn-urges',
      'inter-korean',
      'jp-us-meet',
      'kp-missile',
      'us-ready',
    ]);
  });
  it('matches any of several countries, or all of them', () => {
    expect(ids({ countries: ['jp'] })).toEqual(['jp-us-meet']);
    expect(ids({ countries: ['cn', 'jp'] })).toEqual(['cn-urges', 'jp-us-meet']);
    expect(ids({ countries: ['kp', 'us'], match: 'all' })).toEqual(['us-kp-year', 'us-ready']);
  });
  it('filters by PLOVER type', () => {
    expect(ids({ types: ['CONSULT'] })).toEqual(['us-kp-year', 'inter-korean', 'jp-us-meet']);
  });
  it('keeps events whose range overlaps the date bounds', () => {
    expect(ids({ from: '2018-09-20', to: '2019-04-14' })).toEqual([
      'us-kp-year',
      'inter-korean',
      'jp-us-meet',
    ]);
  });
  it('searches titles and quotes, ignoring case and accents', () => {
    expect(ids({ text: 'TOKYO' })).toEqual(['jp-us-meet']);
    expect(ids({ text: 'cálm down' })).toEqual(['cn-urges']); // from the quote "Calm down,"
  });
});

describe('selectEventsInWindow', () => {
  it('keeps events overlapping the window; all of them without one', () => {
    const all = selectFilteredEvents(ds, DEFAULT_FILTERS, search);
    expect(selectEventsInWindow(all, null)).toHaveLength(all.length);
    expect(
      selectEventsInWindow(all, { start: '2019-04-15', end: '2019-04-30' }).map((e) => e.id),
    ).toEqual(['kp-missile', 'us-ready']);
  });
});

describe('selectCountryCounts', () => {
  it('counts each country under the other filters, ignoring the country filter itself', () => {
    const counts = selectCountryCounts(
      ds,
      { ...DEFAULT_FILTERS, countries: ['jp'], types: ['CONSULT'] },
      search,
    );
    expect(Object.fromEntries(counts)).toEqual({ us: 2, kp: 2, kr: 2, jp: 1 });
  });
});
