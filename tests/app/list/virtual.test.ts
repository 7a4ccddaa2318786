import { describe, expect, it } from 'vitest';
import { rowsToRender } from '../../../src/app/features/list/virtual';

const range = (startIndex: number, endIndex: number, count: number, overscan = 2) => ({
  startIndex,
  endIndex,
  count,
  overscan,
});

describe('rowsToRender', () => {
  it('renders every row of a list no longer than the limit', () => {
    expect(rowsToRender(range(3, 5, 8), -1, 8)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it.each([
    ['nothing selected', 10, 12, -1, [8, 9, 10, 11, 12, 13, 14]],
    ['the selected row in the window', 10, 12, 13, [8, 9, 10, 11, 12, 13, 14]],
    ['the selected row below', 10, 12, 500, [8, 9, 10, 11, 12, 13, 14, 500]],
    ['the selected row above', 10, 12, 3, [3, 8, 9, 10, 11, 12, 13, 14]],
    ['the overscan clipped at the top', 0, 2, -1, [0, 1, 2, 3, 4]],
    ['the overscan clipped at the end', 996, 999, 0, [0, 994, 995, 996, 997, 998, 999]],
    ['a selection past the end ignored', 10, 12, 1000, [8, 9, 10, 11, 12, 13, 14]],
  ])('a long list: the window and its overscan, with %s', (_, start, end, active, expected) => {
    expect(rowsToRender(range(start, end, 1000), active, 200)).toEqual(expected);
  });
});
