import { describe, expect, it } from 'vitest';
import { candidateRange } from '../../../src/app/features/timeline/cull';

describe('candidateRange', () => {
  // Intervals [start, end) sorted by start.
  const intervals = [
    [0, 365],
    [10, 11],
    [100, 130],
    [200, 201],
    [300, 301],
    [400, 407],
  ] as const;
  const starts = intervals.map(([s]) => s);
  const maxSpan = 365;

  it('keeps every interval that overlaps the window, whatever the window', () => {
    for (let d0 = -10; d0 < 420; d0 += 7)
      for (const width of [1, 5, 50, 500]) {
        const d1 = d0 + width;
        const [lo, hi] = candidateRange(starts, maxSpan, d0, d1);
        intervals.forEach(([s, e], i) => {
          if (e > d0 && s < d1) expect(i >= lo && i < hi).toBe(true);
        });
        // Nothing starting at or after the window's end is a candidate.
        for (let i = lo; i < hi; i++) expect(intervals[i]![0]).toBeLessThan(d1);
      }
  });

  it('narrows to a few candidates in a small window', () => {
    expect(candidateRange([0, 10, 20, 30, 40, 50], 1, 19.5, 31)).toEqual([2, 4]);
  });
});
