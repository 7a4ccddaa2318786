import { describe, expect, it } from 'vitest';
import { countEvents, filterChips } from '../../../src/app/features/filters/chips';
import { countryRows, typeGroups } from '../../../src/app/features/filters/options';
import { DEFAULT_FILTERS, type Filters } from '../../../src/app/state/view';
import { fixtureDataset as ds } from '../../fixtures/dataset';

const f = (patch: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...patch });

describe('filterChips', () => {
  it('has no chips for the default filters', () => {
    expect(filterChips(DEFAULT_FILTERS, ds)).toEqual([]);
  });

  it('names each chip for what it removes, and removes only that', () => {
    const all = f({
      countries: ['kp', 'us'],
      match: 'all',
      types: ['AGREE'],
      from: '2018-06-01',
      to: '2019-12-31',
      text: ' summit ',
    });
    const chips = filterChips(all, ds);
    expect(chips.map((c) => [c.label, c.name])).toEqual([
      ['North Korea', 'Remove filter: North Korea'],
      ['United States', 'Remove filter: United States'],
      ['All chosen countries', 'Remove filter: match all countries'],
      ['Agree', 'Remove filter: type Agree'],
      ['From 1 June 2018', 'Remove filter: from 1 June 2018'],
      ['To 31 December 2019', 'Remove filter: to 31 December 2019'],
      ['“summit”', 'Remove filter: text “summit”'],
    ]);
    expect(chips[0]!.without).toEqual({ ...all, countries: ['us'] });
    expect(chips[2]!.without).toEqual({ ...all, match: 'any' });
    expect(chips[5]!.without).toEqual({ ...all, to: null });
    expect(chips[6]!.without).toEqual({ ...all, text: '' });
  });

  it('shows no match chip with fewer than two countries, nor a chip for blank text', () => {
    expect(
      filterChips(f({ countries: ['jp'], match: 'all', text: '   ' }), ds).map((c) => c.key),
    ).toEqual(['c:jp']);
  });
});

describe('countEvents', () => {
  it.each([
    [0, '0 events'],
    [1, '1 event'],
    [12, '12 events'],
  ])('%i → %s', (n, text) => expect(countEvents(n)).toBe(text));
});

describe('options', () => {
  it('orders countries by count, then name, listing those without events too', () => {
    const counts = new Map([
      ['us', 2],
      ['jp', 2],
      ['kp', 4],
    ]);
    expect(countryRows(ds, counts, []).map((r) => `${r.id}:${r.count}`)).toEqual([
      'kp:4',
      'jp:2',
      'us:2',
      'cn:0',
      'kr:0',
    ]);
    const tiny = { ...ds, events: ds.events.filter((e) => e.id === 'kp-missile') };
    expect(countryRows(tiny, new Map([['kp', 1]]), []).map((r) => r.id)).toEqual([
      'kp',
      'cn',
      'jp',
      'kr',
      'us',
    ]);
  });

  it('groups used types by quad class in PLOVER order', () => {
    const groups = typeGroups(ds, new Map([['CONSULT', 3]]), ['ASSAULT']);
    expect(groups.map((g) => [g.quadClass, g.types.map((t) => `${t.name}:${t.count}`)])).toEqual([
      ['verbal-cooperation', ['Agree:0', 'Consult:3']],
      ['verbal-conflict', ['Request:0']],
      ['material-conflict', ['Mobilize:0', 'Assault:0']],
    ]);
  });
});
