import { describe, expect, it } from 'vitest';
import {
  nextTouchMode,
  TOUCH_SLOP,
  zoomHandles,
  type TouchMode,
} from '../../../src/app/features/timeline/touchIntent';

describe('nextTouchMode', () => {
  it('waits until one finger has moved past the slop', () => {
    expect(nextTouchMode('undecided', 1, 0, 0)).toBe('undecided');
    expect(nextTouchMode('undecided', 1, TOUCH_SLOP - 1, 2)).toBe('undecided');
  });

  it.each([
    [0, 20, 'scroll'],
    [3, -20, 'scroll'],
    [20, 3, 'pan'],
    [-20, -19, 'pan'],
  ] as const)('one finger moved by (%d, %d) means %s', (dx, dy, mode) => {
    expect(nextTouchMode('undecided', 1, dx, dy)).toBe(mode);
  });

  it('keeps its decision as the finger turns', () => {
    expect(nextTouchMode('pan', 1, 0, 80)).toBe('pan');
    expect(nextTouchMode('scroll', 1, 80, 0)).toBe('scroll');
  });

  it('pinches with two fingers, and a pinch ending in one finger pans on', () => {
    expect(nextTouchMode('undecided', 2, 0, 0)).toBe('pinch');
    expect(nextTouchMode('pan', 2, 30, 0)).toBe('pinch');
    expect(nextTouchMode('pinch', 1, 0, 40)).toBe('pinch');
  });

  it('leaves a scroll to the browser even when a second finger lands', () => {
    expect(nextTouchMode('scroll', 2, 0, 40)).toBe('scroll');
  });
});

describe('zoomHandles', () => {
  it('gives the zoom pans and pinches only', () => {
    const modes: TouchMode[] = ['undecided', 'pan', 'scroll', 'pinch'];
    expect(modes.filter(zoomHandles)).toEqual(['pan', 'pinch']);
  });
});
