import { describe, expect, it } from 'vitest';
import {
  inOrder,
  nextIndex,
  PAGE_SIZE,
  rowsInView,
} from '../../../src/app/features/list/navigation';

describe('nextIndex', () => {
  it.each([
    ['ArrowDown', -1, 5, 0],
    ['ArrowDown', 2, 5, 3],
    ['ArrowDown', 4, 5, 4],
    ['ArrowUp', -1, 5, 4],
    ['ArrowUp', 0, 5, 0],
    ['ArrowUp', 3, 5, 2],
    ['Home', 3, 5, 0],
    ['End', 1, 5, 4],
    ['PageDown', 0, 30, PAGE_SIZE],
    ['PageDown', 25, 30, 29],
    ['PageUp', 25, 30, 25 - PAGE_SIZE],
    ['PageUp', 3, 30, 0],
    ['PageUp', -1, 30, 0],
    ['ArrowDown', -1, 0, null],
    ['Enter', 1, 5, null],
    ['a', 1, 5, null],
  ])('%s from %i of %i → %s', (key, current, count, expected) => {
    expect(nextIndex(key, current, count)).toBe(expected);
  });

  it.each([
    ['PageDown', 0, 100, 7, 7],
    ['PageDown', 95, 100, 7, 99],
    ['PageUp', 50, 100, 7, 43],
    ['PageUp', 3, 100, 7, 0],
    ['ArrowDown', 50, 100, 7, 51], // the page size is for the Page keys only
  ])('%s from %i of %i by pages of %i → %i', (key, current, count, page, expected) => {
    expect(nextIndex(key, current, count, page)).toBe(expected);
  });
});

describe('inOrder', () => {
  it('keeps or reverses without touching the input', () => {
    const xs = [1, 2, 3];
    expect(inOrder(xs, 'asc')).toEqual([1, 2, 3]);
    expect(inOrder(xs, 'desc')).toEqual([3, 2, 1]);
    expect(xs).toEqual([1, 2, 3]);
  });
});

describe('rowsInView', () => {
  const rows = [0, 1, 2, 3, 4, 5].map((i) => ({ start: 4 + i * 50, end: 4 + (i + 1) * 50 }));
  it.each([
    [0, 200, 3], // 4–54, 54–104, 104–154; 154–204 sticks out
    [4, 200, 4], // exactly four
    [30, 100, 1], // 54–104 alone
    [60, 40, 1], // none wholly inside: still a page of one
    [0, 1000, 6],
  ])('scrollTop %i, view %i → %i', (top, view, expected) => {
    expect(rowsInView(rows, top, view)).toBe(expected);
  });
});
