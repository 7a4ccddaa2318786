import { describe, expect, it } from 'vitest';
import {
  buildSearchIndex,
  hasActiveFilters,
  selectTypeCounts,
} from '../../../src/app/state/selectors';
import { DEFAULT_FILTERS } from '../../../src/app/state/view';
import { fixtureDataset as ds } from '../../fixtures/dataset';

const search = buildSearchIndex(ds);

describe('selectTypeCounts', () => {
  it('counts every type when nothing is filtered', () => {
    expect(Object.fromEntries(selectTypeCounts(ds, DEFAULT_FILTERS, search))).toEqual({
      AGREE: 1,
      CONSULT: 3,
      MOBILIZE: 1,
      REQUEST: 1,
    });
  });

  it('ignores the type filter itself but applies the others', () => {
    const f = { ...DEFAULT_FILTERS, types: ['AGREE' as const], countries: ['us'] };
    expect(Object.fromEntries(selectTypeCounts(ds, f, search))).toEqual({ AGREE: 1, CONSULT: 2 });
  });
});

describe('hasActiveFilters', () => {
  it.each([
    [{}, false],
    [{ match: 'all' as const }, false],
    [{ text: '  ' }, false],
    [{ text: 'x' }, true],
    [{ countries: ['us'] }, true],
    [{ types: ['AGREE' as const] }, true],
    [{ from: '2019-01-01' }, true],
    [{ to: '2019-01-01' }, true],
  ])('%o → %s', (patch, expected) => {
    expect(hasActiveFilters({ ...DEFAULT_FILTERS, ...patch })).toBe(expected);
  });
});
