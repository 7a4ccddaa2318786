/**
 * Culling: which marks can touch the visible days. Marks are sorted by start,
 * so two binary searches bound the candidates; only those are checked one by one.
 */

/** The first index whose value is >= x in an ascending array. */
export function lowerBound(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Indices [lo, hi) of intervals sorted by start that may overlap the days
 * [d0, d1): none starts at or after d1, none starts before d0 − maxSpan (it
 * would end before d0). Callers still check each candidate's end.
 */
export function candidateRange(
  starts: ArrayLike<number>,
  maxSpan: number,
  d0: number,
  d1: number,
): [number, number] {
  return [lowerBound(starts, d0 - maxSpan), lowerBound(starts, d1)];
}
