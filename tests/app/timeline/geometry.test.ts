import { describe, expect, it } from 'vitest';
import { laneGeometry, METRICS, rowY } from '../../../src/app/features/timeline/geometry';
import type { Lane } from '../../../src/app/features/timeline/lanes';

const lane = (id: string, rows: number): Lane => ({ id, name: id, count: 1, rows });

describe('laneGeometry', () => {
  it('stacks lanes under the axis, each at least minLaneHeight', () => {
    const { axisHeight: axis, minLaneHeight: min, rowHeight: row, lanePadding: pad } = METRICS;
    const g = laneGeometry([lane('a', 1), lane('b', 4), lane('c', 1)]);
    const tall = 4 * row + 2 * pad;
    expect(tall).toBeGreaterThan(min); // so the middle lane shows growth by rows
    expect(g.tops).toEqual([axis, axis + min, axis + min + tall]);
    expect(g.heights).toEqual([min, tall, min]);
    expect(g.height).toBe(axis + min + tall + min);
  });

  it('is never shorter than minHeight', () => {
    expect(laneGeometry([]).height).toBe(METRICS.minHeight);
    expect(laneGeometry([lane('a', 1)]).height).toBe(METRICS.minHeight);
  });

  it('centres rows within a lane, one rowHeight apart, inside the lane', () => {
    const g = laneGeometry([lane('a', 1), lane('b', 3)]);
    expect(rowY(g, 0, 0)).toBe(METRICS.axisHeight + METRICS.minLaneHeight / 2);
    expect(rowY(g, 1, 1) - rowY(g, 1, 0)).toBe(METRICS.rowHeight);
    expect(rowY(g, 1, 0)).toBeGreaterThan(g.tops[1]!);
    expect(rowY(g, 1, 2)).toBeLessThan(g.tops[1]! + g.heights[1]!);
  });
});
