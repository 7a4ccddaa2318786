import { describe, expect, it } from 'vitest';
import { easeOut, interpolateZoom } from '../../../src/app/features/timeline/motion';
import type { Range } from '../../../src/app/features/timeline/scales';

const RANGE: Range = [100, 900];

describe('interpolateZoom', () => {
  const from = { k: 2, x: -500 };
  const to = { k: 8, x: -3700 };

  it('starts and ends where asked', () => {
    expect(interpolateZoom(from, to, RANGE, 0)).toEqual(from);
    expect(interpolateZoom(from, to, RANGE, 1)).toEqual(to);
  });

  it('scales geometrically', () => {
    expect(interpolateZoom(from, to, RANGE, 0.5).k).toBeCloseTo(4, 10);
  });

  it('keeps the centre still when zooming about it', () => {
    const c = 500;
    const world = (z: { k: number; x: number }) => (c - z.x) / z.k;
    const end = { k: 8, x: c - world(from) * 8 };
    for (const s of [0.25, 0.5, 0.75])
      expect(world(interpolateZoom(from, end, RANGE, s))).toBeCloseTo(world(from), 9);
  });
});

describe('easeOut', () => {
  it('runs from 0 to 1, fast first', () => {
    expect(easeOut(0)).toBe(0);
    expect(easeOut(1)).toBe(1);
    expect(easeOut(0.5)).toBeGreaterThan(0.5);
  });
});
