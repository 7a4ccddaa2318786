import { describe, expect, it } from 'vitest';
import {
  inOrder,
  nextIndex,
  PAGE_SIZE,
  scrollToReveal,
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
});

describe('inOrder', () => {
  it('keeps or reverses without touching the input', () => {
    const xs = [1, 2, 3];
    expect(inOrder(xs, 'asc')).toEqual([1, 2, 3]);
    expect(inOrder(xs, 'desc')).toEqual([3, 2, 1]);
    expect(xs).toEqual([1, 2, 3]);
  });
});

describe('scrollToReveal', () => {
  it.each([
    [0, 50, 0, 100, null], // visible
    [50, 50, 0, 100, null], // exactly fits at the bottom
    [80, 50, 0, 100, 30], // below: align its bottom
    [300, 50, 100, 100, 250],
    [20, 50, 60, 100, 20], // above: align its top
    [0, 300, 10, 100, 0], // taller than the view: show its top
  ])('row %i+%i in view %i+%i → %s', (top, height, scroll, view, expected) => {
    expect(scrollToReveal(top, height, scroll, view)).toBe(expected);
  });
});
