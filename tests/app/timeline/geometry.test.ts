import { describe, expect, it } from 'vitest';
import { laneGeometry, METRICS, rowY } from '../../../src/app/features/timeline/geometry';
import type { Lane } from '../../../src/app/features/timeline/lanes';

const lane = (id: string, rows: number): Lane => ({ id, name: id, count: 1, rows });

describe('laneGeometry', () => {
  it('stacks lanes under the axis, each at least minLaneHeight', () => {
    const g = laneGeometry([lane('a', 1), lane('b', 4), lane('c', 1)]);
    expect(g.tops).toEqual([30, 70, 70 + 4 * 24 + 16]);
    expect(g.heights).toEqual([40, 112, 40]);
    expect(g.height).toBe(30 + 40 + 112 + 40);
  });

  it('is never shorter than minHeight', () => {
    expect(laneGeometry([]).height).toBe(METRICS.minHeight);
    expect(laneGeometry([lane('a', 1)]).height).toBe(METRICS.minHeight);
  });

  it('centres rows within a lane, one rowHeight apart, inside the lane', () => {
    const g = laneGeometry([lane('a', 1), lane('b', 3)]);
    expect(rowY(g, 0, 0)).toBe(30 + 20);
    expect(rowY(g, 1, 1) - rowY(g, 1, 0)).toBe(24);
    expect(rowY(g, 1, 0)).toBeGreaterThan(g.tops[1]!);
    expect(rowY(g, 1, 2)).toBeLessThan(g.tops[1]! + g.heights[1]!);
  });
});
